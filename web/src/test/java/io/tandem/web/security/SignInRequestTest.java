package io.tandem.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInRequestTest {

    @Test
    void aPathInsideTheApplicationIsFollowed() {
        assertEquals(Optional.of("/dashboard/workspace.xhtml?workspace=4&from=2025-01"),
                SignInRequest.localPath("/dashboard/workspace.xhtml?workspace=4&from=2025-01"));
        assertEquals(Optional.of("/"), SignInRequest.localPath("/"));
    }

    @Test
    void anythingThatCouldLeaveTheApplicationIsNot() {
        assertEquals(Optional.empty(), SignInRequest.localPath(null));
        assertEquals(Optional.empty(), SignInRequest.localPath(""));
        assertEquals(Optional.empty(), SignInRequest.localPath("https://evil.example/"));
        assertEquals(Optional.empty(), SignInRequest.localPath("//evil.example/"));
        assertEquals(Optional.empty(), SignInRequest.localPath("/\\evil.example/"));
        assertEquals(Optional.empty(), SignInRequest.localPath("/a\\b"));
        assertEquals(Optional.empty(), SignInRequest.localPath("/a\r\nSet-Cookie: x=1"));
        assertEquals(Optional.empty(), SignInRequest.localPath("evil.example"));
        assertEquals(Optional.empty(), SignInRequest.localPath("/" + "a".repeat(2_000)));
    }

    @Test
    void fetchMetadataDecidesWhereABrowserSendsIt() {
        assertTrue(SignInRequest.sameOrigin("same-origin", "https://evil.example", "tandem.example"));
        assertTrue(SignInRequest.sameOrigin("none", null, "tandem.example"));
        assertFalse(SignInRequest.sameOrigin("cross-site", "https://tandem.example", "tandem.example"));
        assertFalse(SignInRequest.sameOrigin("same-site", null, "tandem.example"));
    }

    @Test
    void withoutFetchMetadataTheOriginMustBeTheHostAskedFor() {
        assertTrue(SignInRequest.sameOrigin(null, "https://tandem.example", "tandem.example"));
        assertTrue(SignInRequest.sameOrigin(null, "http://localhost:8080", "localhost:8080"));
        assertFalse(SignInRequest.sameOrigin(null, "http://localhost:8081", "localhost:8080"));
        assertFalse(SignInRequest.sameOrigin(null, "https://evil.example", "tandem.example"));
        assertFalse(SignInRequest.sameOrigin(null, "null", "tandem.example"));
        assertFalse(SignInRequest.sameOrigin(null, "https://tandem.example", null));
    }

    @Test
    void aClientThatSaysNeitherIsNoBrowserAndMaySignIn() {
        assertTrue(SignInRequest.sameOrigin(null, null, "tandem.example"));
    }
}
