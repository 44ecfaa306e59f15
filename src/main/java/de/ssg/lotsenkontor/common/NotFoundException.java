package de.ssg.lotsenkontor.common;

/** A record the user referred to does not exist (any more). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super("common.error.notFound", what);
    }
}
