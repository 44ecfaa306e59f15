package de.ssg.lotsenkontor.events;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.NotFoundException;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every read of the events feature: the event table, an event's participants, the course modules,
 * the qualification progress and the Sachbericht figures. Plain standard SQL; counts and sums are
 * aggregated in the database.
 */
public class EventQueries {

    private static final String EVENTS = """
            SELECT e.id, e.event_type, e.title, e.module_id, cm.name, e.starts_on, e.ends_on, e.starts_at, e.ends_at,
                   e.location, e.online, e.capacity
            FROM event e
            LEFT JOIN course_module cm ON cm.id = e.module_id
            %s
            ORDER BY e.starts_on DESC, e.title, e.id""";
    /** Registered and present per event, counted in one pass over the registrations. */
    private static final String COUNTS = """
            SELECT a.event_id, COUNT(*), SUM(CASE WHEN a.status = 'TEILGENOMMEN' THEN 1 ELSE 0 END)
            FROM attendance a
            %s
            GROUP BY a.event_id""";
    private static final String TRAINERS = """
            SELECT et.event_id, c.id, c.first_name, c.last_name
            FROM event_trainer et JOIN coach c ON c.id = et.coach_id
            %s
            ORDER BY et.event_id, c.last_name, c.first_name""";
    private static final String DISTRICTS = """
            SELECT DISTINCT a.event_id, COALESCE(nm.district_id, gm.district_id)
            FROM attendance a
            LEFT JOIN navigator n ON n.id = a.navigator_id
            LEFT JOIN municipality nm ON nm.id = n.municipality_id
            LEFT JOIN municipality gm ON gm.id = a.guest_municipality_id
            %s""";
    private static final String PARTICIPANTS = """
            SELECT a.id, a.version, a.navigator_id, COALESCE(n.first_name || ' ' || n.last_name, a.guest_name),
                   COALESCE(n.last_name || ' ' || n.first_name, a.guest_name), COALESCE(nm.name, gm.name), d.name,
                   COALESCE(n.email, a.guest_email), a.status, a.registered_on
            FROM attendance a
            LEFT JOIN navigator n ON n.id = a.navigator_id
            LEFT JOIN municipality nm ON nm.id = n.municipality_id
            LEFT JOIN municipality gm ON gm.id = a.guest_municipality_id
            JOIN district d ON d.id = COALESCE(nm.district_id, gm.district_id)
            WHERE a.event_id = ?
            ORDER BY 5, a.id""";
    /** Per navigator and required module: the first day it was completed. */
    private static final String MODULES_DONE = """
            SELECT a.navigator_id, e.module_id, MIN(COALESCE(e.ends_on, e.starts_on))
            FROM attendance a
            JOIN event e ON e.id = a.event_id
            JOIN course_module cm ON cm.id = e.module_id
            WHERE a.status = 'TEILGENOMMEN' AND cm.basic_qualification = TRUE AND a.navigator_id IS NOT NULL %s
            GROUP BY a.navigator_id, e.module_id""";
    private static final String NAVIGATORS = """
            SELECT n.id, n.version, n.first_name, n.last_name, m.name, d.district_key, n.status
            FROM navigator n JOIN municipality m ON m.id = n.municipality_id JOIN district d ON d.id = m.district_id
            %s
            ORDER BY n.last_name, n.first_name, n.id""";

    private final Database database;

    public EventQueries(Database database) {
        this.database = database;
    }

