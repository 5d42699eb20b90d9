package io.tandem.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextBodyCheckTest {

    @Test
    void numbersWithExponentsNoFieldHoldsAreFound() {
        assertTrue(extreme("{\"version\":1e1000000}"));
        assertTrue(extreme("{\"version\":-1E-1000000}"));
        assertTrue(extreme("[1.5e101]"));
        assertTrue(extreme("{\"v\":1e00000000000000000000000000000000000000000000000000000000000000000000000000000009999}"));
    }

    @Test
    void ordinaryNumbersLiteralsAndTextPass() {
        assertFalse(extreme("{\"annualValue\":1.2e6,\"rate\":5E-2,\"ok\":true,\"no\":false,\"n\":null}"));
        assertFalse(extreme("{\"body\":\"a note about 1e1000000 \\\" and e9999\"}"));
        assertFalse(extreme("[1e100, 1e-0100]"));
    }

    @Test
    void bodiesWhoseBracketsDoNotCloseAreFound() {
        assertTrue(wellNested(bytes("{\"a\":[1,{\"b\":\"]}\"}],\"c\":{}}")));
        assertFalse(wellNested(bytes("{\"a\":[")));
        assertFalse(wellNested(bytes("{\"a\":[}")));
        assertFalse(wellNested(bytes("{\"body\":\"open")));
        assertFalse(wellNested(bytes("[".repeat(33) + "]".repeat(33))));
    }

    @Test
    void aNulEscapeIsFoundInsideTextButAnEscapedBackslashIsNot() {
        assertTrue(TextBodyCheck.shapeProblem(bytes("{\"body\":\"a\\u0000b\"}")).contains("NUL"));
        assertNull(TextBodyCheck.shapeProblem(bytes("{\"body\":\"a\\\\u0000b\"}")));
    }

    private static boolean wellNested(byte[] body) {
        String problem = TextBodyCheck.shapeProblem(body);
        return problem == null || !problem.contains("bracket");
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean extreme(String json) {
        String problem = TextBodyCheck.shapeProblem(bytes(json));
        return problem != null && problem.contains("exponent");
    }
}
