package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictSummaryColumns;
import de.ssg.lotsenkontor.municipality.DistrictSummaryRow;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.TableColumns;
import de.ssg.lotsenkontor.ui.TableExport;
import java.time.Clock;
import java.util.List;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Per district: how many municipalities there are, how many take part, and the share. */
final class DistrictSummaryView {

    private final MunicipalityViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<DistrictSummaryRow> table = new TableView<>();
    private final Label total = new Label();

    DistrictSummaryView(MunicipalityViewModel vm, BackgroundTasks tasks, DialogService dialogs, Clock clock) {
        this.vm = vm;
        table.setId("districtSummaryTable");
        TableColumns.addAll(table, DistrictSummaryColumns.all());
        table.getStyleClass().add("striped");
        table.setTableMenuButtonVisible(true);
        total.setId("districtSummaryTotal");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button export = new TableExport(tasks, dialogs, clock).button(table, vm.districtExportCommand());
        export.setId("districtSummaryExport");
        HBox bar = new HBox(total, spacer, export);
        bar.getStyleClass().add("view-toolbar");
        root.setTop(bar);
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(0));
        reload();
    }

    Node node() {
        return root;
    }

    TableView<DistrictSummaryRow> table() {
        return table;
    }

    void reload() {
        vm.loadDistrictSummary(this::show);
    }

    private void show(List<DistrictSummaryRow> rows) {
        SortedList<DistrictSummaryRow> sorted = new SortedList<>(javafx.collections.FXCollections.observableList(rows));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        int municipalities = rows.stream().mapToInt(DistrictSummaryRow::municipalities).sum();
        int participating = rows.stream().mapToInt(DistrictSummaryRow::participating).sum();
        int interested = rows.stream().mapToInt(DistrictSummaryRow::interested).sum();
        total.setText(I18n.text("municipalityui.districts.total", municipalities, participating,
                Formats.percent(municipalities == 0 ? 0 : (double) participating / municipalities), interested));
    }
}
