package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.ui.Forms;
import atlantafx.base.controls.CustomTextField;
import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.people.CoachState;
import de.ssg.lotsenkontor.people.CoachingPeriod;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorColumns;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.people.NavigatorService;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.people.NavigatorTable;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportService;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DetailSelection;
import de.ssg.lotsenkontor.ui.DetailTasks;
import de.ssg.lotsenkontor.ui.DetailTasks.Fresh;
import de.ssg.lotsenkontor.ui.FormButtons;
import de.ssg.lotsenkontor.ui.MasterDetailPane;
import de.ssg.lotsenkontor.ui.MasterTable;
import de.ssg.lotsenkontor.ui.SearchField;
import de.ssg.lotsenkontor.ui.TableLoader;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.GermanDates;
import de.ssg.lotsenkontor.ui.SearchPicker;
import de.ssg.lotsenkontor.ui.TableExport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The "Digital-Navigatoren" tab: the table of all navigators with instant search and filters,
 * and the form of the chosen (or a new) navigator, with deactivation, deletion of entries made
 * by mistake and "Lotse zuweisen".
 */
public final class NavigatorView implements PeopleView.TabContent {

    /** Columns a user can switch on from the table menu; hidden at first so the table fits beside the form. */
    private static final Set<String> HIDDEN_AT_FIRST = Set.of("until", "department", "association",
            "furtherMunicipalities");

    private final NavigatorService service;
    private final NavigatorImportService importService;
    private final CoachService coaches;
    private final CoachingService coaching;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final NavigatorListViewModel list = new NavigatorListViewModel();
    private final NavigatorDetailViewModel detail;
    private final TableLoader<NavigatorTable> loader;
    private final DetailSelection<NavigatorRow> selection;
    private final DetailTasks<NavigatorRow, NavigatorDetails> work;
    private final BorderPane root = new BorderPane();
    private final TableView<NavigatorRow> table = new TableView<>();
    private final CustomTextField search = SearchField.create("navigatorSearch",
            I18n.text("peopleui.navigator.search.prompt"), list.rows().searchProperty());
    private final SearchPicker<MunicipalityOption> municipalityFilter = municipalityPicker();
    private final SearchPicker<MunicipalityOption> municipalityPicker = municipalityPicker();
    private final Label saveError;
    private Runnable onChange = () -> { };
    private Consumer<String> statusMessage = text -> { };
    private TextField firstNameField;

    public NavigatorView(NavigatorService service, NavigatorImportService importService, CoachService coaches,
            CoachingService coaching, BackgroundTasks tasks, DialogService dialogs, Clock clock) {
        this.service = service;
        this.importService = importService;
        this.coaches = coaches;
        this.coaching = coaching;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.detail = new NavigatorDetailViewModel(clock);
        this.loader = new TableLoader<>(tasks, I18n.text("peopleui.navigator.loading"), progress -> service.table(),
                this::show);
        this.selection = new DetailSelection<>(table, NavigatorRow::id, this::mayDiscard, this::loadDetails);
        this.work = new DetailTasks<>(tasks, detail, list.rows(), NavigatorDetails::id, service::details,
                service::row);
        this.saveError = FormButtons.saveError("navSaveError", detail);
        root.setId("navigatorView");
        root.setTop(toolbar());
        Node form = buildForm();
        root.setCenter(new MasterDetailPane(tablePane(), Forms.placeholder("peopleui.navigator.none"), 380)
                .showingFormWhile(detail.editingBinding(), () -> form).keepingDetailWidth().node());
        reload();
    }

    @Override
    public Node node() {
        return root;
    }

    /** True once the table holds the navigators (tests wait for it). */
    public BooleanProperty loadedProperty() {
        return loader.loadedProperty();
    }

    public TableView<NavigatorRow> table() {
        return table;
    }

    /** Called after anything was written that the coach tab shows too (assignments, counts). */
    @Override
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Where short confirmations ("Gespeichert: …") go. */
    public void setStatusMessage(Consumer<String> statusMessage) {
        this.statusMessage = statusMessage;
    }

    @Override
    public void markStale() {
        loader.markStale();
    }

    @Override
    public void reloadIfStale() {
        loader.reloadIfStale();
    }

    /** Reads all navigators and the filter choices again. */
    public void reload() {
        loader.reload();
    }

