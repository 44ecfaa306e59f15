package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.importing.CheckedRow;
import de.ssg.lotsenkontor.importing.RowProblem;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the file, read and checked: the values as understood (a municipality found by name
 * or AGS, a status, dates) and what keeps the row from being imported. Plain values, safe to hand
 * to any thread or screen.
 *
 * @param municipality     the municipality found, or null
 * @param municipalityText what the file says about the municipality (name and/or AGS)
 * @param status           the status read, AKTIV when the file says none; null when unreadable
 * @param since            "Tätig seit", today when the file says none; null when unreadable
 */
public record NavigatorImportRow(
        int row,
        String firstName,
        String lastName,
        MunicipalityOption municipality,
        String municipalityText,
        List<MunicipalityOption> furtherMunicipalities,
        String furtherText,
        String department,
        String email,
        String phone,
        NavigatorStatus status,
        LocalDate since,
        LocalDate until,
        List<RowProblem> problems) implements CheckedRow {

    public NavigatorImportRow {
        furtherMunicipalities = List.copyOf(furtherMunicipalities);
        problems = List.copyOf(problems);
    }

    /** "Frieda Fiktiv", with whatever parts are there. */
    public String fullName() {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        return (first + " " + last).trim();
    }

    /** The municipality as found ("Bautzen / Budyšin, Stadt"), else as written. */
    public String municipalityLabel() {
        return municipality != null ? municipality.name() : municipalityText == null ? "" : municipalityText;
    }

    /** The further municipalities as found, else as written. */
    public String furtherLabel() {
        if (!furtherMunicipalities.isEmpty() && valid()) {
            return String.join(", ", furtherMunicipalities.stream().map(MunicipalityOption::name).toList());
        }
        return furtherText == null ? "" : furtherText;
    }

    /** The new navigator this row describes; only for a valid row. */
    public NavigatorChange change() {
        if (!valid()) {
            throw new IllegalStateException("row " + row + " has problems: " + problems);
        }
        return new NavigatorChange(null, 0, firstName, lastName, municipality.id(),
                furtherMunicipalities.stream().map(MunicipalityOption::id).toList(), department, email, phone, status,
                since, until);
    }
}
