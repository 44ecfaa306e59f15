package de.ssg.lotsenkontor.events;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.TextKeys;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorService;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.storage.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Session;

/**
 * Changes events, registrations, attendance and the course modules; every method is one
 * transaction through Hibernate. Invalid input is refused with a {@link ValidationException}
 * naming the field, a change based on an outdated version with a {@link ConcurrentChangeException};
 * nothing is written then. A navigator's status is changed only through {@link NavigatorService}.
 */
public class EventService {

    private final Database database;
    private final EventQueries queries;
    private final NavigatorService navigators;
    private final NavigatorQueries navigatorQueries;
    private final Clock clock;
    private final EventReferences references;

    public EventService(Database database, EventQueries queries, NavigatorQueries navigatorQueries,
            NavigatorService navigators, Clock clock) {
        this(database, queries, navigatorQueries, navigators, EventReferences.NONE, clock);
    }

    /** @param references asked before a deletion what the features built on events keep about the event */
    public EventService(Database database, EventQueries queries, NavigatorQueries navigatorQueries,
            NavigatorService navigators, EventReferences references, Clock clock) {
        this.references = references;
        this.database = database;
        this.queries = queries;
        this.navigators = navigators;
        this.clock = clock;
        this.navigatorQueries = navigatorQueries;
    }

    /** For tests and tools: reads the navigators itself. */
    public EventService(Database database, EventQueries queries, NavigatorService navigators, Clock clock) {
        this(database, queries, new NavigatorQueries(database, new MunicipalityQueries(database),
                new CoachQueries(database, new MunicipalityQueries(database), clock), clock), navigators, clock);
    }

    public EventDetails details(long id) {
        return database.read(session -> details(find(session, id)));
    }

    /** Creates an event ({@code change.id()} null) or saves changes to one. */
    public EventDetails save(EventChange change) {
        return database.inTransaction(session -> {
            List<Violation> violations = new ArrayList<>(change.validate());
            List<Coach> trainers = new ArrayList<>();
            for (Long coachId : change.trainerIds()) {
                Coach coach = session.find(Coach.class, coachId);
                if (coach == null || change.startsOn() != null && !coach.isActiveOn(change.startsOn())) {
                    violations.add(new Violation("events.field.trainers", "events.validation.trainerNotActive",
                            coach == null ? String.valueOf(coachId) : coach.getFullName()));
                } else {
                    trainers.add(coach);
                }
            }
            CourseModule module = null;
            if (change.moduleId() != null) {
                module = session.find(CourseModule.class, change.moduleId());
                if (module == null) {
                    violations.add(new Violation("events.field.module", "events.validation.unknownModule"));
                } else if (!module.isActive() && (change.isNew() || !module.equals(find(session, change.id()).getModule()))) {
                    // an event that has the module already keeps it; a new course cannot choose it
                    violations.add(new Violation("events.field.module", "events.validation.moduleInactive",
                            module.getName()));
                }
            }
            ValidationException.throwIfAny(violations);
            Event event;
            if (change.isNew()) {
                event = new Event(change.type(), Checks.clean(change.title()), change.startsOn());
            } else {
                event = findCurrent(session, change.id(), change.expectedVersion());
                event.setType(change.type());
                event.setTitle(Checks.clean(change.title()));
                event.setStartsOn(change.startsOn());
            }
            event.setModule(module);
            event.setEndsOn(change.endsOn());
            event.setStartsAt(change.startsAt());
            event.setEndsAt(change.endsAt());
            event.setOnline(change.online());
            event.setOnlineLink(change.online() ? Checks.clean(change.onlineLink()) : null);
            event.setLocation(Checks.clean(change.location()));
            event.setCapacity(change.capacity());
            event.setDescription(Checks.clean(change.notes()));
            event.setCoach(trainers.isEmpty() ? null : trainers.get(0));
            // only real changes touch the collection, so an unchanged set does not move the version
            event.getTrainers().retainAll(trainers);
            event.getTrainers().addAll(trainers);
            if (change.isNew()) {
                session.persist(event);
            }
            session.flush();
            return details(event);
        });
    }

    /**
     * Deletes an event entered by mistake; one at which attendance was recorded, or that the
     * {@link EventReferences} name (a linked receipt), is refused.
     */
    public void delete(long id, int expectedVersion) {
        database.inTransactionDo(session -> {
            Event event = findCurrent(session, id, expectedVersion);
            Long recorded = session.createQuery("""
                    SELECT COUNT(a) FROM Attendance a WHERE a.event = :e
                    AND a.status IN (:taken, :absent)""", Long.class)
                    .setParameter("e", event).setParameter("taken", AttendanceStatus.TEILGENOMMEN)
                    .setParameter("absent", AttendanceStatus.NICHT_ERSCHIENEN).getSingleResult();
            if (recorded > 0) {
                throw new DomainException("events.error.deleteRecorded", event.getTitle(), recorded);
            }
            List<String> kept = references.ofEvent(session, id);
            if (!kept.isEmpty()) {
                throw new DomainException("events.error.deleteReferenced", event.getTitle(), String.join(", ", kept));
            }
            session.createMutationQuery("DELETE FROM Attendance a WHERE a.event = :e").setParameter("e", event)
                    .executeUpdate();
            session.remove(event);
        });
    }

