package de.ssg.lotsenkontor.people;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.municipality.MunicipalityService;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** A real database in a temp folder with the reference data and the people services on a fixed day. */
final class PeopleFixture implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final Database db;
    final Clock clock = Clock.fixed(TODAY.atStartOfDay(BERLIN).toInstant(), BERLIN);
    final MunicipalityService municipalities;
    final MunicipalityQueries municipalityQueries;
    final CoachQueries coachQueries;
    final NavigatorQueries navigatorQueries;
    final CoachService coaches;
    final NavigatorService navigators;
    final CoachingService coaching;

    PeopleFixture(Path folder) {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        municipalities = new MunicipalityService(db, clock);
        municipalityQueries = new MunicipalityQueries(db);
        coachQueries = new CoachQueries(db, municipalityQueries, clock);
        navigatorQueries = new NavigatorQueries(db, municipalityQueries, coachQueries, clock);
        coaching = new CoachingService(db);
        // as the app wires it: coaching ends the assignments of a person who leaves
        coaches = new CoachService(db, coachQueries, coaching);
        navigators = new NavigatorService(db, navigatorQueries, coaching);
    }

    long municipality(String ags) {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM municipality WHERE ags = ?")) {
                q.setString(1, ags);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    long count(String table) {
        return db.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static CoachChange newCoach(String first, String last, Integer capacity) {
        return new CoachChange(null, 0, first, last, null, null, capacity, LocalDate.of(2024, 1, 1), null, Set.of());
    }

    CoachDetails createCoach(String first, String last, int capacity) {
        return coaches.save(newCoach(first, last, capacity));
    }

    NavigatorChange newNavigator(String first, String last, String ags, String... furtherAgs) {
        return new NavigatorChange(null, 0, first, last, municipality(ags),
                java.util.Arrays.stream(furtherAgs).map(this::municipality).toList(), null, null, null,
                NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null);
    }

    NavigatorDetails createNavigator(String first, String last, String ags) {
        return navigators.save(newNavigator(first, last, ags));
    }

    static NavigatorChange edit(NavigatorDetails d) {
        return new NavigatorChange(d.id(), d.version(), d.firstName(), d.lastName(), d.municipality().id(),
                d.furtherMunicipalities().stream().map(m -> m.id()).toList(), d.department(), d.email(), d.phone(),
                d.status(), d.since(), d.until());
    }

    static CoachChange edit(CoachDetails d) {
        return new CoachChange(d.id(), d.version(), d.firstName(), d.lastName(), d.email(), d.phone(), d.capacity(),
                d.activeFrom(), d.activeUntil(), Set.copyOf(d.focusDistrictKeys()));
    }

    static List<String> messages(Throwable e) {
        return ((de.ssg.lotsenkontor.common.ValidationException) e).violations().stream()
                .map(de.ssg.lotsenkontor.common.Violation::message).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
