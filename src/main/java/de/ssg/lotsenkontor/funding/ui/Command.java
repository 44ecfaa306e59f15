package de.ssg.lotsenkontor.funding.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A command of a view model (load, save, cancel, export …): whether it may run now, whether it is
 * running; buttons bind to both.
 */
public final class Command {

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canRun;
    private final Runnable action;

    public Command(ObservableBooleanValue allowed, Runnable action) {
        this.canRun = Bindings.createBooleanBinding(() -> allowed.get() && !busy.get(), allowed, busy);
        this.action = action;
    }

    public Command(Runnable action) {
        this(new SimpleBooleanProperty(true), action);
    }

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
