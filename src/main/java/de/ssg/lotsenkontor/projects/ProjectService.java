package de.ssg.lotsenkontor.projects;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.projects.ProjectDetails.StatusStep;
import de.ssg.lotsenkontor.storage.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Changes local projects; every method is one transaction through Hibernate. Every status change
 * is dated and kept in the history; a jump that skips a step is refused with
 * {@link SkipNeedsConfirmation} unless the caller says it was confirmed.
 */
public class ProjectService {

    /** A status jump over steps that the user has not confirmed yet; names the skipped steps. */
    public static final class SkipNeedsConfirmation extends DomainException {
        private static final long serialVersionUID = 1L;
        private final transient List<ProjectStatus> skipped;

        SkipNeedsConfirmation(ProjectStatus from, ProjectStatus to, List<ProjectStatus> skipped) {
            super("projects.error.skipNeedsConfirmation", I18n.of("projects.status", from),
                    I18n.of("projects.status", to),
                    skipped.stream().map(s -> I18n.of("projects.status", s)).collect(Collectors.joining(", ")));
            this.skipped = List.copyOf(skipped);
        }

        public List<ProjectStatus> skipped() {
            return skipped;
        }
    }

    private final Database database;
    private final Clock clock;

    public ProjectService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public ProjectDetails details(long id) {
        return database.read(session -> details(session, find(session, id)));
    }

    /** Creates a project (as an idea, dated today) or saves changes to its fields. */
    public ProjectDetails save(ProjectChange change) {
        return database.inTransaction(session -> {
            List<Violation> violations = new ArrayList<>(change.validate());
            Municipality place = change.municipalityId() == null ? null
                    : session.find(Municipality.class, change.municipalityId());
            if (change.municipalityId() != null && place == null) {
                violations.add(new Violation("projects.field.municipality", "projects.validation.unknown"));
            }
            Coach coach = change.coachId() == null ? null : session.find(Coach.class, change.coachId());
            if (change.coachId() != null && coach == null) {
                violations.add(new Violation("projects.field.coach", "projects.validation.unknown"));
            }
            Set<Navigator> team = new LinkedHashSet<>();
            for (Long id : change.navigatorIds()) {
                Navigator n = session.find(Navigator.class, id);
                if (n == null) {
                    violations.add(new Violation("projects.field.navigators", "projects.validation.unknown"));
                } else {
                    team.add(n);
                }
            }
            ValidationException.throwIfAny(violations);
            LocalProject project;
            boolean create = change.isNew();
            if (create) {
                project = new LocalProject(Checks.clean(change.title()), place, ProjectStatus.IDEE);
            } else {
                project = findCurrent(session, change.id(), change.expectedVersion());
                project.setTitle(Checks.clean(change.title()));
                project.setMunicipality(place);
            }
            project.setCoach(coach);
            project.setTopic(Checks.clean(change.topic()));
            project.setDescription(Checks.clean(change.description()));
            project.setOutcome(Checks.clean(change.outcome()));
            project.setStartedOn(change.startedOn());
            project.setFinishedOn(change.finishedOn());
            project.setBestPractice(change.bestPractice());
            project.getNavigators().retainAll(team);
            project.getNavigators().addAll(team);
            Navigator contact = change.contactNavigatorId() == null ? null
                    : team.stream().filter(n -> n.getId().equals(change.contactNavigatorId())).findFirst().orElse(null);
            project.setContactNavigator(contact);
            if (create) {
                session.persist(project);
                session.persist(new ProjectStatusChange(project, ProjectStatus.IDEE, today(), now(), null));
            }
            session.flush();
            return details(session, project);
        });
    }

