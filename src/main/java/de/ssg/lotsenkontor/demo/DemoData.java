package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.storage.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a database with a deterministic, fictional programme on the real municipalities: coaches,
 * navigators, assignments with history, coaching sessions, events, local projects and the
 * finances. The same scale and seed always give the same data: every choice comes from one seeded
 * random source, municipalities are taken in AGS order, and dates are anchored to the fixed
 * programme years ({@link DemoCalendar}), never to the day the generator runs.
 *
 * <p>Everything is written in one transaction: small numbers of entities through Hibernate (so that
 * the domain rules, e.g. {@code CoachingService.assign}, apply), the bulk tables through JDBC
 * batches on the same connection. A failure or a cancellation leaves the database as it was.
 */
public class DemoData {

    public static final long DEFAULT_SEED = 2026L;
    public static final int MAX_SCALE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final int STEPS = 9;

    private final Database database;
    // Kept for the callers' wiring; content deliberately does not depend on the current date.
    @SuppressWarnings("unused")
    private final Clock clock;

    public DemoData(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Generates the demo programme. Refuses a database that already holds programme data with a
     * {@link DomainException}; may end with a {@link java.util.concurrent.CancellationException}
     * from {@code progress}. In both cases nothing is written.
     */
    public DemoSummary generate(int scale, long seed, Progress progress) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new DomainException("demo.error.scale", MAX_SCALE);
        }
        long start = System.nanoTime();
        DemoProgress steps = new DemoProgress(progress, STEPS);
        steps.begin("demo.step.check");
        DemoSummary summary = database.inTransaction(session -> write(session, scale, seed, steps));
        steps.finish();
        LOG.info("Demo data (scale {}, seed {}) written in {} ms ({}): {}", scale, seed,
                (System.nanoTime() - start) / 1_000_000, steps.timings(), summary);
        return summary;
    }

    private static DemoSummary write(Session session, int scale, long seed, DemoProgress steps) {
        session.doWork(DemoData::refuseIfNotEmpty);
        List<DemoMunicipality> municipalities = session.doReturningWork(DemoMunicipalities::load);
        if (municipalities.isEmpty()) {
            throw new DomainException("demo.error.noMunicipalities");
        }

        // One independent random stream per part, always split in this order.
        DemoRandom random = new DemoRandom(seed);
        DemoNames names = new DemoNames(random.split());
        DemoMunicipalities participation = new DemoMunicipalities(random.split(), names);
        DemoPeople people = new DemoPeople(random.split(), names);
        DemoRandom coachingRandom = random.split();
        DemoEvents events = new DemoEvents(random.split());
        DemoProjects projects = new DemoProjects(random.split());
        DemoFinance finance = new DemoFinance(random.split(), names);

        steps.begin("demo.step.municipalities");
        List<DemoParticipant> participants = participation.plan(municipalities, scale);
        participation.writeParticipation(session, participants);
        session.flush();
        int contacts = session.doReturningWork(c -> participation.writeContacts(c, participants));

        steps.begin("demo.step.people");
        List<DemoCoach> coaches = people.writeCoaches(session, scale);
        List<DemoNavigator> navigators = people.writeNavigators(session, participants, scale, steps);

        steps.begin("demo.step.assignments");
        DemoCoaching coaching = new DemoCoaching(coachingRandom, coaches);
        int assignments = coaching.writeAssignments(session, navigators, steps);

        steps.begin("demo.step.sessions");
        int sessions = session.doReturningWork(c -> coaching.writeSessions(c, navigators,
                DemoCoaching.SESSIONS_PER_SCALE * scale, steps));

        steps.begin("demo.step.events");
        int[] eventCounts = session.doReturningWork(c -> events.write(c, DemoEvents.EVENTS_PER_SCALE * scale, coaches,
                navigators, participants, steps));

        steps.begin("demo.step.projects");
        int projectCount = session.doReturningWork(c -> projects.write(c, DemoProjects.PROJECTS_PER_SCALE * scale,
                navigators, coaching, steps));

        steps.begin("demo.step.finance");
        DemoFinance.Result money = finance.write(session, scale, coaches, participants, steps);

        steps.begin("demo.step.commit");
        session.flush();
        int participating = (int) participants.stream().filter(p -> p.status().isParticipating()).count();
        LOG.debug("Demo data: {} contact persons, {} attendances, {} budget lines, {} funds requests", contacts,
                eventCounts[1], money.budgetLines(), money.fundsRequests());
        return new DemoSummary(coaches.size(), navigators.size(), participating, assignments, sessions,
                eventCounts[0], projectCount, money.contracts(), money.expenses());
    }

    /** Demo data only goes into a database without programme data, so that nothing is mixed up. */
    private static void refuseIfNotEmpty(Connection c) throws SQLException {
        long coaches = count(c, "coach");
        long navigators = count(c, "navigator");
        long events = count(c, "event");
        long projects = count(c, "local_project");
        long expenses = count(c, "expense");
        long contracts = count(c, "funding_contract");
        if (coaches + navigators + events + projects + expenses + contracts > 0) {
            throw new DomainException("demo.error.notEmpty", coaches, navigators, events, projects, expenses,
                    contracts);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