    private void show(NavigatorTable data) {
        list.setData(data);
        municipalityFilter.setItems(data.municipalities());
        detail.setMunicipalities(data.municipalities());
        municipalityPicker.setItems(detail.selectableMunicipalities());
    }

    /** "Importieren …": asks for an Excel or CSV list and shows its preview. */
    public void startImport() {
        importFlow().start();
    }

    /** Shows the import preview of {@code file} (the file chooser already answered). */
    public void importFile(Path file) {
        importFlow().read(file);
    }

    private NavigatorImportFlow importFlow() {
        return new NavigatorImportFlow(importService, tasks, dialogs, statusMessage, () -> {
            reload();
            onChange.run();
        });
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
    }

    /** A new, empty form (Ctrl+N); asks first when typed input would be lost. */
    @Override
    public void newItem() {
        if (!mayDiscard()) {
            return;
        }
        selection.clear();
        detail.startNew();
        municipalityPicker.setItems(detail.selectableMunicipalities());
        saveError.setText("");
        Forms.focusWhenShown(firstNameField);
    }

    /** Saves when the form allows it (Ctrl+S). */
    @Override
    public void saveIfPossible() {
        if (detail.canSaveBinding().get()) {
            save();
        }
    }

    private boolean mayDiscard() {
        return !detail.dirtyBinding().get() || dialogs.confirmDiscard(detail.title().get());
    }

    private static SearchPicker<MunicipalityOption> municipalityPicker() {
        return new SearchPicker<>(MunicipalityOption::label,
                m -> m.name() + " " + m.ags() + " " + m.districtName());
    }

    // ------------------------------------------------------------------ table

    private Node toolbar() {
        search.setPrefWidth(260);
        search.setMinWidth(140);
        search.setMaxWidth(380);

        TextField place = municipalityFilter.node();
        place.setId("navigatorMunicipalityFilter");
        place.setPromptText(I18n.text("peopleui.filter.allMunicipalities"));
        place.setPrefWidth(195);
        place.setMinWidth(120);
        municipalityFilter.valueProperty().bindBidirectional(list.municipalityProperty());

        ComboBox<Choice<DistrictOption>> district = new ComboBox<>(list.districtChoices());
        district.setId("navigatorDistrictFilter");
        district.valueProperty().bindBidirectional(list.districtProperty());
        district.setPrefWidth(185);
        district.setMinWidth(120);
        ComboBox<Choice<CoachOption>> coach = new ComboBox<>(list.coachChoices());
        coach.setId("navigatorCoachFilter");
        coach.valueProperty().bindBidirectional(list.coachProperty());
        ComboBox<Choice<NavigatorStatus>> status = new ComboBox<>(list.statusChoices());
        status.setId("navigatorStatusFilter");
        status.valueProperty().bindBidirectional(list.statusProperty());
        coach.setPrefWidth(165);
        coach.setMinWidth(120);
        status.setPrefWidth(150);
        status.setMinWidth(110);

        Button reset = SearchField.resetButton(I18n.text("peopleui.filter.reset"), list::resetFilters);
        reset.setId("navigatorResetFilters");

        Button add = new Button(I18n.text("peopleui.button.new"), new FontIcon(Material2AL.ADD));
        add.setId("navigatorNew");
        add.getStyleClass().add("accent");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip(I18n.text("peopleui.navigator.new.tooltip")));
        add.setOnAction(e -> newItem());

