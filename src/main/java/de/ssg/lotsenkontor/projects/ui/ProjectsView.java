package de.ssg.lotsenkontor.projects.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.projects.ProjectColumns;
import de.ssg.lotsenkontor.projects.ProjectDetails;
import de.ssg.lotsenkontor.projects.ProjectRow;
import de.ssg.lotsenkontor.projects.ProjectStatus;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.GermanDates;
import de.ssg.lotsenkontor.ui.MasterDetailPane;
import de.ssg.lotsenkontor.ui.MasterTable;
import de.ssg.lotsenkontor.ui.SearchField;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Vor-Ort-Projekte area: lays out the list or the board by status, the filters and the shown project. */
public final class ProjectsView {

    private final ProjectsViewModel model;
    private final DialogService dialogs;
    private final TableView<ProjectRow> table = new TableView<>();
    private final HBox board = new HBox(8);
    private final BorderPane master = new BorderPane();
    private final MasterDetailPane body;
    private boolean boardPending;

    public ProjectsView(ProjectsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        MasterTable.setUp(table, "projectTable", ProjectColumns.all(), model.rows().tableRows(),
                I18n.text("projects.ui.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> model.select(row));
        Node list = MasterTable.withCount(table, "projectCount", model.rows().countText());
        board.setId("projectBoard");
        board.setPadding(new Insets(8));
        ScrollPane boardScroll = new ScrollPane(board);
        boardScroll.setFitToHeight(true);
        // one rebuild per pulse however many changes (loading sets several filters and the rows)
        model.rows().shown().addListener((ListChangeListener<ProjectRow>) c -> {
            if (!boardPending) {
                boardPending = true;
                javafx.application.Platform.runLater(() -> {
                    boardPending = false;
                    fillBoard();
                });
            }
        });
        ToggleGroup mode = new ToggleGroup();
        ToggleButton asList = new ToggleButton(I18n.text("projects.ui.list"));
        asList.setId("projectsAsList");
        ToggleButton asBoard = new ToggleButton(I18n.text("projects.ui.board"));
        asBoard.setId("projectsAsBoard");
        asList.setToggleGroup(mode);
        asBoard.setToggleGroup(mode);
        asBoard.setSelected(true);
        mode.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true);
                return;
            }
            master.setCenter(is == asBoard ? boardScroll : list);
        });
        master.setCenter(boardScroll);
        master.setTop(toolbar(asList, asBoard));
        Label message = new Label();
        message.setId("projectMessage");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        master.setBottom(message);
        body = new MasterDetailPane("projects", master, Forms.placeholder("projects.ui.nothingSelected"), 360)
                .showingFormWhile(model.showingBinding(), this::detail);
        model.load();
    }

    public Node node() {
        return body.node();
    }

    public void reload() {
        model.load();
    }

    private Node toolbar(ToggleButton asList, ToggleButton asBoard) {
        TextField search = SearchField.create("projectSearch", I18n.text("projects.ui.search"),
                model.rows().searchProperty());
        search.setPrefWidth(200);
        ComboBox<Choice<ProjectStatus>> status = combo("projectStatusFilter", model.statusChoices());
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<Choice<DistrictOption>> district = combo("projectDistrictFilter", model.districtChoices());
        district.valueProperty().bindBidirectional(model.districtProperty());
        ComboBox<Choice<CoachOption>> coach = combo("projectCoachFilter", model.coachChoices());
        coach.valueProperty().bindBidirectional(model.coachProperty());
        ComboBox<Choice<String>> topic = combo("projectTopicFilter", model.topicChoices());
        topic.valueProperty().bindBidirectional(model.topicProperty());
        CheckBox best = new CheckBox(I18n.text("projects.field.bestPractice"));
        best.setId("projectBestPracticeFilter");
        best.selectedProperty().bindBidirectional(model.onlyBestPracticeProperty());
        Button reset = SearchField.resetButton(I18n.text("projects.ui.resetFilters"), model::resetFilters);
        Button exportAll = new Button(I18n.text("projects.ui.exportProjects"));
        exportAll.disableProperty().bind(model.exportCommand().canRunBinding().not());
        exportAll.setOnAction(e -> dialogs.chooseSaveFile(I18n.text("projects.ui.exportProjects"),
                "Vor-Ort-Projekte.xlsx", I18n.text("projects.ui.xlsxFiles"), "xlsx")
                .ifPresent(f -> model.exportProjects(f, false)));
        Button exportBest = new Button(I18n.text("projects.ui.exportBestPractice"));
        exportBest.disableProperty().bind(model.exportCommand().canRunBinding().not());
        exportBest.setOnAction(e -> dialogs.chooseSaveFile(I18n.text("projects.ui.exportBestPractice"),
                "Best-Practice-Katalog.xlsx", I18n.text("projects.ui.xlsxFiles"), "xlsx")
                .ifPresent(f -> model.exportProjects(f, true)));
        FlowPane bar = new FlowPane(8, 6, new HBox(0, asBoard, asList), search, status, district, coach, topic, best,
                reset, exportAll, exportBest);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private static <T> ComboBox<Choice<T>> combo(String id, ObservableList<Choice<T>> items) {
        ComboBox<Choice<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(170);
        box.setMaxWidth(170);
        return box;
    }

    /** One column per status with the projects shown; a click shows a project. */
    private void fillBoard() {
        board.getChildren().clear();
        for (ProjectStatus s : ProjectStatus.values()) {
            ListView<ProjectRow> column = new ListView<>();
            column.setId("board" + s.name());
            column.getItems().setAll(model.inStatus(s));
            column.setCellFactory(v -> new ListCell<>() {
                @Override
                protected void updateItem(ProjectRow r, boolean empty) {
                    super.updateItem(r, empty);
                    setText(empty || r == null ? null : r.title() + "\n" + r.municipality()
                            + (r.bestPractice() ? " ★" : ""));
                }
            });
            column.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
                if (is != null) {
                    model.select(is);
                }
            });
            column.setPrefWidth(190);
            column.setMinWidth(150);
            Label title = new Label(I18n.of("projects.status", s) + " (" + column.getItems().size() + ")");
            title.getStyleClass().add("title-4");
            VBox box = new VBox(4, title, column);
            VBox.setVgrow(column, Priority.ALWAYS);
            HBox.setHgrow(box, Priority.ALWAYS);
            board.getChildren().add(box);
        }
    }

    private Node detail() {
        GridPane grid = Forms.grid();
        int row = 0;
        Label title = Forms.title("projectTitle");
        Label status = new Label();
        status.setId("projectStatus");
        Label where = new Label();
        Label team = new Label();
        team.setWrapText(true);
        Label description = new Label();
        description.setWrapText(true);
        Label outcome = new Label();
        outcome.setWrapText(true);
        Label dates = new Label();
        ListView<String> history = new ListView<>();
        history.setId("projectHistory");
        history.setPrefHeight(140);
        java.util.function.Consumer<ProjectDetails> fill = d -> {
            if (d == null) {
                return;
            }
            ProjectRow r = model.rows().all().stream().filter(x -> x.id() == d.id()).findFirst().orElse(null);
            title.setText(d.title());
            status.setText(I18n.of("projects.status", d.status()) + (d.bestPractice() ? " · Best Practice" : ""));
            where.setText(r == null ? "" : r.municipality() + " (" + r.districtName() + ")"
                    + (r.coach() == null ? "" : " · " + r.coach()));
            team.setText(r == null || r.navigators().isEmpty() ? "–" : r.navigators());
            description.setText(d.description() == null ? "–" : d.description());
            outcome.setText(d.outcome() == null ? "–" : d.outcome());
            dates.setText(Formats.date(d.startedOn()) + " – " + Formats.date(d.finishedOn()));
            history.getItems().setAll(d.history().stream().map(h -> Formats.date(h.changedOn()) + "  "
                    + I18n.of("projects.status", h.status()) + (h.note() == null ? "" : " – " + h.note())).toList());
        };
        model.shownProperty().addListener((o, was, d) -> fill.accept(d));
        // the form is built when the first project is shown: fill it with that one
        fill.accept(model.shownProperty().get());
        row = Forms.addWide(grid, row, title);
        row = Forms.addRow(grid, row, "projects.field.status", status);
        row = Forms.addRow(grid, row, "projects.field.municipality", where);
        row = Forms.addRow(grid, row, "projects.field.navigators", team);
        row = Forms.addRow(grid, row, "projects.field.description", description);
        row = Forms.addRow(grid, row, "projects.field.outcome", outcome);
        row = Forms.addRow(grid, row, "projects.ui.period", dates);
        row = Forms.addWide(grid, row, Forms.heading("projects.ui.changeStatus"));
        ComboBox<ProjectStatus> target = new ComboBox<>();
        target.setId("projectTarget");
        target.setConverter(GermanDates.enumConverter("projects.status"));
        Runnable targets = () -> {
            ProjectStatus proposed = model.targetProperty().get(); // replacing the items clears the value
            target.getItems().setAll(model.targets());
            target.setValue(proposed);
        };
        model.shownProperty().addListener((o, was, d) -> targets.run());
        targets.run();
        target.valueProperty().addListener((o, was, is) -> model.targetProperty().set(is));
        row = Forms.addRow(grid, row, "projects.ui.newStatus", target);
        row = Forms.addRow(grid, row, "projects.ui.statusDate",
                Forms.date("projectStatusDate", model.statusDateProperty()));
        row = Forms.addRow(grid, row, "projects.ui.statusNote",
                Forms.field("projectStatusNote", model.statusNoteProperty()));
        Button change = new Button(I18n.text("projects.ui.changeStatusButton"));
        change.setId("changeProjectStatus");
        change.disableProperty().bind(model.changeStatusCommand().canRunBinding().not());
        change.setOnAction(e -> model.changeStatus());
        row = Forms.addWide(grid, row, change);
        row = Forms.addWide(grid, row, Forms.heading("projects.ui.history"));
        Forms.addWide(grid, row, history);
        VBox box = new VBox(grid);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
