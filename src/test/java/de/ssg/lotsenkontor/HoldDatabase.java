package de.ssg.lotsenkontor;

import de.ssg.lotsenkontor.app.DomainModel;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;

/** A stand-in for another program window: opens the database, says "open", and holds it until stdin closes. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    /** {@code DIR [COMMAND]}: with a command name it holds the database as that command would. */
    public static void main(String[] args) throws Exception {
        if (args.length > 1) {
            de.ssg.lotsenkontor.storage.LockHolder.command(args[1]);
        }
        try (Database db = Database.open(DataPaths.of(Path.of(args[0])), DomainModel.ENTITIES)) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
