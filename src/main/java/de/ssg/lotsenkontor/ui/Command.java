package de.ssg.lotsenkontor.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * One command of a view model (save, delete, assign, import …): whether it can run now and
 * whether it is running, for buttons to bind to, and what it does. Needs no toolkit.
 */
public final class Command {

    private final BooleanProperty busy;
    private final BooleanBinding canRun;
    private final Runnable action;

    /**
     * @param enabled when the command makes sense (besides not running already)
     * @param busy    true while its work runs; shared by commands that must wait for each other
     */
    public Command(ObservableBooleanValue enabled, BooleanProperty busy, Runnable action) {
        this.busy = busy;
        this.action = action;
        this.canRun = Bindings.createBooleanBinding(() -> enabled.get() && !busy.get(), enabled, busy);
    }

    public Command(ObservableBooleanValue enabled, Runnable action) {
        this(enabled, new SimpleBooleanProperty(false), action);
    }

    /** Runs the command if it can run now; does nothing otherwise. */
    public void run() {
        if (canRun.get()) {
            action.run();
        }
    }

    public BooleanBinding canRunBinding() {
        return canRun;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
