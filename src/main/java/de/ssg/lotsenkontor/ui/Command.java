package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.ui.BackgroundTasks.Work;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A command of a view model (load, save, register, export …): whether it can run now and whether
 * it is running, for buttons to bind to. The work runs through a {@link Runner}: in the app the
 * {@link BackgroundTasks}, in unit tests at once on the calling thread, so view models are tested
 * without a toolkit.
 */
public final class Command {

    /** Runs work off the FX thread and hands back the result or the failure. */
    public interface Runner {
        <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<Throwable> failed);

        /** The app's runner: background tasks with progress in the status bar. */
        static Runner of(BackgroundTasks tasks) {
            return new Runner() {
                @Override
                public <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                    tasks.run(title, work).onSuccess(done::accept).onFailure(failed::accept).start();
                }
            };
        }

        /** Runs at once on the calling thread (tests, and commands that only read what is at hand). */
        static Runner direct() {
            return new Runner() {
                @Override
                public <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                    T result;
                    try {
                        result = work.call(de.ssg.lotsenkontor.common.Progress.NONE);
                    } catch (Exception | Error e) {
                        failed.accept(e);
                        return;
                    }
                    done.accept(result);
                }
            };
        }
    }

    /** Asks the user before something is done; the app answers with a dialog, tests with a fixed answer. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirm(String title, String message, String confirmText);
    }

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canRun;

    /** A command that can run while {@code enabled} holds and it is not running itself. */
    public Command(ObservableBooleanValue enabled) {
        canRun = Bindings.createBooleanBinding(() -> enabled.get() && !busy.get(), enabled, busy);
    }

    public Command() {
        this(new SimpleBooleanProperty(true));
    }

    /** Runs {@code work} with this command busy meanwhile; nothing happens if it cannot run now. */
    public <T> boolean execute(Runner runner, String title, Work<T> work, Consumer<T> done,
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
