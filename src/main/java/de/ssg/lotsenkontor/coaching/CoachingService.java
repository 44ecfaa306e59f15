package de.ssg.lotsenkontor.coaching;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.CoachHandover;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.people.PersonDeactivationListener;
import de.ssg.lotsenkontor.storage.Database;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.municipality.Municipality;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Changes coaching assignments and sessions through Hibernate; every public method is one
 * transaction. Reads live in {@link CoachingQueries}. As the people feature's
 * {@link PersonDeactivationListener} it ends the assignments of a person who leaves, inside the
 * deactivation's own transaction.
 */
public class CoachingService implements PersonDeactivationListener {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal MAX_HOURS = new BigDecimal("24");

    private final Database database;
    private final Clock clock;

    public CoachingService(Database database) {
        this(database, Clock.systemDefaultZone());
    }

    public CoachingService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records a coaching session; returns its id. Refuses what the rules forbid, saving nothing. */
    public long recordSession(SessionInput input) {
        return database.inTransaction(session -> {
            CoachingSession s = new CoachingSession();
            apply(session, s, input);
            session.persist(s);
            refreshTotals(session, List.of(cell(s)));
            return s.getId();
        });
    }

    /** Changes session {@code id} if nobody else changed it since {@code expectedVersion}. */
    public void updateSession(long id, int expectedVersion, SessionInput input) {
        database.inTransactionDo(session -> {
            CoachingSession s = storedSession(session, id, expectedVersion);
            CoachingMonthTotals.Cell before = cell(s);
            apply(session, s, input);
            refreshTotals(session, List.of(before, cell(s)));
        });
    }

    /** Deletes session {@code id} if nobody else changed it since {@code expectedVersion}. */
    public void deleteSession(long id, int expectedVersion) {
        database.inTransactionDo(session -> {
            CoachingSession s = storedSession(session, id, expectedVersion);
            CoachingMonthTotals.Cell before = cell(s);
            session.remove(s);
            refreshTotals(session, List.of(before));
        });
    }

    private static CoachingMonthTotals.Cell cell(CoachingSession s) {
        return CoachingMonthTotals.Cell.of(s.getCoach().getId(), s.getDate());
    }

    /** Writes the session to the database, then recomputes the month totals it touched, in the same transaction. */
    private static void refreshTotals(Session session, List<CoachingMonthTotals.Cell> cells) {
        session.flush();
        session.doWork(c -> CoachingMonthTotals.refresh(c, cells));
    }

    private static CoachingSession storedSession(Session session, long id, int expectedVersion) {
        CoachingSession s = session.find(CoachingSession.class, id);
        if (s == null) {
            throw new NotFoundException(I18n.text("coaching.theSession"));
        }
        if (s.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(I18n.text("coaching.theSession"));
        }
        return s;
    }

    private void apply(Session session, CoachingSession s, SessionInput in) {
        List<Violation> violations = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (in.date() == null) {
            violations.add(new Violation("coaching.field.date", "common.validation.required"));
        } else if (in.date().isAfter(today.plusYears(1))) {
            violations.add(new Violation("coaching.field.date", "common.validation.notAfter",
                    Formats.date(today.plusYears(1))));
        }
        if (in.coachId() == null) {
            violations.add(new Violation("coaching.field.coach", "common.validation.required"));
        }
        if (in.municipalityId() == null) {
            violations.add(new Violation("coaching.field.municipality", "common.validation.required"));
        }
        if (in.navigatorIds().isEmpty()) {
            violations.add(new Violation("coaching.field.navigator", "common.validation.required"));
        }
        if (in.hours() == null) {
            violations.add(new Violation("coaching.field.hours", "common.validation.required"));
        } else if (in.hours().signum() <= 0) {
            violations.add(new Violation("coaching.field.hours", "common.validation.positive"));
        } else if (in.hours().remainder(QUARTER).signum() != 0) {
            violations.add(new Violation("coaching.field.hours", "coaching.validation.quarter"));
        } else if (in.hours().compareTo(MAX_HOURS) > 0) {
            violations.add(new Violation("coaching.field.hours", "coaching.validation.maxHours"));
        }
        if (in.format() == null) {
            violations.add(new Violation("coaching.field.format", "common.validation.required"));
        }
        String topic = in.topic() == null ? "" : in.topic().strip();
        if (topic.isEmpty()) {
            violations.add(new Violation("coaching.field.topic", "common.validation.required"));
        } else if (topic.length() > 200) {
            violations.add(new Violation("coaching.field.topic", "common.validation.tooLong", 200));
        }
        String note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (note != null && note.length() > 2000) {
            violations.add(new Violation("coaching.field.note", "common.validation.tooLong", 2000));
        }
        ValidationException.throwIfAny(violations);

        Coach coach = session.find(Coach.class, in.coachId());
        if (coach == null) {
            throw new NotFoundException(I18n.text("coaching.theCoach"));
        }
        Municipality municipality = session.find(Municipality.class, in.municipalityId());
        if (municipality == null) {
            throw new NotFoundException(I18n.text("coaching.theMunicipality"));
        }
        List<Navigator> navigators = new ArrayList<>();
        for (long navigatorId : in.navigatorIds()) {
            Navigator navigator = session.find(Navigator.class, navigatorId);
            if (navigator == null) {
                throw new NotFoundException(I18n.text("coaching.theNavigator"));
            }
            navigators.add(navigator);
        }
        if (!coach.isActiveOn(in.date())) {
            throw new DomainException("coaching.error.coachInactive", coach.getFullName(), Formats.date(in.date()),
                    Formats.date(coach.getActiveFrom()), coach.getActiveUntil() == null ? I18n.text("coaching.open")
                            : Formats.date(coach.getActiveUntil()));
        }
        for (Navigator navigator : navigators) {
            boolean serves = navigator.getMunicipality().getId().equals(municipality.getId())
                    || navigator.getFurtherMunicipalities().stream()
                            .anyMatch(m -> m.getId().equals(municipality.getId()));
            if (!serves) {
                throw new DomainException("coaching.error.otherMunicipality", navigator.getFullName(),
                        navigator.getMunicipality().getName(), municipality.getName());
            }
        }
        s.setDate(in.date());
        s.setCoach(coach);
        s.setMunicipality(municipality);
        s.setNavigators(navigators);
        s.setHours(in.hours().setScale(2, RoundingMode.UNNECESSARY));
        s.setFormat(in.format());
        s.setTopic(topic);
        s.setNote(note);
    }

