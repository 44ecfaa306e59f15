package de.ssg.lotsenkontor.common;

/** Someone else saved the same record after it was read; the user's change was not written. */
public class ConcurrentChangeException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what) {
        super("common.error.concurrentChange", what);
    }
}
