package io.tandem.workspace;

import java.util.Set;

/** What sign-in needs to know about an account: never leaves the server. */
public record SignInAccount(String email, String passwordHash, boolean active, Set<String> groups) {
}
