package de.ssg.lotsenkontor.projects.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.projects.ProjectColumns;
import de.ssg.lotsenkontor.projects.ProjectDetails;
import de.ssg.lotsenkontor.projects.ProjectRow;
import de.ssg.lotsenkontor.projects.ProjectStatus;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.PrintActions;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.GermanDates;
import de.ssg.lotsenkontor.ui.MasterDetailPane;
import de.ssg.lotsenkontor.ui.MasterTable;
import de.ssg.lotsenkontor.ui.SearchField;
import de.ssg.lotsenkontor.ui.SearchPicker;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Vor-Ort-Projekte area: lays out the list or the board by status, the filters and the shown project. */
public final class ProjectsView {

    private final ProjectsViewModel model;
    private final DialogService dialogs;
    private final PrintActions print;
    private final TableView<ProjectRow> table = new TableView<>();
    private final HBox board = new HBox(8);
    private final BorderPane master = new BorderPane();
    private final MasterDetailPane body;
    private boolean boardPending;

    public ProjectsView(ProjectsViewModel model, DialogService dialogs, PrintActions print) {
        this.model = model;
        this.dialogs = dialogs;
        this.print = print;
        MasterTable.setUp(table, "projectTable", ProjectColumns.all(), model.rows().tableRows(),
                I18n.text("projects.ui.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> model.select(row));
        Node list = MasterTable.withCount(table, "projectCount", model.rows().countText());
        board.setId("projectBoard");
        board.setPadding(new Insets(8));
        ScrollPane boardScroll = new ScrollPane(board);
        boardScroll.setFitToHeight(true);
        boardScroll.setFitToWidth(true); // the columns share a wide window; a narrow one scrolls
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
        body = new MasterDetailPane("projects", master, Forms.placeholder("projects.ui.nothingSelected"), 440)
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
        search.setPrefWidth(260);
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
        Button create = new Button(I18n.text("projects.ui.new"));
        create.setId("newProject");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> model.startNew());
        MenuItem exportAll = new MenuItem(I18n.text("projects.ui.exportProjects"));
        exportAll.disableProperty().bind(model.exportCommand().canRunBinding().not());
        exportAll.setOnAction(e -> dialogs.chooseSaveFile(I18n.text("projects.ui.exportProjects"),
                "Vor-Ort-Projekte.xlsx", I18n.text("projects.ui.xlsxFiles"), "xlsx")
                .ifPresent(f -> model.exportProjects(f, false)));
        MenuItem exportBest = new MenuItem(I18n.text("projects.ui.exportBestPractice"));
        exportBest.disableProperty().bind(model.exportCommand().canRunBinding().not());
        exportBest.setOnAction(e -> dialogs.chooseSaveFile(I18n.text("projects.ui.exportBestPractice"),
                "Best-Practice-Katalog.xlsx", I18n.text("projects.ui.xlsxFiles"), "xlsx")
                .ifPresent(f -> model.exportProjects(f, true)));
        MenuButton export = new MenuButton(I18n.text("projects.ui.export"), new FontIcon(Material2AL.GET_APP),
                exportAll, exportBest);
        export.setId("exportProjects");
        export.setMinWidth(Region.USE_PREF_SIZE);
        Node printButton = print.button("printProjects", List.of(
                new PrintActions.Entry(I18n.text("projects.export.title"), () -> model.projectsPrintable(false)),
                new PrintActions.Entry(I18n.text("projects.export.bestPractice"),
                        () -> model.projectsPrintable(true))), null);
        // two rows on purpose: actions and search above, the filters below; a flowing bar broke
        // into three ragged rows at 1366 px
        search.setMinWidth(180);
        search.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox actions = new HBox(8, create, new HBox(0, asBoard, asList), search, export, printButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        FlowPane filters = new FlowPane(8, 6, status, district, coach, topic, best, reset);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, actions, filters);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private static <T> ComboBox<Choice<T>> combo(String id, ObservableList<Choice<T>> items) {
        ComboBox<Choice<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(155); // four of them, the check box and the reset button fit one row at 1366 px
        box.setMaxWidth(155);
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
                    setTooltip(empty || r == null ? null : new Tooltip(getText()));
                }

                {
                    setPrefWidth(0); // long titles end in "…" instead of scrolling the column sideways
                }
            });
            column.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
                if (is != null) {
                    model.select(is);
                }
            });
            column.setPrefWidth(190);
            column.setMinWidth(150);
            column.setMaxWidth(Double.MAX_VALUE);
            Label title = new Label(I18n.of("projects.status", s) + " (" + column.getItems().size() + ")");
            // bold text size, not a heading: "abgeschlossen (51)" must fit a column of 150 px at 1366 px
            title.getStyleClass().add("text-bold");
            title.setTooltip(new Tooltip(title.getText()));
            VBox box = new VBox(4, title, column);
            VBox.setVgrow(column, Priority.ALWAYS);
            HBox.setHgrow(box, Priority.ALWAYS);
            board.getChildren().add(box);
        }
    }

    private void showMunicipality(SearchPicker<MunicipalityOption> place, Long id) {
        place.valueProperty().set(id == null ? null : model.municipalities().stream().filter(m -> m.id() == id)
                .findFirst().orElse(null));
        if (id == null) {
            place.textProperty().set("");
        }
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(text);
        // Tab moves on to the next field, as in every other input
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // a TextArea moves the focus on Ctrl+Tab
                area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }

    private Node detail() {
        ProjectFormModel f = model.form();
        GridPane grid = Forms.grid();
        int row = 0;
        Label heading = Forms.title("projectTitle");
        Label status = new Label();
        status.setId("projectStatus");
        ListView<String> history = new ListView<>();
        history.setId("projectHistory");
        history.setPrefHeight(140);
        java.util.function.Consumer<ProjectDetails> fill = d -> {
            heading.setText(d == null ? I18n.text("projects.ui.newProjectTitle") : d.title());
            status.setText(d == null ? I18n.of("projects.status", ProjectStatus.IDEE)
                    : I18n.of("projects.status", d.status()) + (d.bestPractice() ? " · Best Practice" : ""));
            history.getItems().setAll(d == null ? java.util.List.of() : d.history().stream()
                    .map(h -> Formats.date(h.changedOn()) + "  " + I18n.of("projects.status", h.status())
                            + (h.note() == null ? "" : " – " + h.note())).toList());
        };
        model.shownProperty().addListener((o, was, d) -> fill.accept(d));
        // the form is built when the first project is shown (or a new one started): fill it with that
        fill.accept(model.shownProperty().get());
        row = Forms.addWide(grid, row, heading);
        row = Forms.addRow(grid, row, "projects.field.status", status);

        TextField title = Forms.field("projectTitleField", f.titleProperty());
        row = Forms.addRow(grid, row, "projects.field.title", title);
        boolean[] syncing = {false};
        SearchPicker<MunicipalityOption> place = new SearchPicker<>(MunicipalityOption::name, null);
        place.node().setId("projectMunicipality");
        place.node().setPromptText(I18n.text("projects.ui.municipalityPrompt"));
        place.setItems(model.municipalities());
        model.municipalities().addListener((ListChangeListener<MunicipalityOption>) c -> {
            place.setItems(model.municipalities());
            if (f.municipalityIdProperty().get() != null) { // what is typed meanwhile stays
                syncing[0] = true;
                showMunicipality(place, f.municipalityIdProperty().get());
                syncing[0] = false;
            }
        });
        place.valueProperty().addListener((o, was, is) -> {
            if (!syncing[0] && is != null) {
                f.municipalityIdProperty().set(is.id());
            }
        });
        place.textProperty().addListener((o, was, is) -> {
            if (!syncing[0] && (is == null || is.isBlank())) {
                f.municipalityIdProperty().set(null); // cleared by the user
            }
        });
        f.municipalityIdProperty().addListener((o, was, is) -> {
            syncing[0] = true;
            showMunicipality(place, is);
            syncing[0] = false;
        });
        syncing[0] = true;
        showMunicipality(place, f.municipalityIdProperty().get());
        syncing[0] = false;
        row = Forms.addRow(grid, row, "projects.field.municipality", place.node());

        ComboBox<Choice<CoachOption>> coach = new ComboBox<>();
        coach.setId("projectCoach");
        coach.setMaxWidth(Double.MAX_VALUE);
        Runnable coaches = () -> {
            syncing[0] = true;
            coach.getItems().setAll(Choice.list(I18n.text("projects.ui.noCoach"), model.coachOptions(), CoachOption::name));
            Long id = f.coachIdProperty().get();
            coach.setValue(coach.getItems().stream().filter(c -> c.isAll() ? id == null : id != null
                    && c.value().id() == id).findFirst().orElse(coach.getItems().get(0)));
            syncing[0] = false;
        };
        model.coachOptions().addListener((ListChangeListener<CoachOption>) c -> coaches.run());
        f.coachIdProperty().addListener((o, was, is) -> coaches.run());
        coaches.run();
        coach.valueProperty().addListener((o, was, is) -> {
            if (!syncing[0]) {
                f.coachIdProperty().set(is == null || is.isAll() ? null : is.value().id());
            }
        });
        row = Forms.addRow(grid, row, "projects.field.coach", coach);

        // the team: navigators added by typing their name, removed from the list; the contact is one of them
        ObservableList<NavigatorRow> team = javafx.collections.FXCollections.observableArrayList();
        ListView<NavigatorRow> teamList = new ListView<>(team);
        teamList.setId("projectTeam");
        teamList.setPrefHeight(96);
        teamList.setPlaceholder(new Label(I18n.text("projects.ui.noTeam")));
        teamList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NavigatorRow n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n.fullName() + " (" + n.municipalityName() + ")");
            }

            {
                setPrefWidth(0); // long names end in "…" instead of scrolling sideways
            }
        });
        ComboBox<NavigatorRow> contact = new ComboBox<>(team);
        contact.setId("projectContact");
        contact.setMaxWidth(Double.MAX_VALUE);
        contact.setPromptText(I18n.text("projects.ui.noContact"));
        contact.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(NavigatorRow n) {
                return n == null ? "" : n.fullName();
            }

            @Override
            public NavigatorRow fromString(String text) {
                return null;
            }
        });
        Runnable showTeam = () -> {
            syncing[0] = true;
            team.setAll(f.navigatorIds().stream().map(id -> model.navigator(id)).filter(java.util.Objects::nonNull)
                    .toList());
            Long c = f.contactIdProperty().get();
            contact.setValue(team.stream().filter(n -> c != null && n.id() == c).findFirst().orElse(null));
            syncing[0] = false;
        };
        f.navigatorIds().addListener((ListChangeListener<Long>) c -> showTeam.run());
        f.contactIdProperty().addListener((o, was, is) -> showTeam.run());
        model.navigators().addListener((ListChangeListener<NavigatorRow>) c -> showTeam.run());
        showTeam.run();
        contact.valueProperty().addListener((o, was, is) -> {
            if (!syncing[0]) {
                f.contactIdProperty().set(is == null ? null : is.id());
            }
        });
        SearchPicker<NavigatorRow> member = new SearchPicker<>(n -> n.fullName() + " (" + n.municipalityName() + ")",
                null);
        member.node().setId("projectNavigatorPicker");
        member.node().setPromptText(I18n.text("projects.ui.navigatorPrompt"));
        member.setItems(model.navigators());
        model.navigators().addListener((ListChangeListener<NavigatorRow>) c -> member.setItems(model.navigators()));
        Button add = new Button(I18n.text("projects.ui.addToTeam"));
        add.setId("projectAddNavigator");
        add.disableProperty().bind(member.valueProperty().isNull());
        add.setOnAction(e -> {
            NavigatorRow n = member.valueProperty().get();
            if (n != null && !f.navigatorIds().contains(n.id())) {
                f.navigatorIds().add(n.id());
            }
            member.valueProperty().set(null);
            member.node().requestFocus();
        });
        Button remove = new Button(I18n.text("projects.ui.removeFromTeam"));
        remove.setId("projectRemoveNavigator");
        remove.disableProperty().bind(teamList.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            NavigatorRow n = teamList.getSelectionModel().getSelectedItem();
            if (n != null) {
                f.navigatorIds().remove(n.id());
            }
        });
        member.node().setMaxWidth(Double.MAX_VALUE);
        VBox teamBox = new VBox(6, member.node(), new FlowPane(6, 6, add, remove), teamList);
        row = Forms.addTallRow(grid, row, "projects.field.navigators", teamBox);
        row = Forms.addRow(grid, row, "projects.field.contact", contact);
        row = Forms.addRow(grid, row, "projects.field.topic", Forms.field("projectTopic", f.topicProperty()));
        row = Forms.addTallRow(grid, row, "projects.field.description", area("projectDescription",
                f.descriptionProperty()));
        row = Forms.addTallRow(grid, row, "projects.field.outcome", area("projectOutcome", f.outcomeProperty()));
        row = Forms.addRow(grid, row, "projects.field.startedOn", Forms.date("projectStartedOn",
                f.startedOnProperty()));
        row = Forms.addRow(grid, row, "projects.field.finishedOn", Forms.date("projectFinishedOn",
                f.finishedOnProperty()));
        CheckBox best = new CheckBox(I18n.text("projects.ui.bestPracticeFlag"));
        best.setId("projectBestPractice");
        best.setWrapText(true);
        best.selectedProperty().bindBidirectional(f.bestPracticeProperty());
        row = Forms.addRow(grid, row, "projects.field.bestPractice", best);
        Button save = new Button(I18n.text("projects.ui.save"));
        save.setId("saveProject");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.saveCommand().canRunBinding().not());
        save.setOnAction(e -> model.save());
        Button revert = new Button(I18n.text("projects.ui.revert"));
        revert.setId("revertProject");
        revert.disableProperty().bind(f.dirtyBinding().not());
        revert.setOnAction(e -> f.revert());
        row = Forms.addWide(grid, row, new HBox(8, save, revert));
        row = Forms.addWide(grid, row, Forms.problems("projectProblems", f.violations(), f::violationText));
        // the status moves through the workflow, once the project is saved
        Label statusHeading = Forms.heading("projects.ui.changeStatus");
        row = Forms.addWide(grid, row, statusHeading);
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
        // the proposed next step is set after the project is shown: follow it
        model.targetProperty().addListener((o, was, is) -> {
            if (target.getValue() != is && (is == null || target.getItems().contains(is))) {
                target.setValue(is);
            }
        });
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
        // rows from the status heading on exist only for a stored project
        int firstStatusRow = GridPane.getRowIndex(statusHeading);
        for (Node n : grid.getChildren()) {
            Integer r = GridPane.getRowIndex(n);
            if (r != null && r >= firstStatusRow) {
                n.visibleProperty().bind(model.shownProperty().isNotNull());
                n.managedProperty().bind(n.visibleProperty());
            }
        }
        Forms.focusWhenShown(title);
        VBox box = new VBox(grid);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