    /** Registers a navigator; twice is refused. Above capacity is allowed: see {@link Registration#overCapacity()}. */
    public Registration registerNavigator(long eventId, long navigatorId) {
        long id = database.inTransaction(session -> {
            Event event = find(session, eventId);
            Navigator navigator = session.find(Navigator.class, navigatorId);
            if (navigator == null) {
                throw new NotFoundException(I18n.text("events.navigator.the"));
            }
            Long twice = session.createQuery(
                    "SELECT COUNT(a) FROM Attendance a WHERE a.event = :e AND a.navigator = :n", Long.class)
                    .setParameter("e", event).setParameter("n", navigator).getSingleResult();
            if (twice > 0) {
                throw new ValidationException(List.of(new Violation("events.field.navigator",
                        "events.validation.alreadyRegistered", navigator.getFullName())));
            }
            Attendance a = new Attendance(event, navigator, today());
            session.persist(a);
            session.flush();
            return a.getId();
        });
        return registration(eventId, id);
    }

    /** Registers a guest from a municipality (name, municipality, e-mail); the same name there twice is refused. */
    public Registration registerGuest(long eventId, GuestChange guest) {
        long id = database.inTransaction(session -> {
            Event event = find(session, eventId);
            List<Violation> violations = new ArrayList<>(guest.validate());
            Municipality place = guest.municipalityId() == null ? null
                    : session.find(Municipality.class, guest.municipalityId());
            if (guest.municipalityId() != null && place == null) {
                violations.add(new Violation("events.field.guestMunicipality", "events.validation.unknownMunicipality"));
            }
            ValidationException.throwIfAny(violations);
            String name = Checks.clean(guest.name());
            List<String> sameThere = session.createQuery("""
                    SELECT a.guestName FROM Attendance a WHERE a.event = :e AND a.guestMunicipality = :m""",
                    String.class).setParameter("e", event).setParameter("m", place).getResultList();
            String key = nameKey(name);
            if (sameThere.stream().anyMatch(n -> nameKey(n).equals(key))) {
                throw new ValidationException(List.of(new Violation("events.field.guestName",
                        "events.validation.alreadyRegistered", name)));
            }
            Attendance a = new Attendance(event, name, place, Checks.clean(guest.email()), today());
            session.persist(a);
            session.flush();
            return a.getId();
        });
        return registration(eventId, id);
    }

    private Registration registration(long eventId, long attendanceId) {
        EventRow row = queries.event(eventId);
        ParticipantRow participant = queries.participants(eventId).stream().filter(p -> p.id() == attendanceId)
                .findFirst().orElseThrow(() -> new NotFoundException(I18n.text("events.participant.the")));
        return new Registration(participant, row.registered(), row.capacity());
    }

    /**
     * Records a registered person's state. "teilgenommen" and "nicht erschienen" need the event to
     * have begun: for an event in the future they are refused.
     */
    public void recordAttendance(long attendanceId, int expectedVersion, AttendanceStatus status) {
        database.inTransactionDo(session -> {
            Attendance a = findAttendance(session, attendanceId, expectedVersion);
            LocalDate starts = a.getEvent().getStartsOn();
            if (status == null) {
                throw new ValidationException(List.of(new Violation("events.field.status", "common.validation.required")));
            }
            if (status.recordsTheDay() && starts.isAfter(today())) {
                throw new ValidationException(List.of(new Violation("events.field.status",
                        "events.validation.eventInFuture", I18n.of("events.status", status), Formats.date(starts))));
            }
            a.setStatus(status);
            session.flush();
        });
    }

    /** Takes a registration back (e.g. entered by mistake). */
    public void unregister(long attendanceId, int expectedVersion) {
        database.inTransactionDo(session -> session.remove(findAttendance(session, attendanceId, expectedVersion)));
    }

    // ------------------------------------------------------------------ modules and qualification

    /** Adds a module to the office's list ({@code id} null) or renames one and says whether it is required. */
    public ModuleRow saveModule(Long id, int expectedVersion, String name, boolean basicQualification) {
        return saveModule(id, expectedVersion, name, basicQualification, true);
    }

