package io.tandem.platform;

/**
 * The record does not exist, or the caller may not know that it does: the two are
 * deliberately indistinguishable.
 */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("common.notFound");
    }
}
