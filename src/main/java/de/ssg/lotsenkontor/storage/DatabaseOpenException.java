package de.ssg.lotsenkontor.storage;

import de.ssg.lotsenkontor.common.DomainException;
import java.nio.file.Path;

/** The database could not be opened or migrated (damaged file, no permission, newer version). */
public class DatabaseOpenException extends DomainException {

    private static final long serialVersionUID = 1L;

    public DatabaseOpenException(Path folder, String reason, Throwable cause) {
        super(cause, "storage.error.open", folder.toString(), reason);
    }
}
