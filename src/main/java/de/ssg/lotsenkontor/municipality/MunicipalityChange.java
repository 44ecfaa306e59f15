package de.ssg.lotsenkontor.municipality;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A change of a municipality's participation status, dated and with a note, as entered in the
 * detail form. {@code expectedVersion} is the version the form was read at.
 */
public record MunicipalityChange(
        long id,
        int expectedVersion,
        ParticipationStatus status,
        LocalDate statusDate,
        String note) {

    public static final int NOTE_MAX = 1000;

    /**
     * Checks the change against the municipality as it was read. Used live by the form (to
     * disable saving and say why) and again by the service before anything is written.
     */
    public List<Violation> validate(MunicipalityDetails current, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        Checks.required(v, "municipality.field.status", status);
        if (changesStatus(current)) {
            Checks.required(v, "municipality.field.statusDate", statusDate);
            if (statusDate != null) {
                if (statusDate.isAfter(today)) {
                    v.add(new Violation("municipality.field.statusDate", "common.validation.inFuture"));
                }
                LocalDate last = current.lastStatusDate();
                if (last != null && statusDate.isBefore(last)) {
                    v.add(new Violation("municipality.field.statusDate", "municipality.validation.beforeLastStatus",
                            Formats.date(last)));
                }
            }
        }
        Checks.maxLength(v, "municipality.field.note", note, NOTE_MAX);
        return v;
    }

    /** Whether this change would record a new participation status. */
    public boolean changesStatus(MunicipalityDetails current) {
        return status != null && status != current.status();
    }
}
