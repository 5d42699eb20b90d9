package io.tandem.tenancy;

import io.tandem.platform.DomainException;

/** The one rule every human-readable name in this context follows. */
final class Names {

    static final int MAX_LENGTH = 200;

    private Names() {
    }

    /** Trims the name; rejects it with the given message key when blank or too long. */
    static String required(String name, String messageKey) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            throw new DomainException(messageKey, MAX_LENGTH);
        }
        return trimmed;
    }
}
