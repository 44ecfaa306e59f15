package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.storage.Database;
import java.time.Clock;

/** Fills a database with a deterministic, fictional programme on the real municipalities. */
public class DemoData {

    public static final long DEFAULT_SEED = 2026L;
    public static final int MAX_SCALE = 50;

    private final Database database;
    private final Clock clock;

    public DemoData(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public DemoSummary generate(int scale, long seed, Progress progress) {
        throw new UnsupportedOperationException("not yet built");
    }
}
