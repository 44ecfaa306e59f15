package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.ui.Forms;
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
import de.ssg.lotsenkontor.ui.FilterBar;
import de.ssg.lotsenkontor.ui.IconsWhenNarrow;
import de.ssg.lotsenkontor.ui.MasterTable;
import de.ssg.lotsenkontor.ui.SearchField;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.GermanDates;
import de.ssg.lotsenkontor.ui.SearchPicker;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
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
public final class NavigatorView
        extends PersonView<NavigatorRow, NavigatorDetails, NavigatorDetailViewModel, NavigatorViewModel> {

    /** Columns a user can switch on from the table menu; hidden at first so the table fits beside the form. */
    private static final Set<String> HIDDEN_AT_FIRST = Set.of("until", "department", "association",
            "furtherMunicipalities");

    private final Function<Runnable, NavigatorImportFlow> importFlows;
    private final NavigatorFormExtension coaching;
    private final NavigatorListViewModel list;
    private final SearchPicker<MunicipalityOption> municipalityFilter = municipalityPicker();
    private final SearchPicker<MunicipalityOption> municipalityPicker = municipalityPicker();

    /**
     * @param importFlows the navigator import, given what to do after it applied (built by the app)
     * @param coaching what the coaching feature adds to the form ("Lotse zuweisen")
     */
    public NavigatorView(NavigatorViewModel vm, Function<Runnable, NavigatorImportFlow> importFlows,
            NavigatorFormExtension coaching, BackgroundTasks tasks, DialogService dialogs, Clock clock) {
        super(vm, "navigator", "nav", NavigatorRow::id, tasks, dialogs, clock);
        this.importFlows = importFlows;
        this.coaching = coaching;
        this.list = vm.list();
        vm.setOnShown(d -> municipalityPicker.setItems(detail.selectableMunicipalities()));
        vm.table().addListener((obs, old, data) -> {
            municipalityFilter.setItems(data.municipalities());
            municipalityPicker.setItems(detail.selectableMunicipalities());
        });
        vm.setImporter(() -> importFlow().start());
        layOut(toolbar(), tablePane(), "navigators", "peopleui.navigator.none", buildForm());
        reload();
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
            changed();
        });
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

        // the filters show their full text and wrap into a second row where the toolbar is short
        Button export = exportButton();
        Button importButton = new Button(I18n.text("navimportui.button"), new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("navigatorImport");
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setTooltip(new Tooltip(I18n.text("navimportui.button.tooltip")));
        importButton.disableProperty().bind(vm.importCommand().canRunBinding().not());
        importButton.setOnAction(e -> vm.importCommand().run());
        HBox bar = new IconsWhenNarrow(List.of(importButton, export));
        bar.getChildren().setAll(FilterBar.of(search, place, district, coach, status, reset), importButton, export,
                newButton());
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

    // ------------------------------------------------------------------ form

    private Node buildForm() {
        TextField department = Forms.field("navDepartment", detail.departmentProperty());

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

        Label coachNow = new Label();
        coachNow.setId("navCurrentCoach");
        coachNow.setWrapText(true);
        coachNow.setMinHeight(Region.USE_PREF_SIZE);
        Node assign = coaching.create(detail.detailsProperty(), detail.busyProperty(), vm::changedElsewhere);
        ListView<CoachingPeriod> periods = periods("navAssignments", 120, "peopleui.assignments.empty",
                p -> I18n.text("peopleui.assignments.entry", Formats.date(p.from()),
                        p.until() == null ? I18n.text("peopleui.open") : Formats.date(p.until()), p.coachName()));
        detail.detailsProperty().addListener((obs, old, d) -> {
            coachNow.setText(coachText(d));
            periods.getItems().setAll(d == null ? List.of() : d.assignments());
        });
        Label coachingNote = Forms.muted("navCoachingNote");
        coachingNote.setText(I18n.text("peopleui.assignments.note"));

        GridPane form = Forms.grid();
        int row = addHead(form, NavigatorView::facts);
        row = Forms.addRow(form, row, "people.field.department", department);
        row = addContact(form, row);
        row = Forms.addWide(form, row, Forms.heading("peopleui.section.place"));
        row = Forms.addRow(form, row, "people.field.municipality", place);
        row = Forms.addTallRow(form, row, "people.field.furtherMunicipalities", further);
        row = Forms.addWide(form, row, Forms.heading("peopleui.section.status"));
        row = Forms.addRow(form, row, "people.field.status", status);
        row = Forms.addRow(form, row, "people.field.since", since);
        row = Forms.addRow(form, row, "people.field.until", until);
        row = addButtons(form, row);
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

        return scrolling(form);
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
