package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachingRows.BoardCard;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoverageMunicipality;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoverageRow;
import de.ssg.lotsenkontor.coaching.CoachingRows.MunicipalityReach;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.ui.TableColumns;
import de.ssg.lotsenkontor.ui.TableExport;
import java.util.List;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;

/** The tab "Abdeckung": coverage per district and the three lists, each exportable. */
public final class CoverageView {

    private final BorderPane root = new BorderPane();

    public CoverageView(CoverageViewModel model, TableExport export) {
        TableView<CoverageRow> districts = new TableView<>();
        districts.setId("coverageTable");
        TableColumns.addAll(districts, List.of(
                ColumnDef.of("district", I18n.text("coachingui.column.district"), ColumnType.TEXT, 20,
                        CoverageRow::district),
                ColumnDef.of("municipalities", I18n.text("coachingui.coverage.municipalities"), ColumnType.INTEGER, 9,
                        CoverageRow::municipalities),
                ColumnDef.of("participating", I18n.text("coachingui.coverage.participating"), ColumnType.INTEGER, 7,
                        CoverageRow::participating),
                ColumnDef.of("withNavigator", I18n.text("coachingui.coverage.withNavigator"), ColumnType.INTEGER, 7,
                        CoverageRow::withNavigator),
                ColumnDef.of("viaAssociation", I18n.text("coachingui.coverage.viaAssociation"), ColumnType.INTEGER, 7,
                        CoverageRow::viaAssociation),
                ColumnDef.of("share", I18n.text("coachingui.coverage.share"), ColumnType.PERCENT, 8,
                        CoverageRow::shareMunicipalities),
                ColumnDef.of("sharePopulation", I18n.text("coachingui.coverage.sharePopulation"), ColumnType.PERCENT,
                        8, CoverageRow::sharePopulation),
                ColumnDef.of("change", I18n.text("coachingui.coverage.change"), ColumnType.INTEGER, 10,
                        CoverageRow::change)));
        // every figure stays readable at 1366 px: the columns share the width instead of scrolling
        districts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // titles wrap between words (lotsenkontor.css), never inside one: each column keeps its longest word
        for (javafx.scene.control.TableColumn<CoverageRow, ?> column : districts.getColumns()) {
            column.setMinWidth(longestWordWidth(column.getText()) * 1.1 + 26); // header padding, sort arrow
        }
        SortedList<CoverageRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(districts.comparatorProperty());
        districts.setItems(sorted);

        TableView<CoverageMunicipality> without = municipalities("coverageWithout", model.withoutNavigator());
        TableView<BoardCard> uncoached = new TableView<>(model.withoutCoach());
        uncoached.setId("coverageUncoached");
        TableColumns.addAll(uncoached, List.of(
                ColumnDef.of("navigator", I18n.text("coaching.field.navigator"), ColumnType.TEXT, 20,
                        BoardCard::navigator),
                ColumnDef.of("municipality", I18n.text("coaching.field.municipality"), ColumnType.TEXT, 20,
                        BoardCard::municipality),
                ColumnDef.of("district", I18n.text("coachingui.column.district"), ColumnType.TEXT, 20,
                        BoardCard::district)));
        TableView<CoverageMunicipality> next = municipalities("coverageNext", model.nextSteps());
        TableView<MunicipalityReach> all = new TableView<>();
        all.setId("coverageMunicipalities");
        TableColumns.addAll(all, List.of(
                ColumnDef.of("name", I18n.text("coaching.field.municipality"), ColumnType.TEXT, 22,
                        MunicipalityReach::name),
                ColumnDef.of("district", I18n.text("coachingui.column.district"), ColumnType.TEXT, 20,
                        MunicipalityReach::district),
                ColumnDef.<MunicipalityReach>of("participation", I18n.text("coachingui.coverage.participation"),
                        ColumnType.TEXT, 14, m -> I18n.of("municipality.status", m.participation())),
                ColumnDef.<MunicipalityReach>of("reach", I18n.text("coachingui.coverage.reach"), ColumnType.TEXT, 22,
                        m -> I18n.of("coachingui.coverage.reach", m.reach())),
                ColumnDef.of("association", I18n.text("coachingui.coverage.association"), ColumnType.TEXT, 24,
                        MunicipalityReach::association),
                ColumnDef.of("population", I18n.text("coachingui.coverage.population"), ColumnType.INTEGER, 10,
                        MunicipalityReach::population)));
        SortedList<MunicipalityReach> allSorted = new SortedList<>(model.municipalityReach());
        allSorted.comparatorProperty().bind(all.comparatorProperty());
        all.setItems(allSorted);
        all.setPlaceholder(new Label(I18n.text("coachingui.coverage.noneMatch")));
        for (TableView<?> t : List.of(without, uncoached, next, all)) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        }

