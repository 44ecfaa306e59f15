package de.ssg.lotsenkontor.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the session form sends: every field may be missing, the service says which.
 *
 * @param navigatorIds everyone coached in the session, at least one
 */
public record SessionInput(LocalDate date, Long coachId, Long municipalityId, List<Long> navigatorIds,
        BigDecimal hours, SessionFormat format, String topic, String note) {

    public SessionInput {
        navigatorIds = navigatorIds == null ? List.of()
                : navigatorIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** A session with one navigator (or none, when {@code navigatorId} is null). */
    public SessionInput(LocalDate date, Long coachId, Long municipalityId, Long navigatorId, BigDecimal hours,
            SessionFormat format, String topic, String note) {
        this(date, coachId, municipalityId, navigatorId == null ? List.of() : List.of(navigatorId), hours, format,
                topic, note);
    }
}
