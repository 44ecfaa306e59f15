package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.ui.BackgroundTasks.Work;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where view models send their work: off the JavaFX thread, with the result (or the failure)
 * handed back on it. {@link BackgroundTasks} is the app's runner (shown in the status bar); a
 * test of a view model runs the work at once, without a toolkit ({@link #DIRECT}).
 */
public interface TaskRunner {

    /** Runs {@code work} and hands its result to {@code done}, or its failure to {@code failed}. */
    <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs {@code work} that reports no progress. */
    default <T> void run(String title, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        run(title, progress -> work.call(), done, failed);
    }

    /** Runs the work at once on the calling thread: for tests of view models. */
    TaskRunner DIRECT = new TaskRunner() {
        @Override
        public <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            T result;
            try {
                result = work.call((d, total, step) -> { });
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }
    };
}
