package de.ssg.lotsenkontor.coaching;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.storage.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** Coaching assignments and sessions; every method is one transaction. */
public class CoachingService {

    private final Database database;

    public CoachingService(Database database) {
        this.database = database;
    }

    /**
     * Assigns a coach to a navigator from {@code from} until {@code until} (open when null).
     * A navigator has at most one active assignment on any day: an open assignment that started
     * earlier is ended the day before; any other overlap is refused.
     */
    public long assign(long coachId, long navigatorId, LocalDate from, LocalDate until) {
        return database.inTransaction(session -> assign(session, coachId, navigatorId, from, until).getId());
    }

    /** The same rule, inside a transaction the caller already holds (imports, demo data). */
    public static CoachingAssignment assign(Session session, long coachId, long navigatorId, LocalDate from,
            LocalDate until) {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new Violation("coaching.field.from", "common.validation.required"));
        } else if (until != null && until.isBefore(from)) {
            violations.add(new Violation("coaching.field.until", "common.validation.notBefore", Formats.date(from)));
        }
        ValidationException.throwIfAny(violations);

        Coach coach = session.find(Coach.class, coachId);
        if (coach == null) {
            throw new NotFoundException(I18n.text("coaching.theCoach"));
        }
        Navigator navigator = session.find(Navigator.class, navigatorId);
        if (navigator == null) {
            throw new NotFoundException(I18n.text("coaching.theNavigator"));
        }
        for (CoachingAssignment existing : assignmentsOf(session, navigator)) {
            if (!existing.overlaps(from, until)) {
                continue;
            }
            boolean openAndEarlier = existing.getValidUntil() == null && existing.getValidFrom().isBefore(from);
            if (openAndEarlier) {
                existing.setValidUntil(from.minusDays(1));
            } else {
                throw new DomainException("coaching.error.overlap", navigator.getFullName(),
                        existing.getCoach().getFullName(), Formats.date(existing.getValidFrom()),
                        existing.getValidUntil() == null ? I18n.text("coaching.open")
                                : Formats.date(existing.getValidUntil()));
            }
        }
        CoachingAssignment assignment = new CoachingAssignment(coach, navigator, from, until);
        session.persist(assignment);
        return assignment;
    }

    /** Ends a navigator's active assignment on {@code lastDay}. */
    public void endAssignment(long assignmentId, LocalDate lastDay) {
        database.inTransactionDo(session -> {
            CoachingAssignment a = session.find(CoachingAssignment.class, assignmentId);
            if (a == null) {
                throw new NotFoundException(I18n.text("coaching.theAssignment"));
            }
            if (lastDay.isBefore(a.getValidFrom())) {
                throw new ValidationException(List.of(new Violation("coaching.field.until",
                        "common.validation.notBefore", Formats.date(a.getValidFrom()))));
            }
            a.setValidUntil(lastDay);
        });
    }

    /** How many assignments are active on {@code day}. */
    public long activeAssignments(LocalDate day) {
        return database.read(session -> session.createSelectionQuery("""
                select count(*) from CoachingAssignment a
                where a.validFrom <= :day and (a.validUntil is null or a.validUntil >= :day)""", Long.class)
                .setParameter("day", day)
                .getSingleResult());
    }

    private static List<CoachingAssignment> assignmentsOf(Session session, Navigator navigator) {
        return session.createSelectionQuery(
                "from CoachingAssignment a join fetch a.coach where a.navigator = :n order by a.validFrom",
                CoachingAssignment.class)
                .setParameter("n", navigator)
                .getResultList();
    }
}
