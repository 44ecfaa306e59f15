package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.ui.BackgroundTasks.Work;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Reads a view's table in the background and shows it. Knows when data was first shown (the
 * start-up measurement and tests wait for {@link #loadedProperty}) and whether the data is stale
 * because another view wrote something this one shows.
 *
 * @param <T> what is read: the rows and whatever the filters and forms need besides
 */
public final class TableLoader<T> {

    private final BackgroundTasks tasks;
    private final String title;
    private final Work<T> read;
    private final Consumer<T> show;
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private boolean stale;

    public TableLoader(BackgroundTasks tasks, String title, Work<T> read, Consumer<T> show) {
        this.tasks = tasks;
        this.title = title;
        this.read = read;
        this.show = show;
    }

    /** Reads everything again. */
    public void reload() {
        stale = false;
        tasks.run(title, read).onSuccess(this::show).start();
    }

    /** Shows data read elsewhere (e.g. at start-up, while the window opened). */
    public void show(T data) {
        show.accept(data);
        loaded.set(true);
    }

    /** Something this view shows was changed elsewhere: read again when the view is shown next. */
    public void markStale() {
        stale = true;
    }

    public void reloadIfStale() {
        if (stale) {
            reload();
        }
    }

    /** True once data was shown. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
