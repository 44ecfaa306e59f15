package de.ssg.lotsenkontor.storage;

import de.ssg.lotsenkontor.common.DomainException;
import java.nio.file.Path;

/**
 * Another program window or command has the database open; H2 allows one process at a time. The
 * message names which of the two it is ({@link LockHolder}).
 */
public class DatabaseInUseException extends DomainException {

    private static final long serialVersionUID = 1L;

    public DatabaseInUseException(Path folder, String holder, Throwable cause) {
        super(cause, "storage.error.inUse", folder.toString(), holder);
    }
}