    /** How many there are, for the programme's key figures. */
    public long count() {
        return database.withConnection(c -> {
            try (java.sql.PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM event");
                    java.sql.ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** All events, newest first, with their registered and present people counted in SQL. */
    public List<EventRow> events() {
        return database.withConnection(c -> events(c, null));
    }

    /** One event's row, e.g. to refresh the table after a change. */
    public EventRow event(long id) {
        return database.withConnection(c -> {
            List<EventRow> rows = events(c, id);
            if (rows.isEmpty()) {
                throw new NotFoundException(I18n.text("events.event.the"));
            }
            return rows.get(0);
        });
    }

    private static List<EventRow> events(Connection c, Long id) throws SQLException {
        Map<Long, List<Long>> trainerIds = new HashMap<>();
        Map<Long, List<String>> trainerNames = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(TRAINERS.formatted(id == null ? "" : "WHERE et.event_id = ?"))) {
            if (id != null) {
                q.setLong(1, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    trainerIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    trainerNames.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(3) + " " + rs.getString(4));
                }
            }
        }
        Map<Long, int[]> counts = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(COUNTS.formatted(id == null ? "" : "WHERE a.event_id = ?"))) {
            if (id != null) {
                q.setLong(1, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }
            }
        }
        // the districts of the people registered: read for one event, or on demand (eventDistricts) for all
        Map<Long, Set<String>> districts = id == null ? Map.of() : eventDistricts(c, id);
        String online = I18n.text("events.place.online");
        List<EventRow> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(EVENTS.formatted(id == null ? "" : "WHERE e.id = ?"))) {
            if (id != null) {
                q.setLong(1, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long eventId = rs.getLong(1);
                    boolean isOnline = rs.getBoolean(11);
                    String location = rs.getString(10);
                    rows.add(new EventRow(eventId, EventType.valueOf(rs.getString(2)), rs.getString(3),
                            (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class), rs.getObject(8, LocalTime.class),
                            rs.getObject(9, LocalTime.class), isOnline ? online : location, isOnline,
                            trainerIds.getOrDefault(eventId, List.of()),
                            String.join(", ", trainerNames.getOrDefault(eventId, List.of())),
                            (Integer) rs.getObject(12, Integer.class), counts.getOrDefault(eventId, new int[2])[0],
                            counts.getOrDefault(eventId, new int[2])[1], districts.getOrDefault(eventId, Set.of())));
                }
            }
        }
        return rows;
    }

    /** An event a coach gave as trainer, with its registered and present people. */
    public record TrainerEvent(long id, EventType type, String title, String module, LocalDate startsOn,
            LocalDate endsOn, String place, int registered, int present) {
    }

