package de.ssg.lotsenkontor.common;

/**
 * Lets long work (imports, exports, demo data) report how far it has come. {@code step} is a
 * short text for the status bar. An implementation may throw
 * {@link java.util.concurrent.CancellationException} when the user cancelled; the work then
 * stops and its transaction rolls back.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total, step) -> { };

    void update(long done, long total, String step);
}
