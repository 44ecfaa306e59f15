package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.CoachState;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.people.NavigatorTable;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.SearchText;
import de.ssg.lotsenkontor.ui.SearchableRows;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the navigator table: all rows, the search text and the filters (municipality,
 * district, current coach, status). Filtering happens in memory on every keystroke; search keys
 * are prepared once per load, so that 10,000 and more navigators still filter instantly.
 */
public class NavigatorListViewModel {

    /** The coach filter's "without a coach" entry (no real coach has id 0). */
    static final CoachOption WITHOUT_COACH = new CoachOption(0, "", 0, 0, CoachState.AKTIV, Set.of());

    private static final Collator COLLATOR = Collator.getInstance(Formats.GERMAN);
    private static final Comparator<NavigatorRow> BY_NAME = Comparator
            .comparing(NavigatorRow::lastName, COLLATOR)
            .thenComparing(NavigatorRow::firstName, COLLATOR);

    private final SearchableRows<NavigatorRow> rows = new SearchableRows<>(NavigatorRow::id,
            NavigatorListViewModel::searchKey, "peopleui.navigator.count").addingNewRowsIn(BY_NAME);
    private List<MunicipalityOption> municipalities = List.of();

    private final ObjectProperty<MunicipalityOption> municipality = new SimpleObjectProperty<>();
    private final ObservableList<Choice<DistrictOption>> districtChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<DistrictOption>> district = new SimpleObjectProperty<>();
    private final ObservableList<Choice<CoachOption>> coachChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<CoachOption>> coach = new SimpleObjectProperty<>();
    private final ObservableList<Choice<NavigatorStatus>> statusChoices = FXCollections.observableArrayList(
            Choice.list(I18n.text("peopleui.filter.allStatus"), Arrays.asList(NavigatorStatus.values()),
                    s -> I18n.of("people.status", s)));
    private final ObjectProperty<Choice<NavigatorStatus>> status = new SimpleObjectProperty<>(statusChoices.get(0));

    public NavigatorListViewModel() {
        districtChoices.add(Choice.all(I18n.text("peopleui.filter.allDistricts")));
        district.set(districtChoices.get(0));
        coachChoices.setAll(coachChoices(List.of()));
        coach.set(coachChoices.get(0));
        rows.filterBy(this::predicate, municipality, district, coach, status);
    }

    /** Replaces all rows and the filters' choices (after loading), keeping the chosen filters. */
    public void setData(NavigatorTable table) {
        municipalities = List.copyOf(table.municipalities());
        Choice<DistrictOption> selectedDistrict = district.get();
        districtChoices.setAll(Choice.list(I18n.text("peopleui.filter.allDistricts"), table.districts(),
                DistrictOption::name));
        district.set(Choice.sameOrFirst(districtChoices, selectedDistrict));
        Choice<CoachOption> selectedCoach = coach.get();
        coachChoices.setAll(coachChoices(table.coaches()));
        coach.set(coachChoices.stream()
                .filter(c -> selectedCoach != null && !c.isAll() && !selectedCoach.isAll()
                        && c.value().id() == selectedCoach.value().id())
                .findFirst().orElse(coachChoices.get(0)));
        rows.setAll(table.rows());
    }

    private static List<Choice<CoachOption>> coachChoices(List<CoachOption> coaches) {
        List<Choice<CoachOption>> out = new ArrayList<>();
        out.add(Choice.all(I18n.text("peopleui.filter.allCoaches")));
        out.add(new Choice<>(WITHOUT_COACH, I18n.text("peopleui.filter.withoutCoach")));
        for (CoachOption c : coaches) {
            out.add(new Choice<>(c, c.name()));
        }
        return out;
    }

    private static String searchKey(NavigatorRow r) {
        return SearchText.normalize(r.firstName() + " " + r.lastName() + " | " + r.municipalityName() + " | "
                + (r.furtherMunicipalityNames() == null ? "" : r.furtherMunicipalityNames()) + " | "
                + (r.email() == null ? "" : r.email()));
    }

    /** The current search and filters as one test of a row. */
    Predicate<NavigatorRow> predicate() {
        Predicate<NavigatorRow> search = rows.searchMatchesAllWords();
        MunicipalityOption place = municipality.get();
        String districtKey = district.get() == null || district.get().isAll() ? null : district.get().value().key();
        CoachOption wantedCoach = coach.get() == null ? null : coach.get().value();
        NavigatorStatus wantedStatus = status.get() == null ? null : status.get().value();
        return r -> search.test(r)
                && (place == null || r.serves(place.id()))
                && (districtKey == null || districtKey.equals(r.districtKey()))
                && (wantedCoach == null || (wantedCoach == WITHOUT_COACH ? r.coachId() == null
                        : r.coachId() != null && r.coachId() == wantedCoach.id()))
                && (wantedStatus == null || wantedStatus == r.status());
    }

    /** Clears search and filters. */
    public void resetFilters() {
        rows.searchProperty().set("");
        municipality.set(null);
        district.set(districtChoices.get(0));
        coach.set(coachChoices.get(0));
        status.set(statusChoices.get(0));
    }

    /** The rows with search text and count; a saved navigator is put in or added where its name sorts. */
    public SearchableRows<NavigatorRow> rows() {
        return rows;
    }

    /** Every municipality, for the municipality filter and the form's picker. */
    public List<MunicipalityOption> municipalities() {
        return municipalities;
    }

    public ObjectProperty<MunicipalityOption> municipalityProperty() {
        return municipality;
    }

    public ObservableList<Choice<DistrictOption>> districtChoices() {
        return districtChoices;
    }

    public ObjectProperty<Choice<DistrictOption>> districtProperty() {
        return district;
    }

    public ObservableList<Choice<CoachOption>> coachChoices() {
        return coachChoices;
    }

    public ObjectProperty<Choice<CoachOption>> coachProperty() {
        return coach;
    }

    public ObservableList<Choice<NavigatorStatus>> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<Choice<NavigatorStatus>> statusProperty() {
        return status;
    }
}
