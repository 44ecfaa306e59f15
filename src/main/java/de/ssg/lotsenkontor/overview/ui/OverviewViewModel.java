package de.ssg.lotsenkontor.overview.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.overview.Dashboard;
import de.ssg.lotsenkontor.overview.DashboardQueries;
import de.ssg.lotsenkontor.overview.MapColouring;
import de.ssg.lotsenkontor.overview.SaxonyGeometry;
import de.ssg.lotsenkontor.report.ReportMap;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Übersicht's state: the dashboard figures and the map, read together off the JavaFX thread;
 * the colouring of the map; the command that reads them again.
 */
public class OverviewViewModel {

    /** The dashboard and both colourings of the map, built in the background. */
    public record Loaded(Dashboard dashboard, ReportMap statusMap, ReportMap coverageMap) {

        public ReportMap map(MapColouring colouring) {
            return colouring == MapColouring.STATUS ? statusMap : coverageMap;
        }
    }

    private final DashboardQueries queries;
    private final TaskRunner tasks;
    private final ObjectProperty<Loaded> loaded = new SimpleObjectProperty<>();
    private final ObjectProperty<MapColouring> colouring = new SimpleObjectProperty<>(MapColouring.STATUS);
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Command load;
    private boolean again;

    public OverviewViewModel(DashboardQueries queries, TaskRunner tasks) {
        this.queries = queries;
        this.tasks = tasks;
        this.load = new Command(Bindings.createBooleanBinding(() -> true), busy, this::start);
    }

    public Command loadCommand() {
        return load;
    }

    /** Reads everything again; a request while a read runs reads once more afterwards. */
    public void load() {
        if (busy.get()) {
            again = true;
            return;
        }
        start();
    }

    private void start() {
        busy.set(true);
        tasks.run(I18n.text("overviewui.loading"), progress -> read(), result -> {
            loaded.set(result);
            error.set(null);
            finish();
        }, failure -> {
            error.set(I18n.text("overviewui.failed"));
            finish();
        });
    }

    private void finish() {
        busy.set(false);
        if (again) {
            again = false;
            start();
        }
    }

    private Loaded read() {
        // the boundaries (read once per program run) load on a second thread while the figures are read
        java.util.concurrent.CompletableFuture<SaxonyGeometry> boundaries =
                java.util.concurrent.CompletableFuture.supplyAsync(SaxonyGeometry::get);
        Dashboard d = queries.dashboard();
        SaxonyGeometry geometry = boundaries.join();
        return new Loaded(d, MapColouring.STATUS.map(d, geometry), MapColouring.COVERAGE.map(d, geometry));
    }

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded;
    }

    public ObjectProperty<MapColouring> colouringProperty() {
        return colouring;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
