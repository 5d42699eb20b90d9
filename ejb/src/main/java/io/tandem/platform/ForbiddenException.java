package io.tandem.platform;

/** The caller may see the record but their role does not allow this act on it. */
public class ForbiddenException extends DomainException {

    public ForbiddenException() {
        super("common.forbidden");
    }

    /** A refusal that says which rule refused: the role or side may act in general, but not this way. */
    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
