package de.ssg.lotsenkontor.storage;

import java.util.prefs.Preferences;

/**
 * How many automatic backups are kept: the user setting {@code backups.keep} (java.util.prefs,
 * node {@code de/ssg/lotsenkontor}), default {@value #DEFAULT_KEEP}; the command line's {@code
 * --keep-backups N} changes it.
 */
public final class BackupSettings {

    public static final int DEFAULT_KEEP = 7;
    public static final int MAX_KEEP = 365;
    static final String KEY = "backups.keep";

    private BackupSettings() {
    }

    private static Preferences node() {
        return Preferences.userRoot().node("de/ssg/lotsenkontor");
    }

    public static int keep() {
        if (override > 0) {
            return override;
        }
        try {
            int n = node().getInt(KEY, DEFAULT_KEEP);
            return n < 1 || n > MAX_KEEP ? DEFAULT_KEEP : n;
        } catch (RuntimeException e) {
            return DEFAULT_KEEP;
        }
    }

    /** Stores the number kept (1 to {@value #MAX_KEEP}). */
    public static void setKeep(int n) {
        if (n < 1 || n > MAX_KEEP) {
            throw new IllegalArgumentException("keep " + n);
        }
        try {
            Preferences node = node();
            node.putInt(KEY, n);
            node.flush();
        } catch (Exception e) {
            // settings that cannot be stored (read-only home): the value still holds for this run
            LoggerHolder.LOG.warn("Could not store the backup setting", e);
        }
        override = n;
    }

    private static volatile int override;

    private static final class LoggerHolder {
        static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BackupSettings.class);
    }
}
