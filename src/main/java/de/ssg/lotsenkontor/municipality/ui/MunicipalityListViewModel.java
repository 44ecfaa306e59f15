package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityRow;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import de.ssg.lotsenkontor.municipality.SizeClass;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.SearchText;
import de.ssg.lotsenkontor.ui.TableRows;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State of the municipality table: all rows, the search text and the filters. Filtering happens
 * in memory on every keystroke; search keys are prepared once per load so that even all of
 * Germany's municipalities filter instantly.
 */
public class MunicipalityListViewModel {

    private final TableRows<MunicipalityRow> table = new TableRows<>();
    private final ObservableList<MunicipalityRow> rows = table.all();
    private final FilteredList<MunicipalityRow> filtered = table.shown();
    private final Map<Long, String> searchKeys = new HashMap<>();

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Choice<DistrictOption>> districtChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<DistrictOption>> district = new SimpleObjectProperty<>();
    private final ObservableList<Choice<ParticipationStatus>> statusChoices = FXCollections.observableArrayList(
            Choice.list(I18n.text("municipalityui.filter.allStatus"), Arrays.asList(ParticipationStatus.values()),
                    s -> I18n.of("municipality.status", s)));
    private final ObjectProperty<Choice<ParticipationStatus>> status = new SimpleObjectProperty<>(statusChoices.get(0));
    private final ObservableList<Choice<SizeClass>> sizeChoices = FXCollections.observableArrayList(
            Choice.list(I18n.text("municipalityui.filter.allSizes"), Arrays.asList(SizeClass.values()),
                    s -> I18n.of("municipality.sizeClass", s)));
    private final ObjectProperty<Choice<SizeClass>> sizeClass = new SimpleObjectProperty<>(sizeChoices.get(0));
    private final StringBinding countText;

    public MunicipalityListViewModel() {
        districtChoices.add(Choice.all(I18n.text("municipalityui.filter.allDistricts")));
        district.set(districtChoices.get(0));
        search.addListener((obs, o, n) -> refilter());
        district.addListener((obs, o, n) -> refilter());
        status.addListener((obs, o, n) -> refilter());
        sizeClass.addListener((obs, o, n) -> refilter());
        countText = Bindings.createStringBinding(
                () -> I18n.text("municipalityui.count", filtered.size(), rows.size()), filtered, rows);
    }

    /** Replaces all rows and the district choices (after loading). */
    public void setData(List<MunicipalityRow> newRows, List<DistrictOption> districts) {
        searchKeys.clear();
        for (MunicipalityRow r : newRows) {
            searchKeys.put(r.id(), SearchText.normalize(r.name()) + " " + r.ags());
        }
        Choice<DistrictOption> selected = district.get();
        districtChoices.setAll(Choice.list(I18n.text("municipalityui.filter.allDistricts"), districts,
                DistrictOption::name));
        district.set(districtChoices.stream().filter(c -> c.equals(selected)).findFirst()
                .orElse(districtChoices.get(0)));
        rows.setAll(newRows);
    }

    /** Puts a changed row in place of the old one with the same id. */
    public void replace(MunicipalityRow changed) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == changed.id()) {
                searchKeys.put(changed.id(), SearchText.normalize(changed.name()) + " " + changed.ags());
                rows.set(i, changed);
                return;
            }
        }
    }

    private void refilter() {
        table.setFilter(predicate());
    }

    /** The current search and filters as one test of a row. */
    Predicate<MunicipalityRow> predicate() {
        String query = SearchText.normalize(search.get()).trim();
        String districtKey = district.get() == null || district.get().isAll() ? null : district.get().value().key();
        ParticipationStatus wantedStatus = status.get() == null ? null : status.get().value();
        SizeClass wantedSize = sizeClass.get() == null ? null : sizeClass.get().value();
        return r -> (query.isEmpty() || searchKeys.getOrDefault(r.id(), "").contains(query))
                && (districtKey == null || districtKey.equals(r.districtKey()))
                && (wantedStatus == null || wantedStatus == r.status())
                && (wantedSize == null || wantedSize == r.sizeClass());
    }

    /** Clears search and filters. */
    public void resetFilters() {
        search.set("");
        district.set(districtChoices.get(0));
        status.set(statusChoices.get(0));
        sizeClass.set(sizeChoices.get(0));
    }

    public ObservableList<MunicipalityRow> allRows() {
        return rows;
    }

    /** The rows for the screen's table: sorted by its headers, filtered by search and filters. */
    public TableRows<MunicipalityRow> tableRows() {
        return table;
    }

    public FilteredList<MunicipalityRow> filteredRows() {
        return filtered;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Choice<DistrictOption>> districtChoices() {
        return districtChoices;
    }

    public ObjectProperty<Choice<DistrictOption>> districtProperty() {
        return district;
    }

    public ObservableList<Choice<ParticipationStatus>> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<Choice<ParticipationStatus>> statusProperty() {
        return status;
    }

    public ObservableList<Choice<SizeClass>> sizeChoices() {
        return sizeChoices;
    }

    public ObjectProperty<Choice<SizeClass>> sizeClassProperty() {
        return sizeClass;
    }

    public StringBinding countText() {
        return countText;
    }
}
