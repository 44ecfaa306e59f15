package de.ssg.lotsenkontor.storage;

import de.ssg.lotsenkontor.common.DomainException;
import java.nio.file.Path;

/** The data folder or the database file cannot be written (permissions, a read-only medium). */
public class DatabaseReadOnlyException extends DomainException {

    private static final long serialVersionUID = 1L;

    public DatabaseReadOnlyException(Path folder, Throwable cause) {
        super(cause, "storage.error.readOnly", folder.toString());
    }
}
