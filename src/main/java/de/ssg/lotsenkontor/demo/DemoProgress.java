package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import java.util.StringJoiner;

/**
 * Reports the generator's steps to a {@link Progress} with German step texts. Every report is
 * also the point where a cancellation by the user ends the work (the transaction rolls back).
 */
final class DemoProgress {

    /** Units per step, so that long steps can report part of their way. */
    private static final int UNITS = 100;

    private final Progress progress;
    private final int steps;
    private int step = -1;
    private String text = "";
    private String key;
    private long stepStarted;
    private final StringJoiner timings = new StringJoiner(", ");

    DemoProgress(Progress progress, int steps) {
        this.progress = progress;
        this.steps = steps;
    }

    /** Starts the next step; {@code key} names its text in the demo bundle. */
    void begin(String key) {
        endStep();
        step++;
        this.key = key;
        stepStarted = System.nanoTime();
        text = I18n.text(key);
        progress.update((long) step * UNITS, (long) steps * UNITS, text);
    }

    /** Reports that {@code done} of {@code total} items of the current step are written. */
    void within(long done, long total) {
        long part = total <= 0 ? 0 : Math.min(UNITS, done * UNITS / total);
        progress.update(step * (long) UNITS + part, (long) steps * UNITS, text);
    }

    void finish() {
        endStep();
        progress.update((long) steps * UNITS, (long) steps * UNITS, I18n.text("demo.step.done"));
    }

    private void endStep() {
        if (key != null) {
            timings.add(key.substring(key.lastIndexOf('.') + 1) + " " + (System.nanoTime() - stepStarted) / 1_000_000
                    + " ms");
            key = null;
        }
    }

    /** How long each finished step took, for the log. */
    String timings() {
        return timings.toString();
    }
}
