package de.ssg.lotsenkontor.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * The contract between the shell and one area (Kommunen, Lotsen & Navigatoren, …): its view, how
 * to read its data again now or when it is shown next, and its shortcuts, which the shell
 * installs while the area is shown and removes when another one is.
 */
public interface AreaView {

    Node node();

    /** Reads everything the area shows again. */
    default void reload() {
    }

    /** Something the area shows was changed elsewhere: read again when it is shown next. */
    default void markStale() {
    }

    /** Called by the shell whenever the area is shown. */
    default void reloadIfStale() {
    }

    /** The area's own shortcuts (Ctrl+S, Ctrl+F …), active while it is shown. */
    default Map<KeyCombination, Runnable> shortcuts() {
        return Map.of();
    }

    /** An area that is only a view (a placeholder, say). */
    static AreaView of(Node node) {
        return () -> node;
    }
}
