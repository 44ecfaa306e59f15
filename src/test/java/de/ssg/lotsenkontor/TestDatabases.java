package de.ssg.lotsenkontor;

import de.ssg.lotsenkontor.app.DomainModel;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;

/** Opens real H2 file databases in a test's temp folder, migrated by the real Flyway migrations. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database open(Path folder) {
        return Database.open(DataPaths.of(folder), DomainModel.ENTITIES);
    }
}
