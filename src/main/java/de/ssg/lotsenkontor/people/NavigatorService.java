package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * Changes the Digital-Navigatoren through Hibernate; every method is one transaction. Reads live
 * in {@link NavigatorQueries}. A navigator with
 * history is never deleted: deactivation (status INAKTIV with an end date) keeps them in reports.
 */
public class NavigatorService {


    private final Database database;
    private final NavigatorQueries queries;
    private final PersonDeactivationListener departures;

    public NavigatorService(Database database, NavigatorQueries queries, PersonDeactivationListener departures) {
        this.database = database;
        this.queries = queries;
        this.departures = departures;
    }





    /**
     * Creates a navigator ({@code change.id()} null) or saves changes to one. Refuses invalid
     * input (including further municipalities outside the association and a second navigator of
     * the same name in the same municipality) with a {@link ValidationException}, and a change
     * based on an outdated version with a {@link ConcurrentChangeException}; in both cases nothing
     * is written. Status INAKTIV with an end date ends the navigator's assignment on that day.
     */
    public NavigatorDetails save(NavigatorChange change) {
        return database.inTransaction(session -> {
            Navigator navigator = change.isNew() ? null
                    : findCurrent(session, change.id(), change.expectedVersion());
            Map<Long, Municipality> places = municipalities(session, change);
            List<Violation> violations = change.validate(id -> {
                Municipality m = places.get(id);
                return m == null ? null : NavigatorQueries.option(m);
            });
            if (violations.isEmpty()) {
                duplicateOf(session, change).ifPresent(violations::add);
            }
            ValidationException.throwIfAny(violations);

            boolean ends = change.status() == NavigatorStatus.INAKTIV && (navigator == null
                    || navigator.getStatus() != NavigatorStatus.INAKTIV
                    || !Objects.equals(navigator.getUntil(), change.until()));
            Municipality main = places.get(change.municipalityId());
            boolean create = navigator == null;
            if (create) {
                navigator = new Navigator(Checks.clean(change.firstName()), Checks.clean(change.lastName()), main,
                        change.status(), change.since());
            } else {
                navigator.setFirstName(Checks.clean(change.firstName()));
                navigator.setLastName(Checks.clean(change.lastName()));
                navigator.setMunicipality(main);
                navigator.setStatus(change.status());
                navigator.setSince(change.since());
            }
            navigator.setUntil(change.until());
            navigator.setDepartment(Checks.clean(change.department()));
            navigator.setEmail(Checks.clean(change.email()));
            navigator.setPhone(Checks.clean(change.phone()));
            Set<Municipality> further = new LinkedHashSet<>();
            change.furtherMunicipalityIds().forEach(id -> further.add(places.get(id)));
            // only real changes touch the collection, so an unchanged set does not move the version
            navigator.getFurtherMunicipalities().retainAll(further);
            navigator.getFurtherMunicipalities().addAll(further);
            if (create) {
                session.persist(navigator);
            }
            session.flush();
            if (ends && navigator.getId() != null) {
                long id = navigator.getId();
                departures.navigatorLeaves(session, id, change.until());
            }
            return queries.details(session, navigator);
        });
    }

    /**
     * Deactivates a navigator: status INAKTIV, working until {@code lastDay}. They stay in every
     * report; an assignment running beyond that day ends on it.
     */
    public NavigatorDetails deactivate(long id, int expectedVersion, LocalDate lastDay) {
        return database.inTransaction(session -> {
            Navigator navigator = findCurrent(session, id, expectedVersion);
            List<Violation> violations = new ArrayList<>();
            Checks.required(violations, "people.field.until", lastDay);
            if (lastDay != null && lastDay.isBefore(navigator.getSince())) {
                violations.add(new Violation("people.field.until", "common.validation.notBefore",
                        Formats.date(navigator.getSince())));
            }
            ValidationException.throwIfAny(violations);
            navigator.setStatus(NavigatorStatus.INAKTIV);
            navigator.setUntil(lastDay);
            session.flush();
            departures.navigatorLeaves(session, id, lastDay);
            return queries.details(session, navigator);
        });
    }

    /**
     * Deletes a navigator who has left no trace (no assignment, session, attendance or project),
     * e.g. one entered by mistake; anyone else is refused with a message saying what they have.
     */
    public void delete(long id, int expectedVersion) {
        database.inTransactionDo(session -> {
            Navigator navigator = findCurrent(session, id, expectedVersion);
            PersonHistory history = session.doReturningWork(c -> PersonRecords.navigatorHistory(c, id));
            if (!history.isEmpty()) {
                throw new DomainException("people.error.navigatorHasHistory", navigator.getFullName(),
                        history.describe());
            }
            session.remove(navigator);
        });
    }

    static Navigator find(Session session, long id) {
        Navigator navigator = session.find(Navigator.class, id);
        if (navigator == null) {
            throw new NotFoundException(I18n.text("people.navigator.the"));
        }
        return navigator;
    }

    /** The navigator, if nobody changed it since the form read {@code expectedVersion}. */
    private static Navigator findCurrent(Session session, long id, int expectedVersion) {
        Navigator navigator = find(session, id);
        if (navigator.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(I18n.text("people.navigator.named", navigator.getFullName()));
        }
        return navigator;
    }

    /** The municipalities the change refers to, as stored; unknown ids are left out (and reported). */
    private static Map<Long, Municipality> municipalities(Session session, NavigatorChange change) {
        Map<Long, Municipality> out = new HashMap<>();
        List<Long> ids = new ArrayList<>(change.furtherMunicipalityIds());
        if (change.municipalityId() != null) {
            ids.add(change.municipalityId());
        }
        for (Long id : ids) {
            Municipality m = session.find(Municipality.class, id);
            if (m != null) {
                out.put(id, m);
            }
        }
        return out;
    }

    /** Another navigator of the same first and last name (ignoring case) in the same municipality. */
    private static Optional<Violation> duplicateOf(Session session, NavigatorChange change) {
        String hql = "from Navigator n join fetch n.municipality where lower(n.firstName) = :first"
                + " and lower(n.lastName) = :last and n.municipality.id = :municipality"
                + (change.isNew() ? "" : " and n.id <> :id");
        var query = session.createSelectionQuery(hql, Navigator.class)
                .setParameter("first", change.firstName().trim().toLowerCase(Locale.GERMAN))
                .setParameter("last", change.lastName().trim().toLowerCase(Locale.GERMAN))
                .setParameter("municipality", change.municipalityId());
        if (!change.isNew()) {
            query.setParameter("id", change.id());
        }
        return query.setMaxResults(1).getResultList().stream().findFirst()
                .map(existing -> new Violation("people.field.name", "people.validation.duplicateNavigator",
                        existing.getFullName(), existing.getMunicipality().getName(),
                        I18n.of("people.status", existing.getStatus()), Formats.date(existing.getSince())));
    }





}
