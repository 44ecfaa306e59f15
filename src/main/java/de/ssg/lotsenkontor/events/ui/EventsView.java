package de.ssg.lotsenkontor.events.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.events.AttendanceStatus;
import de.ssg.lotsenkontor.events.EventColumns;
import de.ssg.lotsenkontor.events.EventRow;
import de.ssg.lotsenkontor.events.EventType;
import de.ssg.lotsenkontor.events.GuestChange;
import de.ssg.lotsenkontor.events.ModuleRow;
import de.ssg.lotsenkontor.events.ParticipantRow;
import de.ssg.lotsenkontor.events.QualificationRow;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.PrintActions;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.GermanDates;
import de.ssg.lotsenkontor.ui.MasterDetailPane;
import de.ssg.lotsenkontor.ui.MasterTable;
import de.ssg.lotsenkontor.ui.SearchField;
import de.ssg.lotsenkontor.ui.SearchPicker;
import de.ssg.lotsenkontor.ui.TableColumns;
import de.ssg.lotsenkontor.ui.TableRows;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Veranstaltungen area: lays out the event table, the form with participants, and the qualification list. */
public final class EventsView {

    private final EventsViewModel model;
    private final DialogService dialogs;
    private final PrintActions print;
    private final TabPane root = new TabPane();
    private final TableView<EventRow> table = new TableView<>();

    public EventsView(EventsViewModel model, DialogService dialogs, PrintActions print) {
        this.model = model;
        this.dialogs = dialogs;
        this.print = print;
        Tab events = new Tab(I18n.text("events.ui.tab.events"), eventsPane());
        Tab qualification = new Tab(I18n.text("events.ui.tab.qualification"), qualificationPane());
        events.setClosable(false);
        qualification.setClosable(false);
        root.getTabs().addAll(events, qualification);
        qualification.setOnSelectionChanged(e -> {
            if (qualification.isSelected()) {
                model.showQualification();
            }
        });
        root.setId("eventsArea");
        model.load();
    }

    public Node node() {
        return root;
    }

    public void reload() {
        model.load();
    }

