package de.ssg.lotsenkontor.funding;

/** What an expense may be booked for besides its category: a coach's travel, or an event. */
public record ExpenseLink(Kind kind, long id, String label) {

    public enum Kind { COACH, EVENT }

    @Override
    public String toString() {
        return label;
    }
}
