package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.District;
import de.ssg.lotsenkontor.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Changes the Digital-Lotsen (coaches) through Hibernate; every method is one transaction. Reads
 * live in {@link CoachQueries}. A coach with
 * history is never deleted, only deactivated by an "active until" date.
 */
public class CoachService {


    private final Database database;
    private final CoachQueries queries;
    private final PersonDeactivationListener departures;
    private final PersonReferences references;

    public CoachService(Database database, CoachQueries queries, PersonDeactivationListener departures) {
        this(database, queries, departures, PersonReferences.NONE);
    }

    /** @param references asked before a deletion what the features built on people keep about the coach */
    public CoachService(Database database, CoachQueries queries, PersonDeactivationListener departures,
            PersonReferences references) {
        this.database = database;
        this.queries = queries;
        this.departures = departures;
        this.references = references;
    }






    /**
     * Creates a coach ({@code change.id()} null) or saves changes to one. Refuses invalid input
     * with a {@link ValidationException} and a change based on an outdated version with a
     * {@link ConcurrentChangeException}; in both cases nothing is written. Setting an "active
     * until" date ends the coach's assignments that run beyond it.
     */
    public CoachDetails save(CoachChange change) {
        return database.inTransaction(session -> {
            Coach coach = change.isNew() ? null : findCurrent(session, change.id(), change.expectedVersion());
            List<Violation> violations = change.validate();
            Set<District> districts = districts(session, change.focusDistrictKeys(), violations);
            boolean ends = change.activeUntil() != null
                    && (coach == null || !Objects.equals(coach.getActiveUntil(), change.activeUntil()));
            if (ends && coach != null) {
                checkNoLaterEvents(session, coach.getId(), change.activeUntil(), violations);
            }
            ValidationException.throwIfAny(violations);

            boolean create = coach == null;
            if (create) {
                coach = new Coach(Checks.clean(change.firstName()), Checks.clean(change.lastName()), change.capacity(),
                        change.activeFrom());
            } else {
                coach.setFirstName(Checks.clean(change.firstName()));
                coach.setLastName(Checks.clean(change.lastName()));
                coach.setCapacity(change.capacity());
                coach.setActiveFrom(change.activeFrom());
            }
            coach.setEmail(Checks.clean(change.email()));
            coach.setPhone(Checks.clean(change.phone()));
            coach.setActiveUntil(change.activeUntil());
            // only real changes touch the collection, so an unchanged set does not move the version
            coach.getFocusDistricts().retainAll(districts);
            coach.getFocusDistricts().addAll(districts);
            if (create) {
                session.persist(coach);
            }
            session.flush();
            if (ends) {
                long id = coach.getId();
                departures.coachLeaves(session, id, change.activeUntil());
            }
            return queries.details(session, coach);
        });
    }

    /**
     * Deactivates a coach: "active until" {@code lastDay}. The coach stays in every report; the
     * assignments running beyond that day end on it.
     */
    public CoachDetails deactivate(long id, int expectedVersion, LocalDate lastDay) {
        return deactivate(id, expectedVersion, lastDay, null);
    }

    /**
     * Deactivates a coach as above; their navigators go to another coach as {@code handover} says
     * (null: they stay without a coach), in the same transaction.
     */
    public CoachDetails deactivate(long id, int expectedVersion, LocalDate lastDay, CoachHandover handover) {
        return database.inTransaction(session -> {
            Coach coach = findCurrent(session, id, expectedVersion);
            List<Violation> violations = new ArrayList<>();
            Checks.required(violations, "people.field.activeUntil", lastDay);
            if (lastDay != null && lastDay.isBefore(coach.getActiveFrom())) {
                violations.add(new Violation("people.field.activeUntil", "common.validation.notBefore",
                        Formats.date(coach.getActiveFrom())));
            }
            checkNoLaterEvents(session, id, lastDay, violations);
            ValidationException.throwIfAny(violations);
            coach.setActiveUntil(lastDay);
            session.flush();
            departures.coachLeaves(session, id, lastDay, handover);
            return queries.details(session, coach);
        });
    }

    /**
     * Deletes a coach who has left no trace (no assignment, session, event, project or anything
     * the {@link PersonReferences} name, such as a linked receipt); anyone
     * else is refused with a message saying what they have.
     */
    public void delete(long id, int expectedVersion) {
        database.inTransactionDo(session -> {
            Coach coach = findCurrent(session, id, expectedVersion);
            PersonHistory history = session.doReturningWork(c -> PersonRecords.coachHistory(c, id));
            if (history.events() > 0) {
                List<String> events = session.doReturningWork(c -> PersonRecords.trainedEvents(c, id, null,
                        NAMED_EVENTS + 1));
                throw new DomainException("people.error.coachHasEvents", coach.getFullName(), history.describe(),
                        named(events));
            }
            if (!history.isEmpty()) {
                throw new DomainException("people.error.coachHasHistory", coach.getFullName(), history.describe());
            }
            List<String> kept = references.ofCoach(session, id);
            if (!kept.isEmpty()) {
                throw new DomainException("people.error.coachHasHistory", coach.getFullName(), String.join(", ", kept));
            }
            session.remove(coach);
        });
    }

    /** How many events a message names at most; more are summarised as "…". */
    private static final int NAMED_EVENTS = 5;

    private static String named(List<String> events) {
        return events.size() > NAMED_EVENTS ? String.join(", ", events.subList(0, NAMED_EVENTS)) + ", …"
                : String.join(", ", events);
    }

    /**
     * A coach who leaves after {@code lastDay} may not still be trainer of an event that starts later:
     * the events are named, so that the office gives them another trainer first.
     */
    private static void checkNoLaterEvents(Session session, long coachId, LocalDate lastDay,
            List<Violation> violations) {
        if (lastDay == null) {
            return;
        }
        List<String> later = session.doReturningWork(c -> PersonRecords.trainedEvents(c, coachId, lastDay,
                NAMED_EVENTS + 1));
        if (!later.isEmpty()) {
            violations.add(new Violation("people.field.activeUntil", "people.validation.trainsLaterEvents",
                    Formats.date(lastDay), named(later)));
        }
    }

    static Coach find(Session session, long id) {
        Coach coach = session.find(Coach.class, id);
        if (coach == null) {
            throw new NotFoundException(I18n.text("people.coach.the"));
        }
        return coach;
    }

    /** The coach, if nobody changed it since the form read {@code expectedVersion}. */
    private static Coach findCurrent(Session session, long id, int expectedVersion) {
        Coach coach = find(session, id);
        if (coach.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(I18n.text("people.coach.named", coach.getFullName()));
        }
        return coach;
    }

    private static Set<District> districts(Session session, Set<String> keys, List<Violation> violations) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<District> found = session.createSelectionQuery("from District d where d.key in :keys", District.class)
                .setParameter("keys", keys)
                .getResultList();
        if (found.size() != keys.size()) {
            violations.add(new Violation("people.field.focusDistricts", "people.validation.unknownDistrict"));
        }
        return new HashSet<>(found);
    }




}
