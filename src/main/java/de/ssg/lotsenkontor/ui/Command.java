package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.ui.BackgroundTasks.Work;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * One command of a view model (save, delete, assign, register, import, export …): whether it can
 * run now and whether it is running, for buttons to bind to, and what it does. Needs no toolkit.
 *
 * <p>Two ways to use it: give it its action ({@link #run()}), or let it run background work
 * through a {@link TaskRunner} with {@link #execute} — busy while the work runs. In the app the
 * runner is {@link BackgroundTasks}; in unit tests {@link TaskRunner#DIRECT}.
 */
public final class Command {

    /** Asks the user before something is done; the app answers with a dialog, tests with a fixed answer. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(String title, String message, String confirmText);
    }

    private final BooleanProperty busy;
    private final BooleanBinding canRun;
    private final Runnable action;

    /**
     * @param enabled when the command makes sense (besides not running already)
     * @param busy    true while its work runs; shared by commands that must wait for each other
     * @param action  what {@link #run()} does, or null for a command run through {@link #execute}
     */
    public Command(ObservableBooleanValue enabled, BooleanProperty busy, Runnable action) {
        this.busy = busy;
        this.action = action;
        this.canRun = Bindings.createBooleanBinding(() -> enabled.get() && !busy.get(), enabled, busy);
    }

    public Command(ObservableBooleanValue enabled, Runnable action) {
        this(enabled, new SimpleBooleanProperty(false), action);
    }

    /** A command with its action that can always run when it is not running. */
    public Command(Runnable action) {
        this(new SimpleBooleanProperty(true), action);
    }

    /** A command run through {@link #execute} that can run while {@code enabled} holds. */
    public Command(ObservableBooleanValue enabled) {
        this(enabled, null);
    }

    /** A command run through {@link #execute} that can always run when it is not running. */
    public Command() {
        this(new SimpleBooleanProperty(true));
    }

    /** Runs the command's action if it can run now; does nothing otherwise. */
    public void run() {
        if (canRun.get() && action != null) {
            action.run();
        }
    }

    /** Runs {@code work} with this command busy meanwhile; returns false (and does nothing) if it cannot run now. */
    public <T> boolean execute(TaskRunner runner, String title, Work<T> work, Consumer<T> done,
            Consumer<Throwable> failed) {
        if (!canRun.get()) {
            return false;
        }
        busy.set(true);
        runner.run(title, work, result -> {
            busy.set(false);
            done.accept(result);
        }, error -> {
            busy.set(false);
            failed.accept(error);
        });
        return true;
    }

    public BooleanBinding canRunBinding() {
        return canRun;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
