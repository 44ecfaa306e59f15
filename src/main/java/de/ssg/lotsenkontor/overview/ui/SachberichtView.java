package de.ssg.lotsenkontor.overview.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.overview.Sachbericht;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.PrintActions;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.TableColumns;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Berichte → Sachbericht-Kennzahlen: lays out the period, the district, the table of figures and the export. */
public final class SachberichtView {

    private final SachberichtViewModel model;
    private final BorderPane root = new BorderPane();

    public SachberichtView(SachberichtViewModel model, DialogService dialogs, PrintActions print) {
        this.model = model;
        Label heading = new Label(I18n.text("sachbericht.title"));
        heading.getStyleClass().add("title-3");
        Label fromLabel = new Label(I18n.text("sachbericht.ui.from"));
        Label toLabel = new Label(I18n.text("sachbericht.ui.to"));
        var from = Forms.date("sachberichtFrom", model.fromProperty());
        var to = Forms.date("sachberichtTo", model.toProperty());
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        ComboBox<Choice<DistrictOption>> district = new ComboBox<>(model.districtChoices());
        district.setId("sachberichtDistrict");
        district.valueProperty().bindBidirectional(model.districtProperty());
        district.setPrefWidth(230);
        Button compute = new Button(I18n.text("sachbericht.ui.compute"));
        compute.setId("computeSachbericht");
        compute.setDefaultButton(true);
        compute.disableProperty().bind(model.computeCommand().canRunBinding().not());
        compute.setOnAction(e -> model.compute());
        Button export = new Button(I18n.text("sachbericht.ui.export"));
        export.setId("exportSachbericht");
        export.disableProperty().bind(model.exportCommand().canRunBinding().not());
        export.setOnAction(e -> dialogs.chooseSaveFile(I18n.text("sachbericht.ui.export"),
                "Sachbericht-Kennzahlen.xlsx", I18n.text("sachbericht.ui.xlsxFiles"), "xlsx")
                .ifPresent(model::export));
        FlowPane bar = new FlowPane(8, 6, fromLabel, from, toLabel, to, district, compute, export,
                print.button("printSachbericht", model::printable, model.exportCommand().canRunBinding()));
        bar.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("sachberichtProblem");
        problem.getStyleClass().add("validation-message");
        problem.textProperty().bind(model.problemProperty());
        Label message = new Label();
        message.setId("sachberichtMessage");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        TableView<Sachbericht.Row> table = new TableView<>(model.rows());
        table.setId("sachberichtTable");
        TableColumns.addAll(table, Sachbericht.columns());
        table.setPlaceholder(new Label(I18n.text("sachbericht.ui.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Sachbericht.Row row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(!empty && row != null && row.isTotal() ? "-fx-font-weight: bold;" : "");
            }
        });
        // wide enough for "Sächsische Schweiz-Osterzgebirge" and the header "Landkreis / Kreisfreie Stadt"
        table.getColumns().get(0).setPrefWidth(290);
        table.getColumns().get(0).setMinWidth(290);
        Label note = Forms.muted("sachberichtNote");
        note.setText(I18n.text("sachbericht.note"));
        note.setWrapText(true);
        VBox top = new VBox(8, heading, bar, problem);
        top.setPadding(new Insets(12));
        root.setTop(top);
        root.setCenter(table);
        VBox bottom = new VBox(4, note, message);
        bottom.setPadding(new Insets(8, 12, 8, 12));
        root.setBottom(bottom);
        BorderPane.setMargin(table, new Insets(0, 12, 0, 12));
        model.load();
    }

    public Node node() {
        return root;
    }

    public void reload() {
        model.load();
    }
}
