package de.ssg.lotsenkontor.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/**
 * Base of the view of a master–detail area or tab (Kommunen, Lotsen, Navigatoren): its
 * {@link MasterDetailModel}, its table, and what the shell or the area asks of it (read again,
 * now or when shown next). A subclass lays out the table, filters and form and binds them.
 *
 * @param <R> the row type
 * @param <M> the view model
 */
public abstract class MasterDetailView<R, M extends MasterDetailModel<?, R, ?>> {

    protected final M vm;
    protected final TableView<R> table = new TableView<>();

    protected MasterDetailView(M vm) {
        this.vm = vm;
    }

    public abstract Node node();

    public M viewModel() {
        return vm;
    }

    /** True once the table holds its rows (start-up measurement and tests wait for it). */
    public BooleanProperty loadedProperty() {
        return vm.loadedProperty();
    }

    public TableView<R> table() {
        return table;
    }

    /** Reads the table and its choices again. */
    public void reload() {
        vm.reload();
    }

    /** Something the view shows was changed elsewhere: read again when it is shown next. */
    public void markStale() {
        vm.markStale();
    }

    /** Reads again if something changed elsewhere since the last read. */
    public void reloadIfStale() {
        vm.reloadIfStale();
    }
}
