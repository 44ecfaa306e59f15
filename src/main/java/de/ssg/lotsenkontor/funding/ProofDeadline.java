package de.ssg.lotsenkontor.funding;

import java.time.LocalDate;

/** A proof of use the funder expects: which, for which year, by when, and whether it was handed in. */
public record ProofDeadline(ProofKind kind, int year, LocalDate due, LocalDate submittedOn, boolean overdue) {

    public boolean open() {
        return submittedOn == null;
    }
}
