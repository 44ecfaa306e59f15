package de.ssg.lotsenkontor.municipality.directoryimport;

import de.ssg.lotsenkontor.municipality.DirectoryStand;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * The differences between one edition of the official directory and the database, computed
 * before anything changes: plain values, safe to show on any thread or screen.
 *
 * <p>A municipality may be both renamed and changed (its other fields). Vanished ones are in the
 * database (for the chosen state) but no longer in the file; applying marks them as no longer
 * existing, and those that still have navigators, projects, sessions, participation history or
 * contacts are {@linkplain #toResolve() listed for the user to resolve}.
 *
 * @param found          municipalities of the chosen state(s) in the file
 * @param unincorporated unincorporated areas (gemeindefreie Gebiete) in the file, not taken
 * @param units          districts and associations that are created, renamed, changed or removed
 * @param current        the edition the data in use comes from, null if none was recorded
 * @param warnings       German sentences the user should read before applying
 */
public record DirectoryPreview(
        String fileName,
        String sheetName,
        LocalDate referenceDate,
        StateFilter state,
        String stateName,
        int found,
        int unincorporated,
        List<Added> added,
        List<Renamed> renamed,
        List<Changed> changed,
        List<Vanished> vanished,
        List<UnitChange> units,
        DirectoryStand current,
        List<String> warnings) {

    /** A municipality that is new to the database. */
    public record Added(String ags, String name, MunicipalityType type, String districtName, Integer population) {
    }

    /** A municipality whose name changed. */
    public record Renamed(String ags, String oldName, String newName) {
    }

    /** A municipality with other fields changed; {@code name} is its new name. */
    public record Changed(String ags, String name, List<FieldChange> changes) {
    }

    /** One changed field with its old and new value (typed: Integer, BigDecimal, String, enum, LocalDate; null = none). */
    public record FieldChange(Field field, Object oldValue, Object newValue) {
    }

    /** The fields of a municipality that an edition may change (besides its name). */
    public enum Field {
        TYPE, DISTRICT, ASSOCIATION, POPULATION, AREA, POSTCODE, LONGITUDE, LATITUDE, ARS, DISSOLVED
    }

    /** A municipality in the database that the file no longer lists (merged into another, say). */
    public record Vanished(String ags, String name, String districtName, References references) {

        /** True when data of the programme hangs on it: the user has to decide what becomes of it. */
        public boolean needsResolution() {
            return references.any();
        }
    }

    /** What of the programme refers to a municipality. */
    public record References(int navigators, int projects, int sessions, int participationEntries, int contacts,
            ParticipationStatus status) {

        public static final References NONE = new References(0, 0, 0, 0, 0, ParticipationStatus.NICHT_BETEILIGT);

        public boolean any() {
            return navigators > 0 || projects > 0 || sessions > 0 || participationEntries > 0 || contacts > 0
                    || (status != null && status != ParticipationStatus.NICHT_BETEILIGT);
        }
    }

    /** A district or association that is created, renamed, changed or removed. */
    public record UnitChange(UnitKind kind, String key, String oldName, String newName) {
    }

    public enum UnitKind {
        DISTRICT_ADDED, DISTRICT_RENAMED, DISTRICT_CHANGED,
        ASSOCIATION_ADDED, ASSOCIATION_RENAMED, ASSOCIATION_CHANGED, ASSOCIATION_REMOVED
    }

    /** Whether applying would change any municipality, district or association. */
    public boolean hasChanges() {
        return !added.isEmpty() || !renamed.isEmpty() || !changed.isEmpty() || !vanished.isEmpty() || !units.isEmpty();
    }

    /** Vanished municipalities that still have data of the programme attached. */
    public List<Vanished> toResolve() {
        return vanished.stream().filter(Vanished::needsResolution).toList();
    }

    /** Whether the file is an older edition than the data in use. */
    public boolean olderThanCurrent() {
        return current != null && referenceDate.isBefore(current.referenceDate());
    }
}