    /** The events {@code coachId} gave as a trainer that start between {@code from} and {@code to}, by date. */
    public List<TrainerEvent> eventsOfTrainer(long coachId, LocalDate from, LocalDate to) {
        String online = I18n.text("events.place.online");
        return database.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT e.id, e.event_type, e.title, cm.name, e.starts_on, e.ends_on, e.location, e.online,
                           COUNT(a.id), COALESCE(SUM(CASE WHEN a.status = 'TEILGENOMMEN' THEN 1 ELSE 0 END), 0)
                      FROM event_trainer et
                      JOIN event e ON e.id = et.event_id
                      LEFT JOIN course_module cm ON cm.id = e.module_id
                      LEFT JOIN attendance a ON a.event_id = e.id
                     WHERE et.coach_id = ? AND e.starts_on >= ? AND e.starts_on <= ?
                     GROUP BY e.id, e.event_type, e.title, cm.name, e.starts_on, e.ends_on, e.location, e.online
                     ORDER BY e.starts_on, e.title, e.id""")) {
                q.setLong(1, coachId);
                q.setObject(2, from);
                q.setObject(3, to);
                try (ResultSet rs = q.executeQuery()) {
                    List<TrainerEvent> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new TrainerEvent(rs.getLong(1), EventType.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                                rs.getBoolean(8) ? online : rs.getString(7), rs.getInt(9), rs.getInt(10)));
                    }
                    return out;
                }
            }
        });
    }

    /** Per event the districts its registered people come from (for the district filter, read when first used). */
    public Map<Long, Set<String>> eventDistricts() {
        return database.withConnection(c -> eventDistricts(c, null));
    }

    private static Map<Long, Set<String>> eventDistricts(Connection c, Long id) throws SQLException {
        Map<Long, String> keys = districtKeys(c);
        Map<Long, Set<String>> districts = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(DISTRICTS.formatted(id == null ? "" : "WHERE a.event_id = ?"))) {
            if (id != null) {
                q.setLong(1, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    districts.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(keys.get(rs.getLong(2)));
                }
            }
        }
        return districts;
    }

    /** District id → district key; the figures group by id (equality joins only) and name keys here. */
    static Map<Long, String> districtKeys(Connection c) throws SQLException {
        Map<Long, String> keys = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, district_key FROM district");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                keys.put(rs.getLong(1), rs.getString(2));
            }
        }
        return keys;
    }

    /** The people registered for an event, by last name. */
    public List<ParticipantRow> participants(long eventId) {
        return database.withConnection(c -> {
            List<ParticipantRow> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(PARTICIPANTS)) {
                q.setLong(1, eventId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ParticipantRow(rs.getLong(1), rs.getInt(2), (Long) rs.getObject(3, Long.class),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                AttendanceStatus.valueOf(rs.getString(9)), rs.getObject(10, LocalDate.class)));
                    }
                }
            }
            return rows;
        });
    }

    /** The office's course modules in their order. */
    public List<ModuleRow> modules() {
        return database.withConnection(EventQueries::modules);
    }

    private static List<ModuleRow> modules(Connection c) throws SQLException {
        List<ModuleRow> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT id, version, name, basic_qualification, sort_order, active FROM course_module"
                        + " ORDER BY sort_order, name");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new ModuleRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5),
                        rs.getBoolean(6)));
            }
        }
        return rows;
    }

    /** Every navigator's progress in the basic qualification, by name. */
    public List<QualificationRow> qualification() {
        return database.withConnection(c -> qualification(c, null));
    }

    /** One navigator's progress (for the navigator's detail pane). */
    public QualificationRow qualificationOf(long navigatorId) {
        return database.withConnection(c -> {
            List<QualificationRow> rows = qualification(c, navigatorId);
            if (rows.isEmpty()) {
                throw new NotFoundException(I18n.text("events.navigator.the"));
            }
            return rows.get(0);
        });
    }

    private static List<QualificationRow> qualification(Connection c, Long navigatorId) throws SQLException {
        List<ModuleRow> required = modules(c).stream().filter(ModuleRow::basicQualification).toList();
        Map<Long, Map<Long, LocalDate>> done = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(MODULES_DONE.formatted(
                navigatorId == null ? "" : "AND a.navigator_id = ?"))) {
            if (navigatorId != null) {
                q.setLong(1, navigatorId);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    done.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), rs.getObject(3, LocalDate.class));
                }
            }
        }
        List<QualificationRow> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(NAVIGATORS.formatted(navigatorId == null ? "" : "WHERE n.id = ?"))) {
            if (navigatorId != null) {
                q.setLong(1, navigatorId);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Map<Long, LocalDate> mine = done.getOrDefault(rs.getLong(1), Map.of());
                    List<String> completed = new ArrayList<>();
                    List<String> missing = new ArrayList<>();
                    LocalDate last = null;
                    for (ModuleRow m : required) {
                        LocalDate day = mine.get(m.id());
                        if (day == null) {
                            missing.add(m.name());
                        } else {
                            completed.add(m.name());
                            last = last == null || day.isAfter(last) ? day : last;
                        }
                    }
                    LocalDate completedOn = !required.isEmpty() && missing.isEmpty() ? last : null;
                    rows.add(new QualificationRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), NavigatorStatus.valueOf(rs.getString(7)), completed,
                            missing, completedOn));
                }
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ Sachbericht figures

    private static final String EVENTS_TOTAL = """
            SELECT e.event_type, COUNT(*) FROM event e WHERE e.starts_on BETWEEN ? AND ? GROUP BY e.event_type""";
    /** Per district (of the person: the navigator's or the guest's municipality) and type. */
    private static final String EVENTS_BY_DISTRICT = """
            SELECT COALESCE(nm.district_id, gm.district_id), e.event_type, COUNT(DISTINCT e.id), COUNT(a.id),
                   COUNT(DISTINCT a.navigator_id)
            FROM event e
            JOIN attendance a ON a.event_id = e.id
            LEFT JOIN navigator n ON n.id = a.navigator_id
            LEFT JOIN municipality nm ON nm.id = n.municipality_id
            LEFT JOIN municipality gm ON gm.id = a.guest_municipality_id
            WHERE a.status = 'TEILGENOMMEN' AND e.starts_on BETWEEN ? AND ?
            GROUP BY COALESCE(nm.district_id, gm.district_id), e.event_type""";
    /**
     * Navigators attending and navigators reached (coached, or at an event), per district, in one
     * pass: the derived table marks each navigator once as having attended, so the period's
     * registrations are read once for both counts.
     */
    private static final String NAVIGATORS_ATTENDING_AND_REACHED = """
            SELECT x.district_id, SUM(x.attended),
                   SUM(CASE WHEN x.attended = 1 OR x.id IN (
                           SELECT sn.navigator_id FROM coaching_session s
                           JOIN coaching_session_navigator sn ON sn.session_id = s.id
                           WHERE s.session_date BETWEEN ? AND ?) THEN 1 ELSE 0 END)
            FROM (SELECT n.id AS id, m.district_id AS district_id,
                         CASE WHEN n.id IN (
                             SELECT a.navigator_id FROM event e JOIN attendance a ON a.event_id = e.id
                             WHERE a.status = 'TEILGENOMMEN' AND a.navigator_id IS NOT NULL
                                   AND e.starts_on BETWEEN ? AND ?) THEN 1 ELSE 0 END AS attended
                  FROM navigator n JOIN municipality m ON m.id = n.municipality_id) x
            GROUP BY x.district_id""";
    /**
     * Municipalities reached: a coaching session there, or someone from there at an event (the
     * navigator's municipality, or the guest's), the registrations read once.
     */
    private static final String MUNICIPALITIES_REACHED = """
            SELECT %s, COUNT(*)
            FROM municipality m
            WHERE m.id IN (SELECT s.municipality_id FROM coaching_session s WHERE s.session_date BETWEEN ? AND ?)
               OR m.id IN (SELECT COALESCE(n.municipality_id, a.guest_municipality_id)
                           FROM event e JOIN attendance a ON a.event_id = e.id
                           LEFT JOIN navigator n ON n.id = a.navigator_id
                           WHERE a.status = 'TEILGENOMMEN' AND e.starts_on BETWEEN ? AND ?
                                 AND COALESCE(n.municipality_id, a.guest_municipality_id) IS NOT NULL)
            %s""";
    /** Navigators whose last required module was completed in the period. */
    private static final String QUALIFIED = """
            SELECT %s, COUNT(*)
            FROM navigator n JOIN municipality m ON m.id = n.municipality_id
            WHERE n.id IN (
                SELECT q.navigator_id
                FROM (SELECT a.navigator_id AS navigator_id, e.module_id AS module_id,
                             MIN(COALESCE(e.ends_on, e.starts_on)) AS first_done
                      FROM course_module cm
                      JOIN event e ON e.module_id = cm.id
                      JOIN attendance a ON a.event_id = e.id
                      WHERE a.status = 'TEILGENOMMEN' AND cm.basic_qualification = TRUE
                            AND a.navigator_id IS NOT NULL
                      GROUP BY a.navigator_id, e.module_id) q
                GROUP BY q.navigator_id
                HAVING COUNT(*) = (SELECT COUNT(*) FROM course_module WHERE basic_qualification = TRUE)
                   AND MAX(q.first_done) BETWEEN ? AND ?)
            %s""";

    /**
     * The events' Sachbericht figures of the period {@code from}–{@code to} (both inclusive): in total
     * (key null) and per district key. Every number is one aggregate query. (Running the two groups
     * of queries at the same time on two connections was tried: it took more CPU time in H2 than it
     * saved, slower than one after the other even with a core free.)
     */
    public Map<String, EventFigures> figures(LocalDate from, LocalDate to) {
        Map<String, Builder> activity = new LinkedHashMap<>();
        Map<String, Builder> reach = new LinkedHashMap<>();
        database.withConnection(c -> {
            activity.putAll(activity(c, from, to));
            reach.putAll(reach(c, from, to));
            return null;
        });
        Map<String, EventFigures> result = new LinkedHashMap<>();
        Set<String> keys = new java.util.LinkedHashSet<>(activity.keySet());
        keys.addAll(reach.keySet());
        for (String key : keys) {
            Builder b = activity.getOrDefault(key, new Builder());
            Builder r = reach.get(key);
            if (r != null) {
                b.attending = r.attending;
                b.municipalities = r.municipalities;
                b.reached = r.reached;
                b.qualified = r.qualified;
            }
            result.put(key, b.build());
        }
        return result;
    }

    /**
     * Events, participants and navigators per type. A participant and
     * a navigator belong to exactly one district (the navigator's or the guest's municipality), so
     * the totals of participants and navigators are the sums of the district rows; events are
     * counted on their own (one event has participants from several districts).
     */
    private static Map<String, Builder> activity(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<String, Builder> by = new LinkedHashMap<>();
        Builder total = new Builder();
        by.put(null, total);
        try (PreparedStatement q = c.prepareStatement(EVENTS_TOTAL)) {
            bindPeriods(q, 1, from, to);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    total.events.put(EventType.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        }
        Map<Long, String> keys = districtKeys(c);
        try (PreparedStatement q = c.prepareStatement(EVENTS_BY_DISTRICT)) {
            bindPeriods(q, 1, from, to);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    EventType type = EventType.valueOf(rs.getString(2));
                    long participants = rs.getLong(4);
                    long navigators = rs.getLong(5);
                    total.participants.merge(type, participants, Long::sum);
                    total.navigators.merge(type, navigators, Long::sum);
                    Builder b = by.computeIfAbsent(keys.get(rs.getLong(1)), k -> new Builder());
                    if (b != total) {
                        b.events.put(type, rs.getLong(3));
                        b.participants.put(type, participants);
                        b.navigators.put(type, navigators);
                    }
                }
            }
        }
        return by;
    }

    /** Municipalities reached, navigators attending and reached, navigators qualified. */
    private static Map<String, Builder> reach(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<String, Builder> by = new LinkedHashMap<>();
        by.put(null, new Builder());
        Map<Long, String> keys = districtKeys(c);
        grouped(c, keys, MUNICIPALITIES_REACHED, 2, by, (b, n) -> b.municipalities = n, from, to);
        navigatorsAttendingAndReached(c, keys, by, from, to);
        grouped(c, keys, QUALIFIED, 1, by, (b, n) -> b.qualified = n, from, to);
        return by;
    }

    /** Sets attending and reached per district and their totals (each navigator is in one district). */
    private static void navigatorsAttendingAndReached(Connection c, Map<Long, String> keys, Map<String, Builder> by,
            LocalDate from, LocalDate to) throws SQLException {
        long attending = 0;
        long reached = 0;
        try (PreparedStatement q = c.prepareStatement(NAVIGATORS_ATTENDING_AND_REACHED)) {
            bindPeriods(q, 2, from, to);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Builder b = by.computeIfAbsent(keys.get(rs.getLong(1)), k -> new Builder());
                    b.attending = rs.getLong(2);
                    b.reached = rs.getLong(3);
                    attending += b.attending;
                    reached += b.reached;
                }
            }
        }
        by.get(null).attending = attending;
        by.get(null).reached = reached;
    }

    private interface Setter {
        void set(Builder b, long value);
    }

    /**
     * Runs {@code template} grouped by district; {@code periods} pairs of dates to bind. Each person
     * or municipality counted belongs to exactly one district, so the total is the sum of the
     * districts (one aggregate pass instead of two).
     */
    private static void grouped(Connection c, Map<Long, String> keys, String template, int periods,
            Map<String, Builder> by, Setter setter, LocalDate from, LocalDate to) throws SQLException {
        String sql = template.formatted("m.district_id", "GROUP BY m.district_id");
        long total = 0;
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bindPeriods(q, periods, from, to);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String key = keys.get(rs.getLong(1));
                    setter.set(by.computeIfAbsent(key, k -> new Builder()), rs.getLong(2));
                    total += rs.getLong(2);
                }
            }
        }
        setter.set(by.get(null), total);
    }

    /** Binds {@code from} and {@code to} to the first {@code periods} pairs of parameters. */
    private static void bindPeriods(PreparedStatement q, int periods, LocalDate from, LocalDate to)
            throws SQLException {
        for (int i = 0; i < periods; i++) {
            q.setObject(2 * i + 1, from);
            q.setObject(2 * i + 2, to);
        }
    }

    private static final class Builder {
        final Map<EventType, Long> events = EventFigures.zero();
        final Map<EventType, Long> participants = EventFigures.zero();
        final Map<EventType, Long> navigators = EventFigures.zero();
        long attending;
        long municipalities;
        long reached;
        long qualified;

        EventFigures build() {
            return new EventFigures(events, participants, navigators, attending, municipalities, reached, qualified);
        }
    }
}
