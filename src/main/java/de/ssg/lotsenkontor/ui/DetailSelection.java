package de.ssg.lotsenkontor.ui;

import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import javafx.application.Platform;
import javafx.scene.control.TableView;

/**
 * Keeps a master–detail view's table selection and its form in step. Choosing another row loads
 * that entry, but first asks whether unsaved input may be thrown away; when the user says no, the
 * selection goes back to the entry being edited. What the view selects itself (after a save, a
 * deletion, for a new entry) loads nothing.
 *
 * @param <R> the row type; each row has a unique id
 */
public final class DetailSelection<R> implements RowSelection<R> {

    private static final long NONE = -1;

    private final TableView<R> table;
    private final ToLongFunction<R> id;
    private long shownId = NONE;
    private boolean quiet;
    private boolean scrolling;

    /**
     * @param mayDiscard asks, if there is unsaved input, whether it may be thrown away
     * @param load       loads the details of the chosen entry (by id)
     */
    public DetailSelection(TableView<R> table, ToLongFunction<R> id, BooleanSupplier mayDiscard, LongConsumer load) {
        this.table = table;
        this.id = id;
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (quiet || row == null || id.applyAsLong(row) == shownId) {
                return;
            }
            if (!mayDiscard.getAsBoolean()) {
                // stay on what is being edited
                Platform.runLater(this::selectShown);
                return;
            }
            shownId = id.applyAsLong(row);
            load.accept(shownId);
        });
    }

    /** Whether the form is meant to show entry {@code entryId}; details that arrive late for another are dropped. */
    @Override
    public boolean isShown(long entryId) {
        return entryId == shownId;
    }

    /** The form shows entry {@code entryId} now (e.g. just saved, maybe new). */
    @Override
    public void setShown(long entryId) {
        shownId = entryId;
    }

    /** From now on {@link #select} scrolls the selected row into view, a few rows below the top. */
    public DetailSelection<R> scrollingToSelected() {
        scrolling = true;
        return this;
    }

    /** Selects {@code row} without loading anything. */
    @Override
    public void select(R row) {
        quietly(() -> table.getSelectionModel().select(row));
        int index = table.getSelectionModel().getSelectedIndex();
        if (scrolling && index >= 0) {
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    /** The form shows no stored entry any more (e.g. a new one): clears the selection, loading nothing. */
    public void clear() {
        clear(() -> { });
    }

    /**
     * The form shows no stored entry any more (a new one, or the shown one is gone): runs
     * {@code change} (e.g. removing the row) and clears the selection, loading nothing.
     */
    @Override
    public void clear(Runnable change) {
        shownId = NONE;
        quietly(() -> {
            change.run();
            table.getSelectionModel().clearSelection();
        });
    }

    private void selectShown() {
        quietly(() -> table.getItems().stream().filter(r -> id.applyAsLong(r) == shownId).findFirst()
                .ifPresentOrElse(r -> table.getSelectionModel().select(r),
                        () -> table.getSelectionModel().clearSelection()));
    }

    private void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }
}
