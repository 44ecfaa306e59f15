package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.municipality.MunicipalityNames;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the rows of a navigator list are checked against, read from the database at one moment:
 * the municipalities (by id, AGS and name) and the navigators already recorded, and today's date
 * (the default of "Tätig seit"). Read once for a preview, so that changing the column mapping
 * checks again at once; read again inside the import's transaction.
 */
public final class NavigatorImportContext {

    /** A navigator already in the database, for the duplicate message. */
    public record Existing(String fullName, String municipalityName, NavigatorStatus status, LocalDate since) {
    }

    private final MunicipalityNames names;
    private final Map<Long, MunicipalityOption> byId = new HashMap<>();
    private final Map<String, Existing> existing;
    private final LocalDate today;

    /**
     * @param existing navigators by {@link #key}
     */
    public NavigatorImportContext(List<MunicipalityOption> municipalities, Map<String, Existing> existing, LocalDate today) {
        this.names = MunicipalityNames.of(municipalities);
        municipalities.forEach(m -> byId.put(m.id(), m));
        this.existing = Map.copyOf(existing);
        this.today = today;
    }

    /**
     * The duplicate rule of the navigator form: same first and last name (ignoring case and
     * surrounding spaces) in the same municipality.
     */
    public static String key(String firstName, String lastName, long municipalityId) {
        return firstName.trim().toLowerCase(Locale.GERMAN) + '\u0000' + lastName.trim().toLowerCase(Locale.GERMAN)
                + '\u0000' + municipalityId;
    }

    public MunicipalityNames names() {
        return names;
    }

    public MunicipalityOption municipality(long id) {
        return byId.get(id);
    }

    public Existing existing(String key) {
        return existing.get(key);
    }

    public LocalDate today() {
        return today;
    }
}
