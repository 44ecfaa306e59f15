package de.ssg.lotsenkontor.excel;

import de.ssg.lotsenkontor.common.DomainException;

/** A file cannot be read as a workbook: missing, empty, cut off, encrypted, or no workbook at all. */
public class WorkbookReadException extends DomainException {

    private static final long serialVersionUID = 1L;

    public WorkbookReadException(String key, Object... args) {
        super(key, args);
    }

    public WorkbookReadException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
