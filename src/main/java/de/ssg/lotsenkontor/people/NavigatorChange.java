package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A new navigator ({@code id} null) or what the user changed of one. {@code expectedVersion} is
 * the version the form was read at.
 *
 * @param furtherMunicipalityIds further municipalities served, all of the same administrative
 *                               association as {@code municipalityId}
 */
public record NavigatorChange(
        Long id,
        int expectedVersion,
        String firstName,
        String lastName,
        Long municipalityId,
        List<Long> furtherMunicipalityIds,
        String department,
        String email,
        String phone,
        NavigatorStatus status,
        LocalDate since,
        LocalDate until) {

    public static final int NAME_MAX = 80;
    public static final int DEPARTMENT_MAX = 160;

    public NavigatorChange {
        // the main municipality is no "further" one, and each counts once
        LinkedHashSet<Long> further = new LinkedHashSet<>(furtherMunicipalityIds == null ? List.of()
                : furtherMunicipalityIds);
        further.remove(municipalityId);
        furtherMunicipalityIds = List.copyOf(further);
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * Checks the input. Used live by the form (to disable saving and say why) and again by the
     * service, with the municipalities as stored, before anything is written.
     *
     * @param municipalities finds a municipality by id (null when unknown)
     */
    public List<Violation> validate(LongFunction<MunicipalityOption> municipalities) {
        List<Violation> v = new ArrayList<>();
        Checks.required(v, "people.field.firstName", firstName);
        Checks.maxLength(v, "people.field.firstName", firstName, NAME_MAX);
        Checks.required(v, "people.field.lastName", lastName);
        Checks.maxLength(v, "people.field.lastName", lastName, NAME_MAX);

        Checks.required(v, "people.field.municipality", municipalityId);
        MunicipalityOption main = municipalityId == null ? null : municipalities.apply(municipalityId);
        if (municipalityId != null && main == null) {
            v.add(new Violation("people.field.municipality", "people.validation.unknownMunicipality"));
        }
        if (main != null && !furtherMunicipalityIds.isEmpty()) {
            if (main.associationId() == null) {
                v.add(new Violation("people.field.furtherMunicipalities", "people.validation.noAssociation",
                        main.name()));
            } else {
                for (Long id : furtherMunicipalityIds) {
                    MunicipalityOption other = municipalities.apply(id);
                    if (other == null) {
                        v.add(new Violation("people.field.furtherMunicipalities",
                                "people.validation.unknownMunicipality"));
                    } else if (!other.sameAssociationAs(main)) {
                        v.add(new Violation("people.field.furtherMunicipalities", "people.validation.otherAssociation",
                                other.name(), main.associationName()));
                    }
                }
            }
        }

        Checks.maxLength(v, "people.field.department", department, DEPARTMENT_MAX);
        Checks.email(v, "people.field.email", email);
        Checks.maxLength(v, "people.field.email", email, 254);
        Checks.phone(v, "people.field.phone", phone);

        Checks.required(v, "people.field.status", status);
        Checks.required(v, "people.field.since", since);
        if (since != null && until != null && until.isBefore(since)) {
            v.add(new Violation("people.field.until", "common.validation.notBefore", Formats.date(since)));
        }
        // "inactive" and an end date belong together: deactivation keeps the navigator in reports until then
        if (status == NavigatorStatus.INAKTIV && until == null) {
            v.add(new Violation("people.field.until", "people.validation.untilWhenInactive"));
        }
        if (status != null && status != NavigatorStatus.INAKTIV && until != null) {
            v.add(new Violation("people.field.status", "people.validation.inactiveWhenUntil"));
        }
        return v;
    }
}