    /** Adds a topic at the end of the list; a name already there is refused. */
    public long addTopic(String name) {
        String n = topicName(name);
        return database.inTransaction(session -> {
            Long same = session.createSelectionQuery("select count(t) from CoachingTopic t where lower(t.name) = :n",
                    Long.class).setParameter("n", n.toLowerCase(Locale.ROOT)).getSingleResult();
            if (same > 0) {
                throw new DomainException("coaching.error.topicExists", n);
            }
            Integer last = session.createSelectionQuery("select max(t.position) from CoachingTopic t", Integer.class)
                    .getSingleResult();
            CoachingTopic t = new CoachingTopic(n, last == null ? 1 : last + 1);
            session.persist(t);
            session.flush();
            return t.getId();
        });
    }

    /** Renames a topic (sessions keep the name they were recorded with). */
    public void renameTopic(long id, int expectedVersion, String name) {
        String n = topicName(name);
        database.inTransactionDo(session -> {
            CoachingTopic t = session.find(CoachingTopic.class, id);
            if (t == null) {
                throw new NotFoundException(I18n.text("coaching.theTopic"));
            }
            if (t.getVersion() != expectedVersion) {
                throw new ConcurrentChangeException(I18n.text("coaching.theTopic"));
            }
            t.setName(n);
        });
    }

    /** Removes a topic from the list (recorded sessions keep it). */
    public void removeTopic(long id) {
        database.inTransactionDo(session -> {
            CoachingTopic t = session.find(CoachingTopic.class, id);
            if (t != null) {
                session.remove(t);
            }
        });
    }

    private static String topicName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new ValidationException(List.of(new Violation("coaching.field.topic", "common.validation.required")));
        }
        if (n.length() > 200) {
            throw new ValidationException(List.of(new Violation("coaching.field.topic", "common.validation.tooLong",
                    200)));
        }
        return n;
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
                existing.setEndReason(I18n.text("coaching.endReason.reassigned", coach.getFullName()));
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
    public void coachLeaves(Session session, long coachId, LocalDate lastDay, CoachHandover handover) {
        if (handover == null) {
            coachLeaves(session, coachId, lastDay);
            return;
        }
        if (handover.successorId() == coachId) {
            throw new DomainException("coaching.error.handoverToSelf");
        }
        if (handover.from() == null || !handover.from().isAfter(lastDay)) {
            throw new ValidationException(List.of(new Violation("coaching.field.handoverFrom",
                    "coaching.validation.afterLastDay", Formats.date(lastDay))));
        }
        Coach successor = session.find(Coach.class, handover.successorId());
        if (successor == null) {
            throw new NotFoundException(I18n.text("coaching.theCoach"));
        }
        if (!successor.isActiveOn(handover.from())) {
            throw new DomainException("coaching.error.coachInactiveOn", successor.getFullName(),
                    Formats.date(handover.from()));
        }
        List<Long> navigators = session.createSelectionQuery("select a.navigator.id from CoachingAssignment a"
                + " where a.coach.id = :id and a.validFrom <= :day and (a.validUntil is null or a.validUntil > :day)",
                Long.class).setParameter("id", coachId).setParameter("day", lastDay).getResultList();
        endRunningAssignments(session, "coach", coachId, lastDay);
        String reason = I18n.text("coaching.endReason.handedOver", successor.getFullName());
        session.createSelectionQuery("from CoachingAssignment a where a.coach.id = :id and a.validUntil = :day",
                CoachingAssignment.class).setParameter("id", coachId).setParameter("day", lastDay).getResultList()
                .forEach(a -> a.setEndReason(reason));
        for (long navigatorId : navigators) {
            Navigator n = session.find(Navigator.class, navigatorId);
            if (n.getUntil() == null || !n.getUntil().isBefore(handover.from())) {
                assign(session, successor.getId(), navigatorId, handover.from(), n.getUntil());
            }
        }
        session.flush();
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
        String reason = I18n.text("coach".equals(side) ? "coaching.endReason.coachLeft"
                : "coaching.endReason.navigatorLeft");
        running.forEach(a -> {
            a.setValidUntil(lastDay);
            a.setEndReason(reason);
        });
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