    private Node eventsPane() {
        MasterTable.setUp(table, "eventTable", EventColumns.events(), model.rows().tableRows(),
                I18n.text("events.ui.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> model.select(row));
        ComboBox<Choice<EventType>> type = combo("eventTypeFilter", model.typeChoices());
        type.valueProperty().bindBidirectional(model.typeProperty());
        ComboBox<Choice<ModuleRow>> module = combo("eventModuleFilter", model.moduleChoices());
        module.valueProperty().bindBidirectional(model.moduleProperty());
        ComboBox<Choice<CoachOption>> coach = combo("eventCoachFilter", model.coachChoices());
        coach.valueProperty().bindBidirectional(model.coachProperty());
        ComboBox<Choice<de.ssg.lotsenkontor.municipality.DistrictOption>> district =
                combo("eventDistrictFilter", model.districtChoices());
        district.valueProperty().bindBidirectional(model.districtProperty());
        DatePicker from = GermanDates.picker();
        from.setId("eventFrom");
        from.setPromptText(I18n.text("events.ui.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPrefWidth(120);
        DatePicker to = GermanDates.picker();
        to.setId("eventTo");
        to.setPromptText(I18n.text("events.ui.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(120);
        TextField search = SearchField.create("eventSearch", I18n.text("events.ui.search"),
                model.rows().searchProperty());
        search.setPrefWidth(180);
        Button reset = SearchField.resetButton(I18n.text("events.ui.resetFilters"), model::resetFilters);
        Button create = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.material2.Material2AL.ADD));
        create.setTooltip(new javafx.scene.control.Tooltip(I18n.text("events.ui.new")));
        create.setId("newEvent");
        create.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.startNew();
        });
        FlowPane bar = new FlowPane(8, 6, search, type, module, create, coach, district, from, to, reset);
        bar.setPadding(new Insets(8));
        Label message = new Label();
        message.setId("eventMessage");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("text-muted");
        BorderPane master = new BorderPane(MasterTable.withCount(table, "eventCount", model.rows().countText()));
        master.setTop(bar);
        master.setBottom(message);
        MasterDetailPane body = new MasterDetailPane("events", master, Forms.placeholder("events.ui.nothingSelected"), 380)
                .showingFormWhile(model.form().editingBinding(), this::detail);
        body.node().setDividerPositions(0.6);
        return body.node();
    }

    private static <T> ComboBox<Choice<T>> combo(String id, javafx.collections.ObservableList<Choice<T>> items) {
        ComboBox<Choice<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(165);
        box.setMaxWidth(165);
        return box;
    }

    private Node detail() {
        EventFormModel f = model.form();
        GridPane grid = Forms.grid();
        int row = 0;
        ComboBox<EventType> type = new ComboBox<>();
        type.getItems().setAll(EventType.values());
        type.setConverter(GermanDates.enumConverter("events.type"));
        type.setId("eventType");
        type.valueProperty().bindBidirectional(f.typeProperty());
        row = Forms.addRow(grid, row, "events.field.type", type);
        row = Forms.addRow(grid, row, "events.field.title", Forms.field("eventTitle", f.titleProperty()));
        // only modules still offered, and the one the event already has
        javafx.collections.transformation.FilteredList<ModuleRow> offered = new javafx.collections.transformation
                .FilteredList<>(model.modules(), m -> m.active() || f.detailsProperty().get() != null
                        && Long.valueOf(m.id()).equals(f.detailsProperty().get().moduleId()));
        ComboBox<ModuleRow> module = new ComboBox<>(offered);
        module.setId("eventModule");
        module.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModuleRow m) {
                return m == null ? "" : m.name();
            }

            @Override
            public ModuleRow fromString(String s) {
                return null;
            }
        });
        module.disableProperty().bind(f.typeProperty().isNotEqualTo(EventType.KURS));
        module.valueProperty().addListener((o, was, is) -> f.moduleIdProperty().set(is == null ? null : is.id()));
        f.detailsProperty().addListener((o, was, is) -> offered.setPredicate(
                m -> m.active() || is != null && Long.valueOf(m.id()).equals(is.moduleId())));
        f.moduleIdProperty().addListener((o, was, is) -> module.setValue(model.modules().stream()
                .filter(m -> is != null && m.id() == is).findFirst().orElse(null)));
        row = Forms.addRow(grid, row, "events.field.module", module);
        row = Forms.addRow(grid, row, "events.field.startsOn", Forms.date("eventStartsOn", f.startsOnProperty()));
        row = Forms.addRow(grid, row, "events.field.endsOn", Forms.date("eventEndsOn", f.endsOnProperty()));
        TextField startsAt = Forms.field("eventStartsAt", f.startsAtProperty());
        startsAt.setPromptText("09:00");
        startsAt.setPrefColumnCount(5);
        TextField endsAt = Forms.field("eventEndsAt", f.endsAtProperty());
        endsAt.setPromptText("15:30");
        endsAt.setPrefColumnCount(5);
        row = Forms.addRow(grid, row, "events.field.time", new HBox(6, startsAt, new Label("–"), endsAt));
        CheckBox online = new CheckBox(I18n.text("events.ui.onlineEvent"));
        online.setId("eventOnline");
        online.selectedProperty().bindBidirectional(f.onlineProperty());
        TextField location = Forms.field("eventLocation", f.locationProperty());
        location.disableProperty().bind(f.onlineProperty());
        row = Forms.addRow(grid, row, "events.field.location", location);
        row = Forms.addRow(grid, row, "events.field.online", online);
        TextField link = Forms.field("eventLink", f.onlineLinkProperty());
        link.disableProperty().bind(f.onlineProperty().not());
        row = Forms.addRow(grid, row, "events.field.onlineLink", link);
        ListView<CoachOption> trainers = new ListView<>(model.coaches());
        trainers.setId("eventTrainers");
        trainers.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        trainers.setPrefHeight(90);
        trainers.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CoachOption c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name());
            }
        });
        boolean[] syncing = {false};
        Runnable showTrainers = () -> {
            syncing[0] = true;
            trainers.getSelectionModel().clearSelection();
            for (int i = 0; i < model.coaches().size(); i++) {
                if (f.trainerIds().contains(model.coaches().get(i).id())) {
                    trainers.getSelectionModel().select(i);
                }
            }
            syncing[0] = false;
        };
        f.trainerIds().addListener((ListChangeListener<Long>) c -> {
            if (!syncing[0]) {
                showTrainers.run();
            }
        });
        trainers.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CoachOption>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                f.trainerIds().setAll(trainers.getSelectionModel().getSelectedItems().stream()
                        .map(CoachOption::id).toList());
                syncing[0] = false;
            }
        });
        showTrainers.run();
        row = Forms.addRow(grid, row, "events.field.trainers", trainers);
        TextField capacity = Forms.field("eventCapacity", f.capacityProperty());
        capacity.setPrefColumnCount(5);
        row = Forms.addRow(grid, row, "events.field.capacity", capacity);
        TextArea notes = new TextArea();
        notes.setId("eventNotes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(f.notesProperty());
        row = Forms.addTallRow(grid, row, "events.field.notes", notes);
        Button save = new Button(I18n.text("events.ui.save"));
        save.setId("saveEvent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.saveCommand().canRunBinding().not());
        save.setOnAction(e -> model.save());
        Button revert = new Button(I18n.text("events.ui.revert"));
        revert.disableProperty().bind(f.dirtyBinding().not());
        revert.setOnAction(e -> f.revert());
        Forms.addWide(grid, row++, new HBox(8, save, revert));
        Forms.addWide(grid, row, Forms.problems("eventProblems", f.violations(), f::violationText));

        VBox box = new VBox(10, grid, participantsPane());
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node participantsPane() {
        Label heading = Forms.heading("events.ui.participants");
        Label warning = new Label();
        warning.setId("capacityWarning");
        warning.getStyleClass().add("validation-message");
        warning.textProperty().bind(model.capacityWarningProperty());
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        SearchPicker<NavigatorRow> navigator = new SearchPicker<>(
                n -> n.fullName() + " (" + n.municipalityName() + ")", null);
        navigator.node().setId("registerNavigatorPicker");
        navigator.node().setPromptText(I18n.text("events.ui.navigatorPrompt"));
        model.navigators().addListener((ListChangeListener<NavigatorRow>) c -> navigator.setItems(model.navigators()));
        navigator.setItems(model.navigators());
        Button register = new Button(I18n.text("events.ui.register"));
        register.setId("registerNavigator");
        register.disableProperty().bind(model.registerCommand().canRunBinding().not()
                .or(navigator.valueProperty().isNull()));
        register.setOnAction(e -> {
            model.registerNavigator(navigator.valueProperty().get());
            navigator.valueProperty().set(null);
        });
        HBox.setHgrow(navigator.node(), Priority.ALWAYS);
        HBox navRow = new HBox(6, navigator.node(), register);

        TextField guestName = new TextField();
        guestName.setId("guestName");
        guestName.setPromptText(I18n.text("events.field.guestName"));
        SearchPicker<MunicipalityOption> guestPlace = new SearchPicker<>(MunicipalityOption::name, null);
        guestPlace.node().setId("guestMunicipality");
        guestPlace.node().setPromptText(I18n.text("events.field.guestMunicipality"));
        model.municipalities().addListener((ListChangeListener<MunicipalityOption>) c ->
                guestPlace.setItems(model.municipalities()));
        guestPlace.setItems(model.municipalities());
        TextField guestEmail = new TextField();
        guestEmail.setId("guestEmail");
        guestEmail.setPromptText(I18n.text("events.field.guestEmail"));
        Button guest = new Button(I18n.text("events.ui.registerGuest"));
        guest.setId("registerGuest");
        guest.disableProperty().bind(model.registerCommand().canRunBinding().not());
        guest.setOnAction(e -> {
            MunicipalityOption m = guestPlace.valueProperty().get();
            model.registerGuest(new GuestChange(guestName.getText(), m == null ? null : m.id(), guestEmail.getText()));
        });
        model.messageProperty().addListener((o, was, is) -> {
            if (is != null && is.startsWith(I18n.text("events.ui.registered", "").trim())) {
                guestName.clear();
                guestEmail.clear();
                guestPlace.valueProperty().set(null);
            }
        });
        FlowPane guestRow = new FlowPane(6, 6, guestName, guestPlace.node(), guestEmail, guest);

        TableView<ParticipantRow> people = new TableView<>();
        people.setId("participantTable");
        TableColumns.addAll(people, EventColumns.participants());
        people.setItems(model.participants());
        people.setPlaceholder(new Label(I18n.text("events.ui.noParticipants")));
        people.setPrefHeight(240);
        people.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        model.selectedParticipantProperty().bind(people.getSelectionModel().selectedItemProperty());
        FlowPane states = new FlowPane(6, 6);
        for (AttendanceStatus s : AttendanceStatus.values()) {
            Button b = new Button(I18n.of("events.status", s));
            b.setId("attendance" + s.name());
            b.disableProperty().bind(model.recordCommand().canRunBinding().not());
            b.setOnAction(e -> model.recordAttendance(s));
            states.getChildren().add(b);
        }
        Button remove = new Button(I18n.text("events.ui.unregister"));
        remove.disableProperty().bind(model.recordCommand().canRunBinding().not());
        remove.setOnAction(e -> model.unregister());
        states.getChildren().add(remove);
        Button list = new Button(I18n.text("events.ui.exportAttendance"));
        list.setId("exportAttendance");
        list.disableProperty().bind(model.exportCommand().canRunBinding().not());
        list.setOnAction(e -> dialogs.chooseSaveFile(I18n.text("events.ui.exportAttendance"),
                "Teilnehmerliste.xlsx", I18n.text("events.ui.xlsxFiles"), "xlsx")
                .ifPresent(model::exportAttendanceList));
        // preview, print or save as PDF: the same report as the workbook
        var pdf = print.button("printAttendance", I18n.text("events.ui.printAttendance"), model::attendancePrintable,
                model.exportCommand().canRunBinding());
        Button ics = new Button(I18n.text("events.ui.exportCalendar"));
        ics.setId("exportCalendar");
        ics.disableProperty().bind(model.exportCommand().canRunBinding().not());
        ics.setOnAction(e -> dialogs.chooseSaveFile(I18n.text("events.ui.exportCalendar"), "Veranstaltung.ics",
                I18n.text("events.ui.icsFiles"), "ics").ifPresent(model::exportCalendar));
        VBox box = new VBox(8, heading, warning, navRow, guestRow, people, states, new FlowPane(8, 6, list, pdf, ics));
        box.visibleProperty().bind(model.form().detailsProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node qualificationPane() {
        TableView<QualificationRow> q = new TableView<>();
        TableRows<QualificationRow> rows = new TableRows<>();
        CheckBox onlyInQualification = new CheckBox(I18n.text("events.ui.onlyInQualification"));
        onlyInQualification.setSelected(true);
        Runnable filter = () -> rows.setFilter(r -> !onlyInQualification.isSelected()
                || r.status() == de.ssg.lotsenkontor.people.NavigatorStatus.IN_QUALIFIZIERUNG);
        onlyInQualification.selectedProperty().addListener((o, was, is) -> filter.run());
        MasterTable.setUp(q, "qualificationTable", EventColumns.qualification(), rows,
                I18n.text("events.ui.noQualification"));
        model.qualification().addListener((ListChangeListener<QualificationRow>) c -> {
            rows.all().setAll(model.qualification());
            filter.run();
        });
        filter.run();
        Button activate = new Button(I18n.text("events.ui.activate"));
        activate.setId("activateNavigator");
        activate.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            QualificationRow r = q.getSelectionModel().getSelectedItem();
            return r == null || !r.canBecomeActive() || !model.activateCommand().canRunBinding().get();
        }, q.getSelectionModel().selectedItemProperty(), model.activateCommand().canRunBinding()));
        activate.setOnAction(e -> model.activate(q.getSelectionModel().getSelectedItem()));
        Label hint = Forms.muted("qualificationHint");
        hint.setText(I18n.text("events.ui.qualificationHint"));
        hint.setWrapText(true);
        HBox bar = new HBox(10, onlyInQualification, activate);
        bar.setPadding(new Insets(8));
        BorderPane pane = new BorderPane(q);
        pane.setTop(new VBox(4, bar, hint));
        BorderPane.setMargin(q, new Insets(0, 8, 8, 8));
        pane.setRight(modulesPane());
        return pane;
    }

    /** The office's module list: which modules make up the basic qualification, and new modules. */
    private Node modulesPane() {
        ListView<ModuleRow> list = new ListView<>(model.modules());
        list.setId("moduleList");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ModuleRow m, boolean empty) {
                super.updateItem(m, empty);
                if (empty || m == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                CheckBox required = new CheckBox(m.active() ? m.name()
                        : I18n.text("events.ui.moduleInactiveName", m.name()));
                required.setId("moduleRequired" + m.id());
                required.setWrapText(true);
                required.setMaxWidth(250);
                required.setSelected(m.basicQualification());
                required.setDisable(!m.active());
                if (!m.active()) {
                    required.getStyleClass().add("text-muted");
                }
                required.disableProperty().bind(model.moduleCommand().canRunBinding().not());
                required.setOnAction(e -> model.setBasicQualification(m, required.isSelected()));
                setGraphic(required);
                setText(null);
            }
        });
        list.setPrefWidth(290);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.editModule(is);
            }
        });
        // the edit fields of the chosen module: rename, offered for new courses or not; Enter saves
        TextField rename = new TextField();
        rename.setId("moduleName");
        rename.setPromptText(I18n.text("events.field.moduleName"));
        rename.textProperty().bindBidirectional(model.editedModuleNameProperty());
        rename.disableProperty().bind(model.editedModuleProperty().isNull());
        CheckBox active = new CheckBox(I18n.text("events.field.moduleActive"));
        active.setId("moduleActive");
        active.selectedProperty().bindBidirectional(model.editedModuleActiveProperty());
        active.disableProperty().bind(model.editedModuleProperty().isNull());
        Button saveModule = new Button(I18n.text("events.ui.saveModule"));
        saveModule.setId("saveModule");
        saveModule.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        saveModule.disableProperty().bind(model.saveModuleCommand().canRunBinding().not());
        saveModule.setOnAction(e -> model.saveEditedModule());
        rename.setOnAction(e -> {
            if (model.saveModuleCommand().canRunBinding().get()) {
                model.saveEditedModule();
            }
        });
        HBox.setHgrow(rename, Priority.ALWAYS);
        Label editHeading = Forms.muted("moduleEditHint");
        editHeading.setText(I18n.text("events.ui.moduleEditHint"));
        editHeading.setWrapText(true);
        VBox edit = new VBox(6, editHeading, new HBox(6, rename, saveModule), active);
        TextField name = new TextField();
        name.setId("newModuleName");
        name.setPromptText(I18n.text("events.field.moduleName"));
        Button add = new Button(I18n.text("events.ui.addModule"));
        add.setId("addModule");
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.disableProperty().bind(name.textProperty().isEmpty().or(model.moduleCommand().canRunBinding().not()));
        add.setOnAction(e -> {
            model.addModule(name.getText(), false);
            name.clear();
        });
        HBox.setHgrow(name, Priority.ALWAYS);
        Label title = Forms.heading("events.ui.modules");
        Label hint = Forms.muted("moduleHint");
        hint.setText(I18n.text("events.ui.modulesHint"));
        hint.setWrapText(true);
        Label addHeading = Forms.muted("moduleAddHint");
        addHeading.setText(I18n.text("events.ui.moduleAddHint"));
        VBox box = new VBox(6, title, hint, list, edit, new Separator(), addHeading, new HBox(6, name, add));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        box.setPrefWidth(310);
        return box;
    }

    List<Node> forTests() {
        return List.of(table);
    }
}
