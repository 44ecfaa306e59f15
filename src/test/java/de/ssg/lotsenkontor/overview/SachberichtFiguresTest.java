package de.ssg.lotsenkontor.overview;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.demo.DemoData;
import de.ssg.lotsenkontor.events.EventType;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Sachbericht figure equals a count made straight from the rows: each table is read plainly
 * (no aggregate, no join logic of the queries) and counted in Java, for a year and a half-year, in
 * total and for every district.
 */
class SachberichtFiguresTest {

    @TempDir
    static Path folder;

    static AppContext context;
    static Raw raw;

    /** A session with everyone coached in it (counted once, however many navigators it had). */
    record Session(LocalDate day, BigDecimal hours, List<Long> navigators, long municipality) {
    }

    record Att(long event, EventType type, LocalDate day, LocalDate lastDay, Long module, String status, Long navigator,
            long municipality) {
    }

    record Project(String status, LocalDate started, LocalDate finished, boolean best, long municipality) {
    }

    record Raw(List<Session> sessions, Map<Long, Object[]> events, List<Att> attendances, List<Project> projects,
            Map<Long, String> districtOf, Map<Long, Long> navigatorHome, Set<Long> requiredModules) {
    }

    @BeforeAll
    static void demo() throws SQLException {
        context = AppContext.open(DataPaths.of(folder.resolve("db")));
        new DemoData(context.database(), context.clock()).generate(1, DemoData.DEFAULT_SEED, Progress.NONE);
        raw = context.database().withConnection(SachberichtFiguresTest::read);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static Raw read(Connection c) throws SQLException {
        Map<Long, String> districtKey = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT id, district_key FROM district")) {
            while (rs.next()) {
                districtKey.put(rs.getLong(1), rs.getString(2));
            }
        }
        Map<Long, String> districtOf = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT id, district_id FROM municipality")) {
            while (rs.next()) {
                districtOf.put(rs.getLong(1), districtKey.get(rs.getLong(2)));
            }
        }
        Map<Long, Long> home = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT id, municipality_id FROM navigator")) {
            while (rs.next()) {
                home.put(rs.getLong(1), rs.getLong(2));
            }
        }
        List<Session> sessions = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT s.session_date, s.hours, s.municipality_id, (SELECT LISTAGG(CAST(sn.navigator_id AS VARCHAR),"
                        + " ',') FROM coaching_session_navigator sn WHERE sn.session_id = s.id)"
                        + " FROM coaching_session s")) {
            while (rs.next()) {
                sessions.add(new Session(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2),
                        java.util.Arrays.stream(rs.getString(4).split(",")).map(Long::valueOf).toList(),
                        rs.getLong(3)));
            }
        }
        Map<Long, Object[]> events = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT id, event_type, starts_on, ends_on, module_id FROM event")) {
            while (rs.next()) {
                LocalDate start = rs.getObject(3, LocalDate.class);
                LocalDate end = rs.getObject(4, LocalDate.class);
                events.put(rs.getLong(1), new Object[] {EventType.valueOf(rs.getString(2)), start,
                        end == null ? start : end, rs.getObject(5, Long.class)});
            }
        }
        List<Att> attendances = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT event_id, status, navigator_id, guest_municipality_id FROM attendance")) {
            while (rs.next()) {
                Object[] e = events.get(rs.getLong(1));
                Long nav = rs.getObject(3, Long.class);
                long m = nav != null ? home.get(nav) : rs.getLong(4);
                attendances.add(new Att(rs.getLong(1), (EventType) e[0], (LocalDate) e[1], (LocalDate) e[2],
                        (Long) e[3], rs.getString(2), nav, m));
            }
        }
        List<Project> projects = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT status, started_on, finished_on, best_practice, municipality_id FROM local_project")) {
            while (rs.next()) {
                projects.add(new Project(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getLong(5)));
            }
        }
        Set<Long> required = new HashSet<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT id FROM course_module WHERE basic_qualification")) {
            while (rs.next()) {
                required.add(rs.getLong(1));
            }
        }
        return new Raw(sessions, events, attendances, projects, districtOf, home, required);
    }

    @Test
    void everyFigureOfAYearAndAHalfYearEqualsAStraightCount() {
        for (LocalDate[] period : new LocalDate[][] {{LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)},
                {LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 30)}}) {
            Sachbericht.Result result = context.sachbericht().compute(period[0], period[1],
                    context.municipalityQueries().districts(), null);
            assertThat(result.rows()).hasSize(14);
            for (Sachbericht.Row row : result.rows()) {
                check(row, period[0], period[1]);
            }
            assertThat(result.total().coaching().sessions()).isPositive();
            assertThat(result.total().events().participants()).isPositive();
        }
    }

    private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    private static void check(Sachbericht.Row row, LocalDate from, LocalDate to) {
        String key = row.districtKey();
        String where = (key == null ? "total" : key) + " " + from;
        java.util.function.LongPredicate inDistrict = m -> key == null || key.equals(raw.districtOf().get(m));

        List<Session> sessions = raw.sessions().stream()
                .filter(s -> in(s.day(), from, to) && inDistrict.test(s.municipality())).toList();
        assertThat(row.coaching().sessions()).as(where).isEqualTo(sessions.size());
        assertThat(row.coaching().hours()).as(where).isEqualByComparingTo(
                sessions.stream().map(Session::hours).reduce(BigDecimal.ZERO, BigDecimal::add));

        List<Att> attended = raw.attendances().stream().filter(a -> a.status().equals("TEILGENOMMEN")
                && in(a.day(), from, to) && inDistrict.test(a.municipality())).toList();
        for (EventType type : EventType.values()) {
            long events = key == null
                    ? raw.events().values().stream().filter(e -> e[0] == type && in((LocalDate) e[1], from, to)).count()
                    : attended.stream().filter(a -> a.type() == type).map(Att::event).distinct().count();
            assertThat(row.events().eventsByType().get(type)).as(where + " " + type).isEqualTo(events);
            assertThat(row.events().participantsByType().get(type)).as(where)
                    .isEqualTo(attended.stream().filter(a -> a.type() == type).count());
            assertThat(row.events().navigatorsByType().get(type)).as(where).isEqualTo(attended.stream()
                    .filter(a -> a.type() == type && a.navigator() != null).map(Att::navigator).distinct().count());
        }
        assertThat(row.events().navigatorsAttending()).as(where)
                .isEqualTo(attended.stream().map(Att::navigator).filter(Objects::nonNull).distinct().count());

        Set<Long> municipalities = new HashSet<>();
        sessions.forEach(s -> municipalities.add(s.municipality()));
        attended.forEach(a -> municipalities.add(a.municipality()));
        assertThat(row.events().municipalitiesReached()).as(where).isEqualTo(municipalities.size());
        Set<Long> navigators = new HashSet<>();
        raw.sessions().stream().filter(s -> in(s.day(), from, to)).flatMap(s -> s.navigators().stream())
                .filter(n -> inDistrict.test(raw.navigatorHome().get(n))).forEach(navigators::add);
        raw.attendances().stream().filter(a -> a.status().equals("TEILGENOMMEN") && a.navigator() != null
                && in(a.day(), from, to) && inDistrict.test(a.municipality())).forEach(a -> navigators.add(a.navigator()));
        assertThat(row.events().navigatorsReached()).as(where).isEqualTo(navigators.size());

        // qualification: per navigator the first day of each required module; complete when all, on the last of them
        Map<Long, Map<Long, LocalDate>> firstDone = new HashMap<>();
        for (Att a : raw.attendances()) {
            if (a.status().equals("TEILGENOMMEN") && a.navigator() != null && a.module() != null
                    && raw.requiredModules().contains(a.module())) {
                firstDone.computeIfAbsent(a.navigator(), k -> new HashMap<>()).merge(a.module(), a.lastDay(),
                        (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        long qualified = firstDone.entrySet().stream()
                .filter(e -> e.getValue().size() == raw.requiredModules().size()
                        && inDistrict.test(raw.navigatorHome().get(e.getKey()))
                        && in(e.getValue().values().stream().max(LocalDate::compareTo).orElseThrow(), from, to))
                .count();
        assertThat(row.events().navigatorsQualified()).as(where).isEqualTo(qualified);

        List<Project> projects = raw.projects().stream().filter(p -> inDistrict.test(p.municipality())).toList();
        assertThat(row.projects().started()).as(where)
                .isEqualTo(projects.stream().filter(p -> in(p.started(), from, to)).count());
        assertThat(row.projects().finished()).as(where).isEqualTo(projects.stream()
                .filter(p -> p.status().equals("ABGESCHLOSSEN") && in(p.finished(), from, to)).count());
        assertThat(row.projects().aborted()).as(where).isEqualTo(projects.stream()
                .filter(p -> p.status().equals("ABGEBROCHEN") && in(p.finished(), from, to)).count());
        assertThat(row.projects().bestPractices()).as(where).isEqualTo(projects.stream()
                .filter(p -> p.status().equals("ABGESCHLOSSEN") && p.best() && in(p.finished(), from, to)).count());
    }

    @Test
    void someNavigatorsCompleteTheQualificationInTheDemo() {
        Sachbericht.Result all = context.sachbericht().compute(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31),
                context.municipalityQueries().districts(), null);
        assertThat(all.total().events().navigatorsQualified()).isPositive();
        assertThat(all.total().projects().bestPractices()).isPositive();
    }
}