    /**
     * Moves a project to {@code to} on {@code on}; the step is kept in the history. A jump that
     * skips steps needs {@code skipConfirmed}; going back or leaving a finished or aborted project
     * is refused. Starting (IN_UMSETZUNG, or a jump past it) sets the start date if empty;
     * finishing or aborting sets the end date.
     */
    public ProjectDetails changeStatus(long id, int expectedVersion, ProjectStatus to, LocalDate on, String note,
            boolean skipConfirmed) {
        return database.inTransaction(session -> {
            LocalProject project = findCurrent(session, id, expectedVersion);
            ProjectStatus from = project.getStatus();
            List<Violation> v = new ArrayList<>();
            Checks.required(v, "projects.field.statusDate", on);
            Checks.required(v, "projects.field.status", to);
            Checks.maxLength(v, "projects.field.statusNote", note, 1000);
            List<StatusStep> history = history(session, project);
            LocalDate last = history.isEmpty() ? null : history.get(history.size() - 1).changedOn();
            if (on != null && on.isAfter(today())) {
                v.add(new Violation("projects.field.statusDate", "common.validation.inFuture"));
            }
            if (on != null && last != null && on.isBefore(last)) {
                v.add(new Violation("projects.field.statusDate", "common.validation.notBefore", Formats.date(last)));
            }
            ValidationException.throwIfAny(v);
            ProjectWorkflow.Move move = ProjectWorkflow.move(from, to);
            if (move == ProjectWorkflow.Move.NOT_ALLOWED) {
                throw new ValidationException(List.of(new Violation("projects.field.status",
                        "projects.validation.moveNotAllowed", I18n.of("projects.status", from),
                        I18n.of("projects.status", to))));
            }
            if (move == ProjectWorkflow.Move.SKIPS_STEPS && !skipConfirmed) {
                throw new SkipNeedsConfirmation(from, to, ProjectWorkflow.skipped(from, to));
            }
            project.setStatus(to);
            boolean started = to.ordinal() >= ProjectStatus.IN_UMSETZUNG.ordinal() && to != ProjectStatus.ABGEBROCHEN;
            if (started && project.getStartedOn() == null) {
                project.setStartedOn(on);
            }
            if (ProjectWorkflow.isFinal(to)) {
                if (project.getStartedOn() != null && on.isBefore(project.getStartedOn())) {
                    throw new ValidationException(List.of(new Violation("projects.field.statusDate",
                            "common.validation.notBefore", Formats.date(project.getStartedOn()))));
                }
                project.setFinishedOn(on);
            }
            session.persist(new ProjectStatusChange(project, to, on, now(), Checks.clean(note)));
            session.flush();
            return details(session, project);
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static LocalProject find(Session session, long id) {
        LocalProject p = session.find(LocalProject.class, id);
        if (p == null) {
            throw new NotFoundException(I18n.text("projects.project.the"));
        }
        return p;
    }

    private static LocalProject findCurrent(Session session, long id, int expectedVersion) {
        LocalProject p = find(session, id);
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(I18n.text("projects.project.named", p.getTitle()));
        }
        return p;
    }

    private static List<StatusStep> history(Session session, LocalProject p) {
        if (p.getId() == null) {
            return List.of();
        }
        return session.createQuery("""
                SELECT s FROM ProjectStatusChange s WHERE s.project = :p ORDER BY s.changedOn, s.id""",
                ProjectStatusChange.class).setParameter("p", p).getResultList().stream()
                .map(s -> new StatusStep(s.getStatus(), s.getChangedOn(), s.getNote())).toList();
    }

    private static ProjectDetails details(Session session, LocalProject p) {
        List<Long> team = p.getNavigators().stream()
                .sorted(Comparator.comparing(Navigator::getLastName).thenComparing(Navigator::getFirstName))
                .map(Navigator::getId).toList();
        return new ProjectDetails(p.getId(), p.getVersion(), p.getTitle(), p.getMunicipality().getId(), team,
                p.getContactNavigator() == null ? null : p.getContactNavigator().getId(),
                p.getCoach() == null ? null : p.getCoach().getId(), p.getStatus(), p.getTopic(), p.getDescription(),
                p.getOutcome(), p.getStartedOn(), p.getFinishedOn(), p.isBestPractice(), history(session, p));
    }
}
