package de.ssg.lotsenkontor.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's data lives: {@code --db DIR} wins, then {@code LOTSENKONTOR_DB}, then the
 * user's data folder ({@code ~/.lotsenkontor} on Linux and macOS, {@code %APPDATA%\Lotsenkontor}
 * on Windows). Logs and backups sit inside the same folder.
 */
public final class DataPaths {

    public static final String ENV_VARIABLE = "LOTSENKONTOR_DB";

    private final Path root;

    private DataPaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static DataPaths of(Path root) {
        return new DataPaths(root);
    }

    /** Resolves the folder from the command line option (may be null) and the environment. */
    public static DataPaths resolve(Path commandLineDir, Map<String, String> env, String osName, String userHome) {
        if (commandLineDir != null) {
            return new DataPaths(commandLineDir);
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataPaths(Path.of(fromEnv.trim()));
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            if (appData != null && !appData.isBlank()) {
                return new DataPaths(Path.of(appData, "Lotsenkontor"));
            }
        }
        return new DataPaths(Path.of(userHome, ".lotsenkontor"));
    }

    public static DataPaths resolve(Path commandLineDir) {
        return resolve(commandLineDir, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    public Path root() {
        return root;
    }

    /** The H2 database file name without its {@code .mv.db} ending. */
    public Path databaseFile() {
        return root.resolve("lotsenkontor");
    }

    /** The database file as it lies on the disk ({@code lotsenkontor.mv.db}). */
    public Path databaseFileOnDisk() {
        return root.resolve("lotsenkontor.mv.db");
    }

    /** Beside the database while a program holds it: who that is (the window or which command). */
    public Path holderFile() {
        return root.resolve("lotsenkontor.holder");
    }

    /** While a large transaction runs: a copy of the database from before it ({@link Database#inBulkTransaction}). */
    public Path bulkJournal() {
        return root.resolve("lotsenkontor.before-bulk.zip");
    }

    /** Temporary files of this user (exports, restores), inside the data folder. */
    public Path temp() {
        return root.resolve("tmp");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path backups() {
        return root.resolve("backups");
    }
}