        // spare room widens the search field first, the rest goes before "Neu"
        HBox.setHgrow(search, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        Button export = new TableExport(tasks, dialogs, clock).button(table,
                () -> I18n.text("peopleui.tab.navigators"), () -> list.rows().countText().get());
        export.setId("navigatorExport");
        Button importButton = new Button(I18n.text("navimportui.button"), new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("navigatorImport");
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setTooltip(new Tooltip(I18n.text("navimportui.button.tooltip")));
        importButton.setOnAction(e -> startImport());
        HBox bar = new IconsWhenNarrow(List.of(importButton, export));
        bar.getChildren().setAll(search, place, district, coach, status, reset, spacer, importButton, export, add);
        bar.getStyleClass().add("view-toolbar");
        return bar;
    }

    /**
     * A toolbar that shows some of its buttons as icons only (their tooltips still say what they
     * do) while it is too narrow for their labels next to the other controls at their smallest,
     * so that "Neu" stays in view in a small window.
     */
    private static final class IconsWhenNarrow extends HBox {

        private final List<Button> buttons;
        private final Map<Button, Double> fullWidths = new HashMap<>();

        IconsWhenNarrow(List<Button> buttons) {
            this.buttons = buttons;
        }

        /** As narrow as the other controls at their smallest and these buttons as icons. */
        @Override
        protected double computeMinWidth(double height) {
            double min = getInsets().getLeft() + getInsets().getRight() + getSpacing() * (getChildren().size() - 1);
            for (Node n : getChildren()) {
                if (n instanceof Button b && buttons.contains(b) && b.getGraphic() != null) {
                    min += b.getGraphic().prefWidth(-1) + b.snappedLeftInset() + b.snappedRightInset();
                } else {
                    min += n.minWidth(-1);
                }
            }
            return min;
        }

        @Override
        protected void layoutChildren() {
            double needed = getInsets().getLeft() + getInsets().getRight() + getSpacing() * (getChildren().size() - 1);
            for (Node n : getChildren()) {
                if (n instanceof Button b && buttons.contains(b)) {
                    if (b.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                        fullWidths.put(b, b.prefWidth(-1));
                    }
                    needed += fullWidths.getOrDefault(b, b.prefWidth(-1));
                } else {
                    needed += n.minWidth(-1);
                }
            }
            ContentDisplay display = getWidth() < needed ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            buttons.forEach(b -> b.setContentDisplay(display));
            super.layoutChildren();
        }
    }

    private Node tablePane() {
        MasterTable.setUp(table, "navigatorTable", NavigatorColumns.all(), list.rows().tableRows(),
                I18n.text("peopleui.navigator.table.empty"));
        for (TableColumn<NavigatorRow, ?> column : table.getColumns()) {
            column.setVisible(!HIDDEN_AT_FIRST.contains(column.getId()));
        }
        return MasterTable.withCount(table, "navigatorCount", list.rows().countText());
    }

    /** Selects a saved navigator's row, a few rows below the top when it has to scroll. */
    private void select(NavigatorRow row) {
        selection.select(row);
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    private void loadDetails(long id) {
        work.load(I18n.text("peopleui.navigator.loadingDetails"), id, d -> {
            if (selection.isShown(d.id())) {
                saveError.setText("");
                detail.show(d);
                municipalityPicker.setItems(detail.selectableMunicipalities());
            }
        });
    }

    // ------------------------------------------------------------------ form

    private Node buildForm() {
        Label title = Forms.title("navigatorTitle");
        title.textProperty().bind(detail.title());
        Label facts = Forms.muted("navigatorFacts");
        facts.textProperty().bind(Bindings.createStringBinding(() -> facts(detail.detailsProperty().get()),
                detail.detailsProperty()));

        firstNameField = Forms.field("navFirstName", detail.firstNameProperty());
        TextField lastName = Forms.field("navLastName", detail.lastNameProperty());
        TextField department = Forms.field("navDepartment", detail.departmentProperty());
        TextField email = Forms.field("navEmail", detail.emailProperty());
        TextField phone = Forms.field("navPhone", detail.phoneProperty());

        TextField place = municipalityPicker.node();
        place.setId("navMunicipality");
        place.setPromptText(I18n.text("peopleui.municipality.prompt"));
        municipalityPicker.valueProperty().bindBidirectional(detail.municipalityProperty());
        municipalityPicker.textProperty().bindBidirectional(detail.municipalityTextProperty());

        Label furtherHint = Forms.muted("navFurtherHint");
        furtherHint.textProperty().bind(detail.furtherHint());
        FlowPane furtherBoxes = new FlowPane(12, 6);
        furtherBoxes.setId("navFurther");
        Map<Long, CheckBox> boxes = new HashMap<>();
        Runnable syncChecks = () -> boxes.forEach((id, box) ->
                box.setSelected(detail.further().stream().anyMatch(m -> m.id() == id)));
        Runnable rebuild = () -> {
            boxes.clear();
            furtherBoxes.getChildren().clear();
            for (MunicipalityOption m : detail.furtherCandidates()) {
                CheckBox box = new CheckBox(m.name());
                box.setId("navFurther-" + m.ags());
                box.setSelected(detail.further().contains(m));
                box.selectedProperty().addListener((obs, was, is) -> detail.setFurther(m, is));
                boxes.put(m.id(), box);
                furtherBoxes.getChildren().add(box);
            }
        };
        detail.furtherCandidates().addListener((ListChangeListener<MunicipalityOption>) c -> rebuild.run());
        detail.further().addListener((ListChangeListener<MunicipalityOption>) c -> syncChecks.run());
        rebuild.run();
        VBox further = new VBox(4, furtherHint, furtherBoxes);

        ComboBox<NavigatorStatus> status = new ComboBox<>();
        status.setId("navStatus");
        status.getItems().setAll(NavigatorStatus.values());
        status.setConverter(GermanDates.enumConverter("people.status"));
        status.valueProperty().bindBidirectional(detail.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        DatePicker since = Forms.date("navSince", detail.sinceTextProperty());
        DatePicker until = Forms.date("navUntil", detail.untilTextProperty());

        Label problems = Forms.problems("navProblems", detail.violations(), detail::violationText);
        // besides the next edit, a change of what keeps the form from being saved makes an old refusal obsolete
        detail.violations().addListener((ListChangeListener<Object>) c -> saveError.setText(""));
        Button save = FormButtons.save("navSave", detail, this::save);
        save.setTooltip(new Tooltip(I18n.text("peopleui.button.save.tooltip")));
        FlowPane buttons = new FlowPane(8, 8, save, FormButtons.revert("navRevert", detail),
                FormButtons.reload("navReload", detail, this::reloadKeepingInput));
        FlowPane actions = PersonActions.create("nav", detail, detail::canDeactivate, detail::canDelete,
                this::deactivate, this::delete);

        Label coachNow = new Label();
        coachNow.setId("navCurrentCoach");
        coachNow.setWrapText(true);
        coachNow.setMinHeight(Region.USE_PREF_SIZE);
        Button assign = new Button(I18n.text("peopleui.button.assignCoach"), new FontIcon(Material2AL.ASSIGNMENT_IND));
        assign.setId("navAssignCoach");
        assign.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            NavigatorDetails d = detail.detailsProperty().get();
            return d == null || d.status() == NavigatorStatus.INAKTIV || detail.busyProperty().get();
        }, detail.detailsProperty(), detail.busyProperty()));
        assign.setOnAction(e -> assignCoach());
        ListView<CoachingPeriod> periods = new ListView<>();
        periods.setId("navAssignments");
        periods.setPrefHeight(120);
        periods.setPlaceholder(new Label(I18n.text("peopleui.assignments.empty")));
        periods.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CoachingPeriod p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : I18n.text("peopleui.assignments.entry", Formats.date(p.from()),
                        p.until() == null ? I18n.text("peopleui.open") : Formats.date(p.until()), p.coachName()));
            }

            {
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        detail.detailsProperty().addListener((obs, old, d) -> {
            coachNow.setText(coachText(d));
            periods.getItems().setAll(d == null ? List.of() : d.assignments());
        });
        Label coachingNote = Forms.muted("navCoachingNote");
        coachingNote.setText(I18n.text("peopleui.assignments.note"));

        GridPane form = Forms.grid();
        int row = 0;
        row = Forms.addWide(form, row, title);
        row = Forms.addWide(form, row, facts);
        row = Forms.addWide(form, row, Forms.heading("peopleui.section.person"));
        row = Forms.addRow(form, row, "people.field.firstName", firstNameField);
        row = Forms.addRow(form, row, "people.field.lastName", lastName);
        row = Forms.addRow(form, row, "people.field.department", department);
        row = Forms.addRow(form, row, "people.field.email", email);
        row = Forms.addRow(form, row, "people.field.phone", phone);
        row = Forms.addWide(form, row, Forms.heading("peopleui.section.place"));
        row = Forms.addRow(form, row, "people.field.municipality", place);
        row = Forms.addTallRow(form, row, "people.field.furtherMunicipalities", further);
        row = Forms.addWide(form, row, Forms.heading("peopleui.section.status"));
        row = Forms.addRow(form, row, "people.field.status", status);
        row = Forms.addRow(form, row, "people.field.since", since);
        row = Forms.addRow(form, row, "people.field.until", until);
        row = Forms.addWide(form, row, problems);
        row = Forms.addWide(form, row, saveError);
        row = Forms.addWide(form, row, buttons);
        row = Forms.addWide(form, row, actions);
        // a navigator is coached once saved
        VBox coachingSection = new VBox(8, Forms.heading("peopleui.section.coaching"), coachNow, assign, periods,
                coachingNote);
        coachingSection.visibleProperty().bind(detail.detailsProperty().isNotNull());
        coachingSection.managedProperty().bind(coachingSection.visibleProperty());
        Forms.addWide(form, row, coachingSection);

        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setId("navigatorDetail");
        return scroll;
    }

    private static String facts(NavigatorDetails d) {
        if (d == null) {
            return I18n.text("peopleui.navigator.newHint");
        }
        MunicipalityOption m = d.municipality();
        StringBuilder s = new StringBuilder(m.name()).append(" · ").append(m.districtName());
        if (m.associationName() != null) {
            s.append(" · ").append(m.associationName());
        }
        s.append('\n').append(I18n.of("people.status", d.status()));
        s.append(d.until() == null ? I18n.text("peopleui.facts.since", Formats.date(d.since()))
                : I18n.text("peopleui.facts.period", Formats.date(d.since()), Formats.date(d.until())));
        return s.toString();
    }

    private static String coachText(NavigatorDetails d) {
        if (d == null) {
            return "";
        }
        CoachingPeriod p = d.currentAssignment();
        if (p == null) {
            return I18n.text("peopleui.coach.none");
        }
        return p.until() == null ? I18n.text("peopleui.coach.current", p.coachName(), Formats.date(p.from()))
                : I18n.text("peopleui.coach.currentUntil", p.coachName(), Formats.date(p.from()), Formats.date(p.until()));
    }

    // ------------------------------------------------------------------ commands

    private void save() {
        NavigatorChange change = detail.change();
        NavigatorDetails before = detail.detailsProperty().get();
        boolean deactivates = before != null && change.status() == NavigatorStatus.INAKTIV
                && before.status() != NavigatorStatus.INAKTIV;
        if (deactivates && !dialogs.confirm(I18n.text("peopleui.deactivate.navigator.title"),
                deactivationText(before, change.until()), I18n.text("peopleui.deactivate.saveButton"))) {
            return;
        }
        work.write(I18n.text("peopleui.navigator.saving"), progress -> service.save(change), this::saved,
                this::failed);
    }

    private void saved(Fresh<NavigatorRow, NavigatorDetails> result) {
        selection.setShown(result.details().id());
        detail.show(result.details());
        municipalityPicker.setItems(detail.selectableMunicipalities());
        list.rows().replace(result.row());
        select(result.row());
        statusMessage.accept(I18n.text("ui.status.saved", result.details().fullName()));
        onChange.run();
    }

    private void failed(Throwable error) {
        dialogs.showSaveFailure(error, I18n.text("peopleui.saveFailed"), I18n.text("peopleui.conflict.title"),
                I18n.text("peopleui.conflict.hint")).ifPresent(saveError::setText);
    }

    /** Shows the current state from the database but keeps what the user typed. */
    private void reloadKeepingInput() {
        work.reloadKeepingInput(I18n.text("peopleui.navigator.loadingDetails"));
    }

    private String deactivationText(NavigatorDetails d, LocalDate lastDay) {
        String text = I18n.text("peopleui.deactivate.navigator.text", d.fullName());
        if (d.currentAssignment() != null) {
            text += "\n\n" + I18n.text("peopleui.deactivate.navigator.coaching", d.currentAssignment().coachName(),
                    lastDay == null ? I18n.text("peopleui.theDay") : Formats.date(lastDay));
        }
        return text;
    }

    private void deactivate() {
        NavigatorDetails d = detail.detailsProperty().get();
        if (d == null) {
            return;
        }
        new LastDayDialog(dialogs, "people.field.until", d.since(), LocalDate.now(clock)).withTodaySelected()
                .ask(I18n.text("peopleui.deactivate.navigator.title"),
                        I18n.text("peopleui.deactivate.navigator.header", d.fullName()), day -> deactivationText(d, day))
                .ifPresent(until -> work.write(I18n.text("peopleui.navigator.saving"),
                        progress -> service.deactivate(d.id(), d.version(), until), this::saved, this::failed));
    }

    private void delete() {
        NavigatorDetails d = detail.detailsProperty().get();
        if (d == null || !dialogs.confirm(I18n.text("peopleui.delete.navigator.title"),
                I18n.text("peopleui.delete.navigator.text", d.fullName()), I18n.text("peopleui.button.deleteConfirm"))) {
            return;
        }
        work.whileBusy(I18n.text("peopleui.navigator.deleting"), progress -> {
            service.delete(d.id(), d.version());
            return d.id();
        }, id -> {
            // the table would select a neighbour of the removed row; the form stays empty instead
            selection.clear(() -> list.rows().remove(id));
            detail.clear();
            statusMessage.accept(I18n.text("peopleui.deleted", d.fullName()));
            onChange.run();
        }, this::failed);
    }

    private void assignCoach() {
        NavigatorDetails d = detail.detailsProperty().get();
        if (d == null) {
            return;
        }
        tasks.run(I18n.text("peopleui.coach.loading"), progress -> coaches.options())
                .onSuccess(options -> assignCoach(d, options.stream()
                        .filter(o -> o.state() != CoachState.AUSGESCHIEDEN).toList()))
                .start();
    }

    private void assignCoach(NavigatorDetails d, List<CoachOption> options) {
        if (options.isEmpty()) {
            dialogs.showInfo(I18n.text("peopleui.assign.title"), I18n.text("peopleui.assign.noCoaches"));
            return;
        }
        String district = d.municipality().districtKey();
        ComboBox<CoachOption> coach = new ComboBox<>();
        coach.setId("assignCoach");
        coach.getItems().setAll(options);
        coach.setMaxWidth(Double.MAX_VALUE);
        coach.setConverter(new StringConverter<>() {
            @Override
            public String toString(CoachOption o) {
                return o == null ? "" : o.focusesOn(district) ? I18n.text("peopleui.assign.withFocus",
                        o.labelWithLoad(), d.municipality().districtName()) : o.labelWithLoad();
            }

            @Override
            public CoachOption fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        CoachingPeriod current = d.currentAssignment();
        // suggest a coach with the navigator's district as focus and room left; the user decides
        options.stream().filter(o -> o.focusesOn(district) && !o.full())
                .filter(o -> current == null || o.id() != current.coachId())
                .findFirst().ifPresent(coach::setValue);
        DatePicker from = GermanDates.picker();
        from.setId("assignFrom");
        LocalDate today = LocalDate.now(clock);
        from.getEditor().setText(Formats.date(today.isBefore(d.since()) ? d.since() : today));
        Label warning = new Label();
        warning.setId("assignWarning");
        warning.getStyleClass().add("warning-message");
        warning.setWrapText(true);
        warning.setMaxWidth(500);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.textProperty().bind(Bindings.createStringBinding(() -> {
            CoachOption o = coach.getValue();
            return o != null && o.full() ? I18n.text("peopleui.assign.full", o.name(), o.currentNavigators(),
                    o.capacity()) : "";
        }, coach.valueProperty()));
        Label info = Forms.muted("assignInfo");
        info.setMaxWidth(500);
        info.setText(current == null ? I18n.text("peopleui.assign.info")
                : I18n.text("peopleui.assign.replaces", current.coachName()));
        GridPane content = Forms.grid();
        content.getStylesheets().add(PeopleView.STYLESHEET);
        int row = Forms.addRow(content, 0, "peopleui.assign.coach", coach);
        row = Forms.addRow(content, row, "peopleui.assign.from", from);
        row = Forms.addWide(content, row, warning);
        Forms.addWide(content, row, info);
        BooleanBinding invalid = Bindings.createBooleanBinding(() -> coach.getValue() == null
                || Formats.parseDate(from.getEditor().getText()).isEmpty(), coach.valueProperty(),
                from.getEditor().textProperty());
        if (!dialogs.showForm(I18n.text("peopleui.assign.title"), I18n.text("peopleui.assign.header", d.fullName()),
                content, I18n.text("peopleui.assign.button"), invalid)) {
            return;
        }
        long coachId = coach.getValue().id();
        LocalDate start = Formats.parseDate(from.getEditor().getText()).orElseThrow();
        work.write(I18n.text("peopleui.assign.running"), progress -> {
            coaching.assign(coachId, d.id(), start, null);
            return service.details(d.id());
        }, result -> {
            // the navigator itself did not change: keep anything typed in the form
            detail.refreshKeepingInput(result.details());
            list.rows().replace(result.row());
            statusMessage.accept(I18n.text("peopleui.assign.done", result.details().fullName(),
                    coach.getValue().name()));
            onChange.run();
        }, error -> dialogs.showFailure(I18n.text("peopleui.assign.failed"), error));
    }
}
