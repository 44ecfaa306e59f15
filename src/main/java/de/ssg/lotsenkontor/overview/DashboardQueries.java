package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.overview.Dashboard.Coverage;
import de.ssg.lotsenkontor.overview.Dashboard.DistrictLine;
import de.ssg.lotsenkontor.overview.Dashboard.Figures;
import de.ssg.lotsenkontor.overview.Dashboard.MunicipalityLine;
import de.ssg.lotsenkontor.overview.Dashboard.SizeLine;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The dashboard's reads: plain SQL over municipalities, people and coaching, aggregated in the
 * database, all on one connection. Reads only; the figures owned by events, projects and funding
 * come from {@link DashboardSources}.
 *
 * <p>Definitions: a navigator is <em>active</em> on a day when not INAKTIV and not left before it;
 * a coach when the day lies in his active period. A municipality is <em>reached</em> when an active
 * navigator works there, <em>reached through the association</em> when none works there but one
 * serves it (navigator_municipality).
 */
public class DashboardQueries {

    private static final String ACTIVE_NAVIGATOR = "n.status <> 'INAKTIV' AND n.since <= ? AND (n.until IS NULL OR n.until >= ?)";
    private static final String REACH = """
            WITH reach AS (
              SELECT m.id, m.district_id, COALESCE(m.population, 0) AS population, m.participation_status AS status,
                     CASE WHEN EXISTS (SELECT 1 FROM navigator n WHERE n.municipality_id = m.id AND %1$s) THEN 2
                          WHEN EXISTS (SELECT 1 FROM navigator_municipality nm JOIN navigator n ON n.id = nm.navigator_id
                                       WHERE nm.municipality_id = m.id AND %1$s) THEN 1
                          ELSE 0 END AS reach
              FROM municipality m WHERE m.dissolved_on IS NULL)
            """.formatted(ACTIVE_NAVIGATOR);

    private final Database database;
    private final DashboardSources sources;
    private final Clock clock;

