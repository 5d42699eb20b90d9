package io.tandem.launcher;

/** Ends the start with one message that names the cause and the setting to change. */
final class LaunchFailure extends Exception {

    private static final long serialVersionUID = 1L;

    LaunchFailure(String message) {
        super(message);
    }

    LaunchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
