package io.tandem.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business rule said no. Carries a resource-bundle key (and its arguments) rather than
 * English text, so every page and problem response can say it in the caller's language.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
