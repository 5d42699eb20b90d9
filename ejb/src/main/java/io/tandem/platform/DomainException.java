package io.tandem.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/**
 * A business rule said no. Carries a resource-bundle key (and its arguments) rather than
 * English text, so every page and problem response can say it in the caller's language.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private static final int QUOTE_LENGTH = 100;

    private final String messageKey;
    private final List<Object> arguments;

    /** Text arguments longer than a hundred characters are cut: a message never echoes a whole input back. */
    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = Arrays.stream(arguments)
                .map(argument -> argument instanceof String text ? quote(text) : argument)
                .toList();
    }

    /** At most the first hundred characters of a text that came from outside. */
    public static String quote(String input) {
        return input.length() <= QUOTE_LENGTH ? input : input.substring(0, QUOTE_LENGTH) + "…";
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