        TabPane lists = new TabPane(
                listTab(I18n.text("coachingui.coverage.listWithout"), without,
                        export.button(without, model.exportWithoutNavigatorCommand())),
                listTab(I18n.text("coachingui.coverage.listUncoached"), uncoached,
                        export.button(uncoached, model.exportWithoutCoachCommand())),
                listTab(I18n.text("coachingui.coverage.listNext"), next,
                        export.button(next, model.exportNextStepsCommand())),
                listTab(I18n.text("coachingui.coverage.listAll"), all,
                        export.button(all, model.exportMunicipalitiesCommand())));
        Tab allTab = lists.getTabs().get(3);
        allTab.setId("coverageTabAll");
        allTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> I18n.text(
                "coachingui.coverage.listAllCount", model.municipalityReach().size()), model.municipalityReach()));
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        TextField since = new TextField();
        since.setId("coverageSince");
        since.setPrefColumnCount(9);
        since.textProperty().bindBidirectional(model.sinceTextProperty());
        since.setOnAction(e -> model.reloadCommand().run());
        TextField filter = new TextField();
        filter.setId("coverageFilter");
        filter.setPromptText(I18n.text("coachingui.filter.search"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        Button reload = new Button(I18n.text("coachingui.coverage.reload"));
        reload.disableProperty().bind(model.reloadCommand().canRunBinding().not());
        reload.setOnAction(e -> model.reloadCommand().run());
        Label problem = new Label();
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("danger");
        Button exportDistricts = export.button(districts, model.exportDistrictsCommand());
        ComboBox<DistrictOption> district = new ComboBox<>();
        district.setId("coverageDistrict");
        Runnable fillDistricts = () -> {
            DistrictOption keep = model.filterDistrictProperty().get();
            district.getItems().setAll((DistrictOption) null);
            district.getItems().addAll(model.districts());
            district.setValue(keep);
        };
        fillDistricts.run();
        model.districts().addListener((javafx.collections.ListChangeListener<DistrictOption>) c -> fillDistricts.run());
        district.setConverter(SessionView.converter(DistrictOption::name, "coachingui.filter.allDistricts"));
        district.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DistrictOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? I18n.text("coachingui.filter.allDistricts") : item.name());
            }
        });
        district.valueProperty().bindBidirectional(model.filterDistrictProperty());
        district.setAccessibleText(I18n.text("coachingui.column.district"));
        district.setPrefWidth(250);
        ComboBox<CoverageStatus> status = new ComboBox<>();
        status.setId("coverageStatus");
        status.getItems().setAll(CoverageStatus.values());
        status.setConverter(SessionView.converter(st -> I18n.of("coachingui.coverage.status", st), null));
        status.valueProperty().bindBidirectional(model.filterStatusProperty());
        status.setAccessibleText(I18n.text("coachingui.coverage.statusLabel"));
        status.setPrefWidth(240);
        // a status is about municipalities: show their list
        status.valueProperty().addListener((obs, was, is) -> {
            if (is != null && is != CoverageStatus.ALL) {
                lists.getSelectionModel().select(allTab);
            }
        });
        filter.setPrefColumnCount(14);
        Label sinceLabel = new Label(I18n.text("coachingui.coverage.since"));
        sinceLabel.setLabelFor(since);
        Label statusLabel = new Label(I18n.text("coachingui.coverage.statusLabel"));
        statusLabel.setLabelFor(status);
        for (Region r : List.<Region>of(sinceLabel, statusLabel, reload, exportDistricts)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox sinceBox = new HBox(6, sinceLabel, since, reload);
        sinceBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox statusBox = new HBox(6, statusLabel, status);
        statusBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(12, 6, sinceBox, district, statusBox, filter, exportDistricts, problem);
        bar.setPadding(new Insets(8));
        SplitPane split = new SplitPane(districts, lists);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setTop(bar);
        root.setCenter(split);
    }

    private static TableView<CoverageMunicipality> municipalities(String id,
            javafx.collections.ObservableList<CoverageMunicipality> items) {
        TableView<CoverageMunicipality> t = new TableView<>(items);
        t.setId(id);
        TableColumns.addAll(t, List.of(
                ColumnDef.of("name", I18n.text("coaching.field.municipality"), ColumnType.TEXT, 22,
                        CoverageMunicipality::name),
                ColumnDef.of("district", I18n.text("coachingui.column.district"), ColumnType.TEXT, 20,
                        CoverageMunicipality::district),
                ColumnDef.of("association", I18n.text("coachingui.coverage.association"), ColumnType.TEXT, 24,
                        CoverageMunicipality::association),
                ColumnDef.of("population", I18n.text("coachingui.coverage.population"), ColumnType.INTEGER, 10,
                        CoverageMunicipality::population)));
        return t;
    }

    private static Tab listTab(String title, TableView<?> table, Button b) {
        VBox box = new VBox(6, b, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return new Tab(title, box);
    }

    public Node node() {
        return root;
    }

    /** The width of the longest word of {@code title} in the bold type of the column headers. */
    private static double longestWordWidth(String title) {
        javafx.scene.text.Font regular = javafx.scene.text.Font.getDefault();
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(regular.getFamily(),
                javafx.scene.text.FontWeight.BOLD, regular.getSize());
        double widest = 0;
        for (String word : title.split("\\s+")) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(word);
            text.setFont(bold);
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
