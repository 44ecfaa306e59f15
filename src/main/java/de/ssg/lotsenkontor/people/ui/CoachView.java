package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.people.CoachColumns;
import de.ssg.lotsenkontor.people.CoachDetails;
import de.ssg.lotsenkontor.people.CoachRow;
import de.ssg.lotsenkontor.people.CoachState;
import de.ssg.lotsenkontor.people.CoachingPeriod;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.MasterTable;
import de.ssg.lotsenkontor.ui.SearchField;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The "Digital-Lotsen" tab: the coaches with how many navigators they coach against their
 * capacity (rows over capacity are marked), and the form of the chosen (or a new) coach.
 */
public final class CoachView extends PersonView<CoachRow, CoachDetails, CoachDetailViewModel, CoachViewModel> {

    private static final PseudoClass OVER_CAPACITY = PseudoClass.getPseudoClass("over-capacity");
    private static final PseudoClass FORMER = PseudoClass.getPseudoClass("former");

    private final CoachListViewModel list;
    private final Clock clock;
    private final GridPane districtBoxes = new GridPane();
    private final Map<String, CheckBox> districtChecks = new HashMap<>();

    public CoachView(CoachViewModel vm, BackgroundTasks tasks, DialogService dialogs, Clock clock) {
        super(vm, "coach", "coach", CoachRow::id, tasks, dialogs, clock);
        this.list = vm.list();
        this.clock = clock;
        layOut(toolbar(), tablePane(), "coaches", "peopleui.coach.noneSelected", buildForm());
        vm.districts().addListener((obs, old, districts) -> showDistricts(districts));
        vm.reload();
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
        HBox.setHgrow(search, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox bar = new HBox(search, state, reset, spacer, exportButton(), newButton());
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

        ListView<CoachingPeriod> navigators = periods("coachNavigators", 180, "peopleui.coach.noNavigators",
                p -> I18n.text("peopleui.coach.navigatorEntry", p.navigatorName(), p.municipalityName(),
                        Formats.date(p.from())));
        Label navigatorsHeading = Forms.heading("peopleui.section.navigators");
        navigatorsHeading.setWrapText(true); // "Betreute Navigatoren (13 bei Kapazität 37)" in a narrow pane
        navigatorsHeading.setMinHeight(Region.USE_PREF_SIZE);
        detail.detailsProperty().addListener((obs, old, d) -> {
            navigators.getItems().setAll(d == null ? List.of() : d.currentNavigators());
            navigatorsHeading.setText(d == null ? I18n.text("peopleui.section.navigators")
                    : I18n.text("peopleui.section.navigatorsCount", d.currentNavigators().size(), d.capacity()));
        });
        Label coachingNote = Forms.muted("coachCoachingNote");
        coachingNote.setText(I18n.text("peopleui.assignments.note"));

        GridPane form = Forms.grid();
        int row = addContact(form, addHead(form, this::facts));
        row = Forms.addWide(form, row, Forms.heading("peopleui.section.work"));
        row = Forms.addRow(form, row, "people.field.capacity", capacityRow);
        row = Forms.addWide(form, row, warning);
        row = Forms.addRow(form, row, "people.field.activeFrom", from);
        row = Forms.addRow(form, row, "people.field.activeUntil", until);
        row = Forms.addWide(form, row, Forms.heading("peopleui.section.focus"));
        row = Forms.addWide(form, row, districtBoxes);
        row = addButtons(form, row);
        row = Forms.addWide(form, row, navigatorsHeading);
        row = Forms.addWide(form, row, navigators);
        Forms.addWide(form, row, coachingNote);
        return scrolling(form);
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
