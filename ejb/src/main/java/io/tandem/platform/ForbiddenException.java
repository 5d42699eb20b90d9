package io.tandem.platform;

/** The caller may see the record but their role does not allow this act on it. */
public class ForbiddenException extends DomainException {

    public ForbiddenException() {
        super("common.forbidden");
    }
}
