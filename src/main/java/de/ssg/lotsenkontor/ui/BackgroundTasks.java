package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.Progress;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database work, imports and exports off the JavaFX thread, as {@link Task}s that the status
 * bar shows with progress and a cancel button. Results come back on the FX thread:
 *
 * <pre>
 * tasks.run(text("…"), progress -> service.load())
 *      .onSuccess(rows -> table.setAll(rows))
 *      .start();
 * </pre>
 *
 * A failure without its own handler goes to the {@link DialogService}.
 */
public final class BackgroundTasks implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private DialogService dialogs;

    public BackgroundTasks() {
        this.executor = Executors.newFixedThreadPool(3, daemonThreads());
    }

    /** Where failures without their own handler are reported. */
    public void setDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Tasks started and not yet finished; the status bar watches this list. FX thread only. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        run(title, work).onSuccess(done).onFailure(failed).start();
    }

    /** Describes a piece of background work; call {@link Job#start()} to run it. */
    public <T> Job<T> run(String title, Work<T> work) {
        return new Job<>(title, work);
    }

    /**
     * Stops taking new work and gives running work a moment to finish; it is asked to stop at its
     * next progress report, never interrupted in the middle of a database write.
     */
    public void shutdown() {
        running.forEach(task -> task.cancel(false));
        executor.shutdown();
        try {
            if (!executor.awaitTermination(3, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The work itself; runs on a worker thread and must not touch the scene graph. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** A background job being configured. */
    public final class Job<T> {

        private final String title;
        private final Work<T> work;
        private Consumer<T> onSuccess = result -> { };
        private Consumer<Throwable> onFailure;
        private Runnable onCancelled = () -> { };

        private Job(String title, Work<T> work) {
            this.title = Objects.requireNonNull(title);
            this.work = Objects.requireNonNull(work);
        }

        public Job<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        public Job<T> onFailure(Consumer<Throwable> handler) {
            this.onFailure = handler;
            return this;
        }

        public Job<T> onCancelled(Runnable handler) {
            this.onCancelled = handler;
            return this;
        }

        /** Starts the job; call on the FX thread. */
        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    updateTitle(title);
                    updateMessage(title);
                    return work.call((done, total, step) -> {
                        if (isCancelled()) {
                            throw new CancellationException();
                        }
                        if (total > 0) {
                            updateProgress(done, total);
                        }
                        if (step != null) {
                            updateMessage(step);
                        }
                    });
                }
            };
            task.stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED
                        || state == Worker.State.CANCELLED) {
                    running.remove(task);
                }
            });
            task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
            task.setOnCancelled(e -> onCancelled.run());
            task.setOnFailed(e -> {
                Throwable error = task.getException();
                if (error instanceof CancellationException) {
                    onCancelled.run();
                } else if (onFailure != null) {
                    onFailure.accept(error);
                } else if (dialogs != null) {
                    dialogs.showFailure(title, error);
                } else {
                    LOG.error("Background task '{}' failed", title, error);
                }
            });
            running.add(task);
            executor.execute(task);
            return task;
        }
    }

    /** Runs {@code action} on the FX thread (at once if already there). */
    public static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "lotsenkontor-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
