package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.report.ColumnDef;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/**
 * The table of a master–detail view: a feature's columns over the rows of a list view model, one
 * row selectable at a time, striped rows of fixed height, and the menu to show or hide columns.
 */
public final class MasterTable {

    private MasterTable() {
    }

    public static <R> void setUp(TableView<R> table, String id, List<ColumnDef<R>> columns, TableRows<R> rows,
            String emptyText) {
        table.setId(id);
        TableColumns.addAll(table, columns);
        rows.showIn(table);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label(emptyText));
        table.getStyleClass().add("striped");
        table.setFixedCellSize(30);
    }

    /** The table with "12 von 40 …" below it. */
    public static Node withCount(TableView<?> table, String countId, ObservableStringValue countText) {
        Label count = new Label();
        count.setId(countId);
        count.getStyleClass().addAll("text-muted", "table-footer");
        count.textProperty().bind(countText);
        BorderPane pane = new BorderPane(table);
        pane.setBottom(count);
        return pane;
    }
}
