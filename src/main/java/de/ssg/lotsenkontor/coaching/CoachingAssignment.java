package de.ssg.lotsenkontor.coaching;

import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.Navigator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A coach looks after a navigator from {@code validFrom} until {@code validUntil} (open when
 * null). At most one assignment per navigator is active on any day; {@link CoachingService}
 * enforces it.
 */
@Entity
@Table(name = "coaching_assignment")
public class CoachingAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coach_id", nullable = false)
    private Coach coach;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "navigator_id", nullable = false)
    private Navigator navigator;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(length = 1000)
    private String note;

    @Column(name = "end_reason", length = 200)
    private String endReason;

    @Version
    private int version;

    protected CoachingAssignment() {
    }

    public CoachingAssignment(Coach coach, Navigator navigator, LocalDate validFrom, LocalDate validUntil) {
        this.coach = coach;
        this.navigator = navigator;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public Long getId() {
        return id;
    }

    public Coach getCoach() {
        return coach;
    }

    public Navigator getNavigator() {
        return navigator;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    /** Why the assignment ended (reassigned, coach left …), or null while it runs. */
    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Active on {@code day}. */
    public boolean isActiveOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(LocalDate from, LocalDate until) {
        boolean startsBeforeOtherEnds = until == null || !validFrom.isAfter(until);
        boolean endsAfterOtherStarts = validUntil == null || !validUntil.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public int getVersion() {
        return version;
    }
}
