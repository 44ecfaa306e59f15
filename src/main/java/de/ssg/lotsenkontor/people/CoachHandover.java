package de.ssg.lotsenkontor.people;

import java.time.LocalDate;

/** What becomes of a leaving coach's navigators: they go to coach {@code successorId} from {@code from} on. */
public record CoachHandover(long successorId, LocalDate from) {
}