    /**
     * Adds a module ({@code id} null) or renames it, says whether it is part of the basic qualification
     * and whether it is still offered for new courses. A module of the basic qualification stays
     * active (the office takes it out of the qualification first); past courses keep their module.
     */
    public ModuleRow saveModule(Long id, int expectedVersion, String name, boolean basicQualification,
            boolean active) {
        return database.inTransaction(session -> {
            List<Violation> v = new ArrayList<>();
            if (!active && basicQualification) {
                v.add(new Violation("events.field.moduleActive", "events.validation.requiredModuleStaysActive"));
            }
            Checks.required(v, "events.field.moduleName", name);
            Checks.maxLength(v, "events.field.moduleName", name, 120);
            String clean = Checks.clean(name);
            if (clean != null) {
                List<CourseModule> same = session.createQuery(
                        "FROM CourseModule m WHERE LOWER(m.name) = :n", CourseModule.class)
                        .setParameter("n", clean.toLowerCase(java.util.Locale.ROOT)).getResultList();
                if (same.stream().anyMatch(m -> !m.getId().equals(id))) {
                    v.add(new Violation("events.field.moduleName", "events.validation.moduleExists", clean));
                }
            }
            ValidationException.throwIfAny(v);
            CourseModule module;
            if (id == null) {
                Integer max = session.createQuery("SELECT MAX(m.sortOrder) FROM CourseModule m", Integer.class)
                        .getSingleResult();
                module = new CourseModule(clean, basicQualification, max == null ? 1 : max + 1);
                session.persist(module);
            } else {
                module = session.find(CourseModule.class, id);
                if (module == null) {
                    throw new NotFoundException(I18n.text("events.module.the"));
                }
                if (module.getVersion() != expectedVersion) {
                    throw new ConcurrentChangeException(I18n.text("events.module.named", module.getName()));
                }
                module.setName(clean);
                module.setBasicQualification(basicQualification);
            }
            module.setActive(active);
            session.flush();
            return new ModuleRow(module.getId(), module.getVersion(), module.getName(),
                    module.isBasicQualification(), module.getSortOrder(), module.isActive());
        });
    }

    /**
     * Changes a navigator who completed every required module from IN_QUALIFIZIERUNG to AKTIV,
     * through the people feature. Called only after the office confirmed it; refused when the
     * navigator is not (or no longer) complete, or was changed by someone else meanwhile.
     */
    public NavigatorDetails activateQualified(long navigatorId, int expectedVersion) {
        QualificationRow progress = queries.qualificationOf(navigatorId);
        if (!progress.canBecomeActive()) {
            throw new DomainException("events.error.notQualified", progress.fullName());
        }
        NavigatorDetails d = navigatorQueries.details(navigatorId);
        if (d.version() != expectedVersion) {
            throw new ConcurrentChangeException(I18n.text("events.navigator.named", d.fullName()));
        }
        return navigators.save(new NavigatorChange(d.id(), d.version(), d.firstName(), d.lastName(),
                d.municipality().id(), d.furtherMunicipalities().stream().map(MunicipalityOption::id).toList(),
                d.department(), d.email(), d.phone(), NavigatorStatus.AKTIV, d.since(), d.until()));
    }

    // ------------------------------------------------------------------ helpers

    private static String nameKey(String name) {
        return TextKeys.fold(name).replaceAll("\\s+", " ").trim();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Event find(Session session, long id) {
        Event event = session.find(Event.class, id);
        if (event == null) {
            throw new NotFoundException(I18n.text("events.event.the"));
        }
        return event;
    }

    private static Event findCurrent(Session session, long id, int expectedVersion) {
        Event event = find(session, id);
        if (event.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(I18n.text("events.event.named", event.getTitle()));
        }
        return event;
    }

    private static Attendance findAttendance(Session session, long id, int expectedVersion) {
        Attendance a = session.find(Attendance.class, id);
        if (a == null) {
            throw new NotFoundException(I18n.text("events.participant.the"));
        }
        if (a.getVersion() != expectedVersion) {
            String who = a.getNavigator() != null ? a.getNavigator().getFullName() : a.getGuestName();
            throw new ConcurrentChangeException(I18n.text("events.participant.named", who));
        }
        return a;
    }

    private static EventDetails details(Event e) {
        List<Long> trainers = e.getTrainers().stream()
                .sorted(Comparator.comparing((Coach c) -> e.getCoach() != null && c.getId().equals(e.getCoach().getId())
                        ? 0 : 1).thenComparing(Coach::getLastName).thenComparing(Coach::getFirstName))
                .map(Coach::getId).toList();
        return new EventDetails(e.getId(), e.getVersion(), e.getType(), e.getTitle(),
                e.getModule() == null ? null : e.getModule().getId(), e.getStartsOn(), e.getEndsOn(), e.getStartsAt(),
                e.getEndsAt(), e.getLocation(), e.isOnline(), e.getOnlineLink(), trainers, e.getCapacity(),
                e.getDescription());
    }
}
