package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.ui.BackgroundTasks.Work;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Background work on the entry a master–detail view shows: writing it with the form busy
 * meanwhile, and reading it again. Both hand back the entry's details (with the version the next
 * save must expect, for optimistic locking) together with its fresh table row.
 *
 * @param <R> the row type
 * @param <D> the details type
 */
public final class DetailTasks<R, D> {

    /** Reads one entry by id; runs on a worker thread. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(long id) throws Exception;
    }

    /** An entry as just written or read: its details and its row. */
    public record Fresh<R, D>(D details, R row) {
    }

    private final BackgroundTasks tasks;
    private final DetailFormModel<D> form;
    private final SearchableRows<R> rows;
    private final ToLongFunction<D> idOf;
    private final Reader<D> details;
    private final Reader<R> row;

    public DetailTasks(BackgroundTasks tasks, DetailFormModel<D> form, SearchableRows<R> rows, ToLongFunction<D> idOf,
            Reader<D> details, Reader<R> row) {
        this.tasks = tasks;
        this.form = form;
        this.rows = rows;
        this.idOf = idOf;
        this.details = details;
        this.row = row;
    }

    /** Reads entry {@code id}'s details and hands them to {@code loaded}. */
    public void load(String title, long id, Consumer<D> loaded) {
        tasks.run(title, progress -> details.read(id)).onSuccess(loaded).start();
    }

    /** Runs {@code work} with the form busy; it is no longer busy when {@code done} or {@code failed} is called. */
    public <T> void whileBusy(String title, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        form.busyProperty().set(true);
        tasks.run(title, work).onSuccess(result -> {
            form.busyProperty().set(false);
            done.accept(result);
        }).onFailure(error -> {
            form.busyProperty().set(false);
            failed.accept(error);
        }).start();
    }

    /** Runs {@code write} with the form busy and reads the written entry's row after it. */
    public void write(String title, Work<D> write, Consumer<Fresh<R, D>> written, Consumer<Throwable> failed) {
        whileBusy(title, progress -> {
            D saved = write.call(progress);
            return new Fresh<>(saved, row.read(idOf.applyAsLong(saved)));
        }, written, failed);
    }

    /** Reads the shown entry again: its current state and version in the form and table, the typed input kept. */
    public void reloadKeepingInput(String title) {
        D shown = form.detailsProperty().get();
        if (shown == null) {
            return;
        }
        long id = idOf.applyAsLong(shown);
        tasks.run(title, progress -> new Fresh<>(details.read(id), row.read(id)))
                .onSuccess(fresh -> {
                    form.refreshKeepingInput(fresh.details());
                    rows.replace(fresh.row());
                })
                .start();
    }
}
