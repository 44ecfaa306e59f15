package de.ssg.lotsenkontor.storage;

/**
 * The version of the newest Flyway migration in {@code db/migration}. A database already at this
 * version opens without waiting for Flyway; a test checks that this constant and the files agree.
 */
public final class Migrations {

    public static final String LATEST = "8";

    private Migrations() {
    }
}
