package de.ssg.lotsenkontor.people.ui;

import atlantafx.base.controls.CustomTextField;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.people.CoachColumns;
import de.ssg.lotsenkontor.people.CoachDetails;
import de.ssg.lotsenkontor.people.CoachRow;
import de.ssg.lotsenkontor.people.CoachState;
import de.ssg.lotsenkontor.people.CoachTable;
import de.ssg.lotsenkontor.people.CoachingPeriod;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.DetailSelection;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.FormButtons;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.MasterDetailPane;
import de.ssg.lotsenkontor.ui.MasterTable;
import de.ssg.lotsenkontor.ui.SearchField;
import de.ssg.lotsenkontor.ui.TableExport;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The "Digital-Lotsen" tab: the coaches with how many navigators they coach against their
 * capacity (rows over capacity are marked), and the form of the chosen (or a new) coach.
 */
public final class CoachView implements PeopleView.TabContent {

    private static final PseudoClass OVER_CAPACITY = PseudoClass.getPseudoClass("over-capacity");
    private static final PseudoClass FORMER = PseudoClass.getPseudoClass("former");

    private final CoachViewModel vm;
    private final CoachListViewModel list;
    private final CoachDetailViewModel detail;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final BorderPane root = new BorderPane();
    private final TableView<CoachRow> table = new TableView<>();
    private final CustomTextField search;
    private final GridPane districtBoxes = new GridPane();
    private final Map<String, CheckBox> districtChecks = new HashMap<>();
    private final Label saveError;
    private TextField firstNameField;

    public CoachView(CoachViewModel vm, BackgroundTasks tasks, DialogService dialogs, Clock clock) {
        this.vm = vm;
        this.list = vm.list();
        this.detail = vm.detail();
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.search = SearchField.create("coachSearch", I18n.text("peopleui.coach.search.prompt"),
                list.rows().searchProperty());
        vm.setSelection(new DetailSelection<>(table, CoachRow::id, vm::mayDiscard, vm::open));
        this.saveError = FormButtons.saveError("coachSaveError", vm);
        root.setId("coachView");
        root.setTop(toolbar());
        Node form = buildForm();
        root.setCenter(new MasterDetailPane("coaches", tablePane(), Forms.placeholder("peopleui.coach.noneSelected"),
                380).showingFormWhile(detail.editingBinding(), () -> form).keepingDetailWidth().node());
        vm.districts().addListener((obs, old, districts) -> showDistricts(districts));
        vm.reload();
    }

    @Override
    public Node node() {
        return root;
    }

    public CoachViewModel viewModel() {
        return vm;
    }

    public BooleanProperty loadedProperty() {
        return vm.loadedProperty();
    }

    public TableView<CoachRow> table() {
        return table;
    }

    @Override
    public void setOnChange(Runnable onChange) {
        vm.setOnChange(onChange);
    }

    public void setStatusMessage(Consumer<String> statusMessage) {
        vm.setStatusMessage(statusMessage);
    }

    @Override
    public void markStale() {
        vm.markStale();
    }

    @Override
    public void reloadIfStale() {
        vm.reloadIfStale();
    }

    public void reload() {
        vm.reload();
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
    }

    @Override
    public void newItem() {
        if (vm.startNew()) {
            Forms.focusWhenShown(firstNameField);
        }
    }

    @Override
    public void saveIfPossible() {
        vm.saveCommand().run();
    }

    // ------------------------------------------------------------------ table

    private Node toolbar() {
        search.setPrefWidth(320);
        search.setMinWidth(160);
        search.setMaxWidth(420);
        ComboBox<Choice<CoachState>> state = new ComboBox<>(list.stateChoices());
        state.setId("coachStateFilter");
        state.valueProperty().bindBidirectional(list.stateProperty());
        state.setMinWidth(Region.USE_PREF_SIZE);
        Button reset = SearchField.resetButton(I18n.text("peopleui.filter.reset"), list::resetFilters);
        Button add = new Button(I18n.text("peopleui.button.new"), new FontIcon(Material2AL.ADD));
        add.setId("coachNew");
        add.getStyleClass().add("accent");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip(I18n.text("peopleui.coach.new.tooltip")));
        add.setOnAction(e -> newItem());
        HBox.setHgrow(search, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        Button export = new TableExport(tasks, dialogs, clock).button(table, vm.exportCommand());
        export.setId("coachExport");
        HBox bar = new HBox(search, state, reset, spacer, export, add);
        bar.getStyleClass().add("view-toolbar");
        return bar;
    }

