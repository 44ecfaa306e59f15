package de.ssg.lotsenkontor.coaching;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.people.PersonDeactivationListener;
import de.ssg.lotsenkontor.storage.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Changes coaching assignments and sessions through Hibernate; every public method is one
 * transaction. Reads live in {@link CoachingQueries}. As the people feature's
 * {@link PersonDeactivationListener} it ends the assignments of a person who leaves, inside the
 * deactivation's own transaction.
 */
public class CoachingService implements PersonDeactivationListener {

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

    @Override
    public void coachLeaves(Session session, long coachId, LocalDate lastDay) {
        endRunningAssignments(session, "coach", coachId, lastDay);
    }

    @Override
    public void navigatorLeaves(Session session, long navigatorId, LocalDate lastDay) {
        endRunningAssignments(session, "navigator", navigatorId, lastDay);
    }

    /**
     * Ends every assignment of a person that runs beyond {@code lastDay} on that day: someone who
     * leaves the programme neither coaches nor is coached afterwards. An assignment that only
     * starts after that day cannot be ended on it; it is refused with a message naming it.
     *
     * @param side {@code coach} or {@code navigator}, a constant, never input
     */
    private static void endRunningAssignments(Session session, String side, long personId, LocalDate lastDay) {
        List<CoachingAssignment> running = session.createSelectionQuery("from CoachingAssignment a"
                + " join fetch a.coach join fetch a.navigator where a." + side + ".id = :id"
                + " and (a.validUntil is null or a.validUntil > :day) order by a.validFrom", CoachingAssignment.class)
                .setParameter("id", personId)
                .setParameter("day", lastDay)
                .getResultList();
        for (CoachingAssignment a : running) {
            if (a.getValidFrom().isAfter(lastDay)) {
                throw new DomainException("coaching.error.assignmentStartsLater", a.getNavigator().getFullName(),
                        a.getCoach().getFullName(), Formats.date(a.getValidFrom()), Formats.date(lastDay));
            }
        }
        // each ended assignment moves its version on: a form that shows it notices the change
        running.forEach(a -> a.setValidUntil(lastDay));
        session.flush();
    }

    private static List<CoachingAssignment> assignmentsOf(Session session, Navigator navigator) {
        return session.createSelectionQuery(
                "from CoachingAssignment a join fetch a.coach where a.navigator = :n order by a.validFrom",
                CoachingAssignment.class)
                .setParameter("n", navigator)
                .getResultList();
    }
}
