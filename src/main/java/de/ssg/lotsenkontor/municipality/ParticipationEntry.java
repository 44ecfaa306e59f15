package de.ssg.lotsenkontor.municipality;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a municipality's participation history. */
public record ParticipationEntry(ParticipationStatus status, LocalDate validFrom, String note, Instant recordedAt) {
}
