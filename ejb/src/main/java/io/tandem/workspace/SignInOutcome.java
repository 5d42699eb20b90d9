package io.tandem.workspace;

import java.util.Set;

/** How a sign-in ended; groups are set only when it succeeded. */
public record SignInOutcome(Result result, String email, Set<String> groups) {

    public enum Result { SIGNED_IN, BAD_CREDENTIALS, DEACTIVATED, LOCKED }

    static SignInOutcome refused(Result result) {
        return new SignInOutcome(result, null, Set.of());
    }

    public boolean signedIn() {
        return result == Result.SIGNED_IN;
    }
}
