package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityRow;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import de.ssg.lotsenkontor.municipality.SizeClass;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.SearchText;
import de.ssg.lotsenkontor.ui.SearchableRows;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the municipality table: all rows, the search text and the filters. Filtering happens
 * in memory on every keystroke; search keys are prepared once per load so that even all of
 * Germany's municipalities filter instantly.
 */
public class MunicipalityListViewModel {

    private final SearchableRows<MunicipalityRow> rows = new SearchableRows<>(MunicipalityRow::id,
            r -> SearchText.normalize(r.name()) + " " + r.ags(), "municipalityui.count");
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

    public MunicipalityListViewModel() {
        districtChoices.add(Choice.all(I18n.text("municipalityui.filter.allDistricts")));
        district.set(districtChoices.get(0));
        rows.filterBy(this::predicate, district, status, sizeClass);
    }

    /** Replaces all rows and the district choices (after loading). */
    public void setData(List<MunicipalityRow> newRows, List<DistrictOption> districts) {
        Choice<DistrictOption> selected = district.get();
        districtChoices.setAll(Choice.list(I18n.text("municipalityui.filter.allDistricts"), districts,
                DistrictOption::name));
        district.set(Choice.sameOrFirst(districtChoices, selected));
        rows.setAll(newRows);
    }

    /**
     * The current search and filters as one test of a row. The search finds the typed text as a
     * whole (part of a name or an AGS), not word by word as the people tables do.
     */
    Predicate<MunicipalityRow> predicate() {
        Predicate<MunicipalityRow> search = rows.searchMatchesWholeText();
        String districtKey = district.get() == null || district.get().isAll() ? null : district.get().value().key();
        ParticipationStatus wantedStatus = status.get() == null ? null : status.get().value();
        SizeClass wantedSize = sizeClass.get() == null ? null : sizeClass.get().value();
        return r -> search.test(r)
                && (districtKey == null || districtKey.equals(r.districtKey()))
                && (wantedStatus == null || wantedStatus == r.status())
                && (wantedSize == null || wantedSize == r.sizeClass());
    }

    /** Clears search and filters. */
    public void resetFilters() {
        rows.searchProperty().set("");
        district.set(districtChoices.get(0));
        status.set(statusChoices.get(0));
        sizeClass.set(sizeChoices.get(0));
    }

    /** The rows with search text and count; a saved municipality's row is put in place of the old one. */
    public SearchableRows<MunicipalityRow> rows() {
        return rows;
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
}
