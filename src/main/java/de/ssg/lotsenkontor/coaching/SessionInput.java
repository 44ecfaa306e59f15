package de.ssg.lotsenkontor.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the session form sends: every field may be missing, the service says which. */
public record SessionInput(LocalDate date, Long coachId, Long municipalityId, Long navigatorId, BigDecimal hours,
        SessionFormat format, String topic, String note) {
}
