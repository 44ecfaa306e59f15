package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.ui.Forms;
import atlantafx.base.controls.CustomTextField;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.CoachingPeriod;
import de.ssg.lotsenkontor.people.NavigatorColumns;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DetailSelection;
import de.ssg.lotsenkontor.ui.RowSelection;
import de.ssg.lotsenkontor.ui.FilterBar;
import de.ssg.lotsenkontor.ui.FormButtons;
import de.ssg.lotsenkontor.ui.IconsWhenNarrow;
import de.ssg.lotsenkontor.ui.MasterDetailPane;
import de.ssg.lotsenkontor.ui.MasterTable;
import de.ssg.lotsenkontor.ui.SearchField;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.GermanDates;
import de.ssg.lotsenkontor.ui.SearchPicker;
import de.ssg.lotsenkontor.ui.TableExport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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

    private final NavigatorViewModel vm;
    private final Function<Runnable, NavigatorImportFlow> importFlows;
    private final NavigatorFormExtension coaching;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final NavigatorListViewModel list;
    private final NavigatorDetailViewModel detail;
    private final DetailSelection<NavigatorRow> selection;
    private final BorderPane root = new BorderPane();
    private final TableView<NavigatorRow> table = new TableView<>();
    private final CustomTextField search;
    private final SearchPicker<MunicipalityOption> municipalityFilter = municipalityPicker();
    private final SearchPicker<MunicipalityOption> municipalityPicker = municipalityPicker();
    private final Label saveError;
    private Runnable onChange = () -> { };
    private Consumer<String> statusMessage = text -> { };
    private TextField firstNameField;

    /**
     * @param importFlows the navigator import, given what to do after it applied (built by the app)
     * @param coaching what the coaching feature adds to the form ("Lotse zuweisen")
     */
    public NavigatorView(NavigatorViewModel vm, Function<Runnable, NavigatorImportFlow> importFlows,
            NavigatorFormExtension coaching, BackgroundTasks tasks, DialogService dialogs, Clock clock) {
        this.vm = vm;
        this.importFlows = importFlows;
        this.coaching = coaching;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.list = vm.list();
        this.detail = vm.detail();
        this.search = SearchField.create("navigatorSearch", I18n.text("peopleui.navigator.search.prompt"),
                list.rows().searchProperty());
        this.selection = new DetailSelection<>(table, NavigatorRow::id, vm::mayDiscard, vm::open);
        vm.setSelection(new RowSelection<>() {
            @Override
            public boolean isShown(long entryId) {
                return selection.isShown(entryId);
            }

            @Override
            public void setShown(long entryId) {
                selection.setShown(entryId);
            }

            @Override
            public void select(NavigatorRow row) {
                NavigatorView.this.select(row);
            }

            @Override
            public void clear(Runnable change) {
                selection.clear(change);
            }
        });
        vm.setOnShown(d -> municipalityPicker.setItems(detail.selectableMunicipalities()));
        vm.table().addListener((obs, old, data) -> {
            municipalityFilter.setItems(data.municipalities());
            municipalityPicker.setItems(detail.selectableMunicipalities());
        });
        vm.setOnChange(() -> onChange.run());
        vm.setImporter(() -> importFlow().start());
        vm.setStatusMessage(text -> statusMessage.accept(text));
        this.saveError = FormButtons.saveError("navSaveError", vm);
        root.setId("navigatorView");
        root.setTop(toolbar());
        Node form = buildForm();
        root.setCenter(new MasterDetailPane("navigators", tablePane(), Forms.placeholder("peopleui.navigator.none"),
                380).showingFormWhile(detail.editingBinding(), () -> form).keepingDetailWidth().node());
        reload();
    }

    @Override
    public Node node() {
        return root;
    }

    public NavigatorViewModel viewModel() {
        return vm;
    }

    /** True once the table holds the navigators (tests wait for it). */
    public BooleanProperty loadedProperty() {
        return vm.loadedProperty();
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
        vm.markStale();
    }

    @Override
    public void reloadIfStale() {
        vm.reloadIfStale();
    }

    /** Reads all navigators and the filter choices again. */
    public void reload() {
        vm.reload();
    }

    /** "Importieren …": asks for an Excel or CSV list and shows its preview. */
    public void startImport() {
        vm.importCommand().run();
    }

    /** Shows the import preview of {@code file} (the file chooser already answered). */
    public void importFile(Path file) {
        importFlow().read(file);
    }

    private NavigatorImportFlow importFlow() {
        return importFlows.apply(() -> {
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
        if (vm.startNew()) {
            Forms.focusWhenShown(firstNameField);
        }
    }

    /** Saves when the form allows it (Ctrl+S). */
    @Override
    public void saveIfPossible() {
        vm.saveCommand().run();
    }

    private static SearchPicker<MunicipalityOption> municipalityPicker() {
        return new SearchPicker<>(MunicipalityOption::label,
                m -> m.name() + " " + m.ags() + " " + m.districtName());
    }

    // ------------------------------------------------------------------ table

    private Node toolbar() {
        search.setPrefWidth(260);
        search.setMinWidth(Region.USE_PREF_SIZE);

        TextField place = municipalityFilter.node();
        place.setId("navigatorMunicipalityFilter");
        place.setPromptText(I18n.text("peopleui.filter.allMunicipalities"));
        place.setPrefWidth(190);
        place.setMinWidth(Region.USE_PREF_SIZE);
        municipalityFilter.valueProperty().bindBidirectional(list.municipalityProperty());

        ComboBox<Choice<DistrictOption>> district = new ComboBox<>(list.districtChoices());
        district.setId("navigatorDistrictFilter");
        district.valueProperty().bindBidirectional(list.districtProperty());
        ComboBox<Choice<CoachOption>> coach = new ComboBox<>(list.coachChoices());
        coach.setId("navigatorCoachFilter");
        coach.valueProperty().bindBidirectional(list.coachProperty());
        ComboBox<Choice<NavigatorStatus>> status = new ComboBox<>(list.statusChoices());
        status.setId("navigatorStatusFilter");
        status.valueProperty().bindBidirectional(list.statusProperty());

        Button reset = SearchField.resetButton(I18n.text("peopleui.filter.reset"), list::resetFilters);
        reset.setId("navigatorResetFilters");

        Button add = new Button(I18n.text("peopleui.button.new"), new FontIcon(Material2AL.ADD));
        add.setId("navigatorNew");
        add.getStyleClass().add("accent");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip(I18n.text("peopleui.navigator.new.tooltip")));
        add.setOnAction(e -> newItem());

        // the filters show their full text and wrap into a second row where the toolbar is short
        Button export = new TableExport(tasks, dialogs, clock).button(table, vm.exportCommand());
        export.setId("navigatorExport");
        Button importButton = new Button(I18n.text("navimportui.button"), new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("navigatorImport");
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setTooltip(new Tooltip(I18n.text("navimportui.button.tooltip")));
        importButton.disableProperty().bind(vm.importCommand().canRunBinding().not());
        importButton.setOnAction(e -> vm.importCommand().run());
        HBox bar = new IconsWhenNarrow(List.of(importButton, export));
        bar.getChildren().setAll(FilterBar.of(search, place, district, coach, status, reset), importButton, export,
                add);
        bar.getStyleClass().add("view-toolbar");
        return bar;
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
        Button save = FormButtons.save("navSave", vm.saveCommand());
        save.setTooltip(new Tooltip(I18n.text("peopleui.button.save.tooltip")));
        FlowPane buttons = new FlowPane(8, 8, save, FormButtons.revert("navRevert", vm.revertCommand()),
                FormButtons.reload("navReload", vm));
        FlowPane actions = PersonActions.create("nav", detail, vm.deactivateCommand(), vm.deleteCommand());

        Label coachNow = new Label();
        coachNow.setId("navCurrentCoach");
        coachNow.setWrapText(true);
        coachNow.setMinHeight(Region.USE_PREF_SIZE);
        Node assign = coaching.create(detail.detailsProperty(), detail.busyProperty(), vm::changedElsewhere);
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
        row = Forms.addWide(form, row, coachingSection);
        // what features built on people add as sections of their own (events: the basic qualification)
        Node section = coaching.createSection(detail.detailsProperty(), detail.busyProperty(), vm::changedElsewhere);
        if (section != null) {
            section.visibleProperty().bind(detail.detailsProperty().isNotNull());
            section.managedProperty().bind(section.visibleProperty());
            Forms.addWide(form, row, section);
        }

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
}
