package de.ssg.lotsenkontor.ui;

/**
 * The table selection of a master–detail area as its view model sees it: which entry the form
 * shows, and selecting rows without loading anything. {@link DetailSelection} keeps a real table
 * in step; a test of a view model uses {@link #remembering()}.
 *
 * @param <R> the row type
 */
public interface RowSelection<R> {

    /** Whether the form is meant to show entry {@code entryId}; details that arrive late for another are dropped. */
    boolean isShown(long entryId);

    /** The form shows entry {@code entryId} now (e.g. just saved, maybe new). */
    void setShown(long entryId);

    /** Selects {@code row} without loading anything. */
    void select(R row);

    /** The form shows no stored entry any more: runs {@code change} and clears the selection. */
    void clear(Runnable change);

    /** A selection without a table, remembering only which entry is shown. */
    static <R> RowSelection<R> remembering() {
        return new RowSelection<>() {
            private long shown = -1;

            @Override
            public boolean isShown(long entryId) {
                return shown == entryId;
            }

            @Override
            public void setShown(long entryId) {
                shown = entryId;
            }

            @Override
            public void select(R row) {
            }

            @Override
            public void clear(Runnable change) {
                shown = -1;
                change.run();
            }
        };
    }
}