    public DashboardQueries(Database database, DashboardSources sources, Clock clock) {
        this.database = database;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Everything the Übersicht shows, for today. The figures of events, projects and funding are
     * read on a second thread while the dashboard's own reads run on this one.
     */
    public Dashboard dashboard() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        record Sourced(Optional<DashboardSources.EventFigures> events,
                Optional<DashboardSources.ProjectFigures> projects, DashboardSources.BudgetAndPlan money,
                Optional<DashboardSources.Deadline> deadline) {
        }
        CompletableFuture<Sourced> sourced = CompletableFuture.supplyAsync(() -> new Sourced(sources.events(year),
                sources.projects(), sources.budgetAndPlan(year), sources.nextProofDeadline(today)), SOURCES);
        record Own(Figures figures, List<DistrictLine> districts, List<SizeLine> sizes, long[] months,
                List<MunicipalityLine> municipalities) {
        }
        Own own = database.withConnection(c -> {
            // sessions and hours of the year per month, in one grouped pass; the year's totals are their sums
            Object[] months = sessionsPerMonth(c, year);
            // the reach of every municipality is worked out once (the map needs each one); the counts of
            // reached municipalities per district and size class are taken from these 418 lines
            List<MunicipalityLine> lines = municipalities(c, today);
            return new Own(figures(c, today, lines, (long[]) months[0], (BigDecimal[]) months[1]),
                    districts(c, today, lines), sizes(lines), (long[]) months[0], lines);
        });
        Sourced s;
        try {
            s = sourced.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new Dashboard(today, own.figures(), own.districts(), own.sizes(), own.months(), s.events(),
                s.projects(), s.money().budget(), s.deadline(), s.money().planVsSpent(), own.municipalities());
    }

    /** The thread that reads the other features' figures (a daemon: it never keeps the program alive). */
    private static final Executor SOURCES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lotsenkontor-dashboard-sources");
        t.setDaemon(true);
        return t;
    });

    private static Figures figures(Connection c, LocalDate today, List<MunicipalityLine> lines, long[] sessions,
            BigDecimal[] hours) throws SQLException {
        long coaches = single(c, "SELECT COUNT(*) FROM coach WHERE active_from <= ? AND (active_until IS NULL OR active_until >= ?)", today);
        long navigators = single(c, "SELECT COUNT(*) FROM navigator n WHERE " + ACTIVE_NAVIGATOR, today);
        long municipalities = lines.size();
        long reached = lines.stream().filter(m -> m.coverage() != Coverage.NOT_REACHED).count();
        long direct = lines.stream().filter(m -> m.coverage() == Coverage.REACHED).count();
        long districtsReached = lines.stream().filter(m -> m.coverage() == Coverage.REACHED)
                .map(MunicipalityLine::districtKey).distinct().count();
        long districts = single(c, "SELECT COUNT(*) FROM district");
        long sessionCount = 0;
        BigDecimal hourSum = BigDecimal.ZERO;
        for (int m = 0; m < 12; m++) {
            sessionCount += sessions[m];
            hourSum = hourSum.add(hours[m]);
        }
        return new Figures(coaches, navigators, municipalities, reached, direct, districts, districtsReached,
                sessionCount, hourSum.setScale(2, RoundingMode.HALF_UP));
    }

    private static List<DistrictLine> districts(Connection c, LocalDate today, List<MunicipalityLine> lines)
            throws SQLException {
        Map<String, long[]> counts = new LinkedHashMap<>(); // municipalities, participating, reached
        for (MunicipalityLine m : lines) {
            long[] n = counts.computeIfAbsent(m.districtKey(), k -> new long[3]);
            n[0]++;
            if (m.status().equals("AKTIV") || m.status().equals("PAUSIERT")) {
                n[1]++;
            }
            if (m.coverage() != Coverage.NOT_REACHED) {
                n[2]++;
            }
        }
        try (PreparedStatement q = prepare(c, """
                SELECT d.district_key, d.name,
                       (SELECT COUNT(*) FROM navigator n JOIN municipality nm ON nm.id = n.municipality_id
                        WHERE nm.district_id = d.id AND %s)
                FROM district d ORDER BY d.district_key""".formatted(ACTIVE_NAVIGATOR), today);
                ResultSet rs = q.executeQuery()) {
            List<DistrictLine> out = new ArrayList<>();
            while (rs.next()) {
                long[] n = counts.getOrDefault(rs.getString(1), new long[3]);
                out.add(new DistrictLine(rs.getString(1), rs.getString(2), n[0], n[1], n[2], rs.getLong(3)));
            }
            return out;
        }
    }

    private static List<SizeLine> sizes(List<MunicipalityLine> lines) {
        Map<String, long[]> found = new LinkedHashMap<>();
        for (MunicipalityLine m : lines) {
            int p = m.population();
            String size = p < 2000 ? "UNTER_2000" : p < 5000 ? "BIS_5000" : p < 10000 ? "BIS_10000"
                    : p < 20000 ? "BIS_20000" : "UEBER_20000";
            long[] n = found.computeIfAbsent(size, k -> new long[2]);
            n[0]++;
            if (m.coverage() != Coverage.NOT_REACHED) {
                n[1]++;
            }
        }
        List<SizeLine> out = new ArrayList<>();
        for (String size : List.of("UNTER_2000", "BIS_5000", "BIS_10000", "BIS_20000", "UEBER_20000")) {
            long[] n = found.getOrDefault(size, new long[2]);
            out.add(new SizeLine(size, n[0], n[1]));
        }
        return out;
    }

    /** Sessions (long[12]) and hours (BigDecimal[12]) per month of {@code year}, grouped in the database. */
    private static Object[] sessionsPerMonth(Connection c, int year) throws SQLException {
        long[] months = new long[12];
        BigDecimal[] hours = new BigDecimal[12];
        java.util.Arrays.fill(hours, BigDecimal.ZERO);
        try (PreparedStatement q = c.prepareStatement("""
                SELECT EXTRACT(MONTH FROM session_date), COUNT(*), COALESCE(SUM(hours), 0) FROM coaching_session
                WHERE session_date >= ? AND session_date <= ? GROUP BY EXTRACT(MONTH FROM session_date)""")) {
            q.setDate(1, Date.valueOf(LocalDate.of(year, 1, 1)));
            q.setDate(2, Date.valueOf(LocalDate.of(year, 12, 31)));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    months[rs.getInt(1) - 1] = rs.getLong(2);
                    hours[rs.getInt(1) - 1] = rs.getBigDecimal(3);
                }
            }
        }
        return new Object[] {months, hours};
    }

    private static List<MunicipalityLine> municipalities(Connection c, LocalDate today) throws SQLException {
        // the navigators working in a municipality, and those serving it: two plain joins (a UNION of
        // both, sorted in the database, took four times as long at scale 100); names sorted per municipality
        record Person(String first, String last, String coachFirst, String coachLast) {
        }
        Map<Long, List<Person>> people = new HashMap<>();
        for (String from : List.of("navigator n", """
                navigator_municipality x JOIN navigator n ON n.id = x.navigator_id""")) {
            String place = from.startsWith("navigator n") ? "n.municipality_id" : "x.municipality_id";
            try (PreparedStatement q = prepare(c, """
                    SELECT %s, n.first_name, n.last_name, co.first_name, co.last_name
                    FROM %s
                    LEFT JOIN coaching_assignment a ON a.navigator_id = n.id AND a.valid_from <= ?
                         AND (a.valid_until IS NULL OR a.valid_until >= ?)
                    LEFT JOIN coach co ON co.id = a.coach_id
                    WHERE %s""".formatted(place, from, ACTIVE_NAVIGATOR), today); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Person(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        Collator collator = Collator.getInstance(Locale.GERMANY);
        Comparator<Person> byName = Comparator.comparing(Person::last, collator).thenComparing(Person::first, collator);
        Map<Long, Set<String>> navigators = new HashMap<>();
        Map<Long, Set<String>> coaches = new HashMap<>();
        for (Map.Entry<Long, List<Person>> e : people.entrySet()) {
            e.getValue().sort(byName);
            Set<String> names = new LinkedHashSet<>();
            Set<String> coachNames = new LinkedHashSet<>();
            for (Person p : e.getValue()) {
                names.add(p.first() + " " + p.last());
                if (p.coachFirst() != null) {
                    coachNames.add(p.coachFirst() + " " + p.coachLast());
                }
            }
            navigators.put(e.getKey(), names);
            coaches.put(e.getKey(), coachNames);
        }
        try (PreparedStatement q = prepare(c, REACH + """
                SELECT m.id, m.ags, m.name, d.district_key, d.name, r.status, r.population, r.reach
                FROM reach r JOIN municipality m ON m.id = r.id JOIN district d ON d.id = r.district_id
                ORDER BY m.ags""", today); ResultSet rs = q.executeQuery()) {
            List<MunicipalityLine> out = new ArrayList<>();
            while (rs.next()) {
                long id = rs.getLong(1);
                Coverage coverage = switch (rs.getInt(8)) {
                    case 2 -> Coverage.REACHED;
                    case 1 -> Coverage.THROUGH_ASSOCIATION;
                    default -> Coverage.NOT_REACHED;
                };
                out.add(new MunicipalityLine(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), coverage, List.copyOf(navigators.getOrDefault(id, Set.of())),
                        List.copyOf(coaches.getOrDefault(id, Set.of()))));
            }
            return out;
        }
    }

    /** Prepares {@code sql} with {@code day} bound to every parameter. */
    private static PreparedStatement prepare(Connection c, String sql, LocalDate day) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql);
        int count = q.getParameterMetaData().getParameterCount();
        for (int i = 1; i <= count; i++) {
            q.setDate(i, Date.valueOf(day));
        }
        return q;
    }

    private static long single(Connection c, String sql, LocalDate day) throws SQLException {
        try (PreparedStatement q = prepare(c, sql, day); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
