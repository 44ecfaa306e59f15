package de.ssg.lotsenkontor.storage;

import de.ssg.lotsenkontor.common.DomainException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The database file is damaged or cut off. The message offers the newest backup in the data
 * folder's {@code backups/} and the way to restore it; the window offers to restore it at once.
 */
public class DatabaseDamagedException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient Path newestBackup;

    public DatabaseDamagedException(DataPaths paths, Throwable cause) {
        this(paths, Backups.newest(paths).orElse(null), cause);
    }

    private DatabaseDamagedException(DataPaths paths, Path newestBackup, Throwable cause) {
        super(cause, newestBackup == null ? "storage.error.damagedNoBackup" : "storage.error.damaged",
                paths.databaseFileOnDisk().toString(), newestBackup == null ? "" : newestBackup.toString(),
                newestBackup == null ? "" : Backups.describeTime(newestBackup), paths.root().toString());
        this.newestBackup = newestBackup;
    }

    /** The newest backup in the data folder, if there is one. */
    public Optional<Path> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }
}