    private Node tablePane() {
        MasterTable.setUp(table, "coachTable", CoachColumns.all(), list.rows().tableRows(),
                I18n.text("peopleui.coach.table.empty"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CoachRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean over = !empty && row != null && row.overCapacity();
                pseudoClassStateChanged(OVER_CAPACITY, over);
                pseudoClassStateChanged(FORMER, !empty && row != null && row.state() == CoachState.AUSGESCHIEDEN);
                setTooltip(over ? new Tooltip(I18n.text("peopleui.coach.overCapacity", row.currentNavigators(),
                        row.capacity())) : null);
            }
        });
        return MasterTable.withCount(table, "coachCount", list.rows().countText());
    }

    // ------------------------------------------------------------------ form

    private void showDistricts(List<DistrictOption> districts) {
        districtChecks.clear();
        districtBoxes.getChildren().clear();
        List<DistrictOption> byName = new ArrayList<>(districts);
        Collator collator = Collator.getInstance(Formats.GERMAN);
        byName.sort((a, b) -> collator.compare(a.name(), b.name()));
        int perColumn = (byName.size() + 1) / 2;
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        districtBoxes.getColumnConstraints().setAll(half, half);
        for (int i = 0; i < byName.size(); i++) {
            DistrictOption d = byName.get(i);
            CheckBox box = new CheckBox(d.name());
            box.setId("coachFocus-" + d.key());
            box.setWrapText(true);
            box.setMinHeight(Region.USE_PREF_SIZE);
            box.setSelected(detail.focusDistricts().contains(d.key()));
            box.selectedProperty().addListener((obs, was, is) -> {
                if (is) {
                    detail.focusDistricts().add(d.key());
                } else {
                    detail.focusDistricts().remove(d.key());
                }
            });
            districtChecks.put(d.key(), box);
            districtBoxes.add(box, i / perColumn, i % perColumn);
        }
    }

    private Node buildForm() {
        Label title = Forms.title("coachTitle");
        title.textProperty().bind(detail.title());
        Label facts = Forms.muted("coachFacts");
        facts.textProperty().bind(Bindings.createStringBinding(() -> facts(detail.detailsProperty().get()),
                detail.detailsProperty()));

        firstNameField = Forms.field("coachFirstName", detail.firstNameProperty());
        TextField lastName = Forms.field("coachLastName", detail.lastNameProperty());
        TextField email = Forms.field("coachEmail", detail.emailProperty());
        TextField phone = Forms.field("coachPhone", detail.phoneProperty());
        TextField capacity = Forms.field("coachCapacity", detail.capacityTextProperty());
        capacity.setPrefColumnCount(5);
        capacity.setMaxWidth(110);
        capacity.setMinWidth(Region.USE_PREF_SIZE);
        Label capacityHint = Forms.muted("coachCapacityHint");
        capacityHint.setText(I18n.text("peopleui.coach.capacityHint"));
        HBox capacityRow = new HBox(10, capacity, capacityHint);
        capacityRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(capacityHint, Priority.ALWAYS);
        Label warning = new Label();
        warning.setId("coachCapacityWarning");
        warning.getStyleClass().add("warning-message");
        warning.setGraphic(new FontIcon(Material2MZ.WARNING));
        warning.setWrapText(true);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.textProperty().bind(detail.capacityWarning());
        warning.visibleProperty().bind(detail.capacityWarning().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        districtBoxes.setId("coachFocus");
        districtBoxes.setHgap(16);
        districtBoxes.setVgap(6);
        detail.focusDistricts().addListener((SetChangeListener<String>) c ->
                districtChecks.forEach((key, box) -> box.setSelected(detail.focusDistricts().contains(key))));

        DatePicker from = Forms.date("coachActiveFrom", detail.activeFromTextProperty());
        DatePicker until = Forms.date("coachActiveUntil", detail.activeUntilTextProperty());

        Label problems = Forms.problems("coachProblems", detail.violations(), detail::violationText);
        Button save = FormButtons.save("coachSave", vm.saveCommand());
        save.setTooltip(new Tooltip(I18n.text("peopleui.button.save.tooltip")));
        FlowPane buttons = new FlowPane(8, 8, save, FormButtons.revert("coachRevert", vm.revertCommand()),
                FormButtons.reload("coachReload", vm));
        FlowPane actions = PersonActions.create("coach", detail, vm.deactivateCommand(), vm.deleteCommand());

        ListView<CoachingPeriod> navigators = new ListView<>();
        navigators.setId("coachNavigators");
        navigators.setPrefHeight(180);
        navigators.setPlaceholder(new Label(I18n.text("peopleui.coach.noNavigators")));
        navigators.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CoachingPeriod p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : I18n.text("peopleui.coach.navigatorEntry", p.navigatorName(),
                        p.municipalityName(), Formats.date(p.from())));
            }

            {
                setWrapText(true); // long municipality names wrap instead of scrolling sideways
                setPrefWidth(0);
            }
        });
        Label navigatorsHeading = Forms.heading("peopleui.section.navigators");
        detail.detailsProperty().addListener((obs, old, d) -> {
            navigators.getItems().setAll(d == null ? List.of() : d.currentNavigators());
            navigatorsHeading.setText(d == null ? I18n.text("peopleui.section.navigators")
                    : I18n.text("peopleui.section.navigatorsCount", d.currentNavigators().size(), d.capacity()));
        });
        Label coachingNote = Forms.muted("coachCoachingNote");
        coachingNote.setText(I18n.text("peopleui.assignments.note"));

        GridPane form = Forms.grid();
        int row = 0;
        row = Forms.addWide(form, row, title);
        row = Forms.addWide(form, row, facts);
        row = Forms.addWide(form, row, Forms.heading("peopleui.section.person"));
        row = Forms.addRow(form, row, "people.field.firstName", firstNameField);
        row = Forms.addRow(form, row, "people.field.lastName", lastName);
        row = Forms.addRow(form, row, "people.field.email", email);
        row = Forms.addRow(form, row, "people.field.phone", phone);
        row = Forms.addWide(form, row, Forms.heading("peopleui.section.work"));
        row = Forms.addRow(form, row, "people.field.capacity", capacityRow);
        row = Forms.addWide(form, row, warning);
        row = Forms.addRow(form, row, "people.field.activeFrom", from);
        row = Forms.addRow(form, row, "people.field.activeUntil", until);
        row = Forms.addWide(form, row, Forms.heading("peopleui.section.focus"));
        row = Forms.addWide(form, row, districtBoxes);
        row = Forms.addWide(form, row, problems);
        row = Forms.addWide(form, row, saveError);
        row = Forms.addWide(form, row, buttons);
        row = Forms.addWide(form, row, actions);
        row = Forms.addWide(form, row, navigatorsHeading);
        row = Forms.addWide(form, row, navigators);
        Forms.addWide(form, row, coachingNote);

        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setId("coachDetail");
        return scroll;
    }

    private String facts(CoachDetails d) {
        if (d == null) {
            return I18n.text("peopleui.coach.newHint");
        }
        CoachState state = CoachState.of(d.activeFrom(), d.activeUntil(), LocalDate.now(clock));
        String period = d.activeUntil() == null ? I18n.text("peopleui.facts.since", Formats.date(d.activeFrom()))
                : I18n.text("peopleui.facts.period", Formats.date(d.activeFrom()), Formats.date(d.activeUntil()));
        return I18n.of("people.coachState", state) + period + " · "
                + I18n.text("peopleui.coach.load", d.currentNavigators().size(), d.capacity());
    }
}
