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
                   e.location, e.online, e.capacity, COUNT(a.id),
                   SUM(CASE WHEN a.status = 'TEILGENOMMEN' THEN 1 ELSE 0 END)
            FROM event e
            LEFT JOIN course_module cm ON cm.id = e.module_id
            LEFT JOIN attendance a ON a.event_id = e.id
            %s
            GROUP BY e.id, e.event_type, e.title, e.module_id, cm.name, e.starts_on, e.ends_on, e.starts_at, e.ends_at,
                     e.location, e.online, e.capacity
            ORDER BY e.starts_on DESC, e.title, e.id""";
    private static final String TRAINERS = """
            SELECT et.event_id, c.id, c.first_name, c.last_name
            FROM event_trainer et JOIN coach c ON c.id = et.coach_id
            %s
            ORDER BY et.event_id, c.last_name, c.first_name""";
    private static final String DISTRICTS = """
            SELECT DISTINCT a.event_id, d.district_key
            FROM attendance a
            LEFT JOIN navigator n ON n.id = a.navigator_id
            JOIN municipality m ON m.id = COALESCE(n.municipality_id, a.guest_municipality_id)
            JOIN district d ON d.id = m.district_id
            %s""";
    private static final String PARTICIPANTS = """
            SELECT a.id, a.version, a.navigator_id, COALESCE(n.first_name || ' ' || n.last_name, a.guest_name),
                   COALESCE(n.last_name || ' ' || n.first_name, a.guest_name), m.name, d.name,
                   COALESCE(n.email, a.guest_email), a.status, a.registered_on
            FROM attendance a
            LEFT JOIN navigator n ON n.id = a.navigator_id
            JOIN municipality m ON m.id = COALESCE(n.municipality_id, a.guest_municipality_id)
            JOIN district d ON d.id = m.district_id
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
        Map<Long, Set<String>> districts = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(DISTRICTS.formatted(id == null ? "" : "WHERE a.event_id = ?"))) {
            if (id != null) {
                q.setLong(1, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    districts.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
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
                            (Integer) rs.getObject(12, Integer.class), rs.getInt(13), rs.getInt(14),
                            districts.getOrDefault(eventId, Set.of())));
                }
            }
        }
        return rows;
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
                "SELECT id, version, name, basic_qualification, sort_order FROM course_module ORDER BY sort_order, name");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new ModuleRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5)));
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
    private static final String EVENTS_BY_DISTRICT = """
            SELECT d.district_key, e.event_type, COUNT(DISTINCT e.id), COUNT(a.id), COUNT(DISTINCT a.navigator_id)
            FROM attendance a
            JOIN event e ON e.id = a.event_id
            LEFT JOIN navigator n ON n.id = a.navigator_id
            JOIN municipality m ON m.id = COALESCE(n.municipality_id, a.guest_municipality_id)
            JOIN district d ON d.id = m.district_id
            WHERE a.status = 'TEILGENOMMEN' AND e.starts_on BETWEEN ? AND ?
            GROUP BY d.district_key, e.event_type""";
    private static final String PARTICIPANTS_TOTAL = """
            SELECT e.event_type, COUNT(a.id), COUNT(DISTINCT a.navigator_id)
            FROM attendance a JOIN event e ON e.id = a.event_id
            WHERE a.status = 'TEILGENOMMEN' AND e.starts_on BETWEEN ? AND ?
            GROUP BY e.event_type""";
    private static final String ATTENDING_NAVIGATORS = """
            SELECT %s, COUNT(DISTINCT a.navigator_id)
            FROM attendance a
            JOIN event e ON e.id = a.event_id
            JOIN navigator n ON n.id = a.navigator_id
            JOIN municipality m ON m.id = n.municipality_id
            JOIN district d ON d.id = m.district_id
            WHERE a.status = 'TEILGENOMMEN' AND e.starts_on BETWEEN ? AND ?
            %s""";
    /** Municipalities reached: a coaching session there, or someone from there at an event. */
    private static final String MUNICIPALITIES_REACHED = """
            SELECT %s, COUNT(DISTINCT r.municipality_id)
            FROM (SELECT s.municipality_id AS municipality_id FROM coaching_session s
                  WHERE s.session_date BETWEEN ? AND ?
                  UNION
                  SELECT COALESCE(n.municipality_id, a.guest_municipality_id) FROM attendance a
                  JOIN event e ON e.id = a.event_id
                  LEFT JOIN navigator n ON n.id = a.navigator_id
                  WHERE a.status = 'TEILGENOMMEN' AND e.starts_on BETWEEN ? AND ?) r
            JOIN municipality m ON m.id = r.municipality_id
            JOIN district d ON d.id = m.district_id
            %s""";
    /** Navigators reached: coached, or at an event. */
    private static final String NAVIGATORS_REACHED = """
            SELECT %s, COUNT(DISTINCT r.navigator_id)
            FROM (SELECT s.navigator_id AS navigator_id FROM coaching_session s WHERE s.session_date BETWEEN ? AND ?
                  UNION
                  SELECT a.navigator_id FROM attendance a JOIN event e ON e.id = a.event_id
                  WHERE a.status = 'TEILGENOMMEN' AND a.navigator_id IS NOT NULL AND e.starts_on BETWEEN ? AND ?) r
            JOIN navigator n ON n.id = r.navigator_id
            JOIN municipality m ON m.id = n.municipality_id
            JOIN district d ON d.id = m.district_id
            %s""";
    /** Navigators whose last required module was completed in the period. */
    private static final String QUALIFIED = """
            SELECT %s, COUNT(*)
            FROM (SELECT q.navigator_id AS navigator_id, MAX(q.first_done) AS completed_on
                  FROM (SELECT a.navigator_id AS navigator_id, e.module_id AS module_id,
                               MIN(COALESCE(e.ends_on, e.starts_on)) AS first_done
                        FROM attendance a
                        JOIN event e ON e.id = a.event_id
                        JOIN course_module cm ON cm.id = e.module_id
                        WHERE a.status = 'TEILGENOMMEN' AND cm.basic_qualification = TRUE
                              AND a.navigator_id IS NOT NULL
                        GROUP BY a.navigator_id, e.module_id) q
                  GROUP BY q.navigator_id
                  HAVING COUNT(*) = (SELECT COUNT(*) FROM course_module WHERE basic_qualification = TRUE)) done
            JOIN navigator n ON n.id = done.navigator_id
            JOIN municipality m ON m.id = n.municipality_id
            JOIN district d ON d.id = m.district_id
            WHERE done.completed_on BETWEEN ? AND ?
            %s""";

    /**
     * The events' Sachbericht figures of the period {@code from}–{@code to} (both inclusive): in total
     * (key null) and per district key. Every number is one aggregate query.
     */
    public Map<String, EventFigures> figures(LocalDate from, LocalDate to) {
        return database.withConnection(c -> {
            Map<String, Builder> by = new LinkedHashMap<>();
            Builder total = new Builder();
            by.put(null, total);
            try (PreparedStatement q = c.prepareStatement(EVENTS_TOTAL)) {
                bind(q, from, to);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        total.events.put(EventType.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement(PARTICIPANTS_TOTAL)) {
                bind(q, from, to);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        EventType type = EventType.valueOf(rs.getString(1));
                        total.participants.put(type, rs.getLong(2));
                        total.navigators.put(type, rs.getLong(3));
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement(EVENTS_BY_DISTRICT)) {
                bind(q, from, to);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        Builder b = by.computeIfAbsent(rs.getString(1), k -> new Builder());
                        EventType type = EventType.valueOf(rs.getString(2));
                        b.events.put(type, rs.getLong(3));
                        b.participants.put(type, rs.getLong(4));
                        b.navigators.put(type, rs.getLong(5));
                    }
                }
            }
            grouped(c, ATTENDING_NAVIGATORS, 1, by, (b, n) -> b.attending = n, from, to);
            grouped(c, MUNICIPALITIES_REACHED, 2, by, (b, n) -> b.municipalities = n, from, to);
            grouped(c, NAVIGATORS_REACHED, 2, by, (b, n) -> b.reached = n, from, to);
            grouped(c, QUALIFIED, 1, by, (b, n) -> b.qualified = n, from, to);
            Map<String, EventFigures> result = new LinkedHashMap<>();
            by.forEach((k, b) -> result.put(k, b.build()));
            return result;
        });
    }

    private interface Setter {
        void set(Builder b, long value);
    }

    /** Runs {@code template} once in total and once grouped by district; {@code periods} pairs of dates to bind. */
    private static void grouped(Connection c, String template, int periods, Map<String, Builder> by, Setter setter,
            LocalDate from, LocalDate to) throws SQLException {
        for (boolean perDistrict : new boolean[] {false, true}) {
            String sql = template.formatted(perDistrict ? "d.district_key" : "CAST(NULL AS VARCHAR(5))",
                    perDistrict ? "GROUP BY d.district_key" : "");
            try (PreparedStatement q = c.prepareStatement(sql)) {
                for (int i = 0; i < periods; i++) {
                    q.setObject(2 * i + 1, from);
                    q.setObject(2 * i + 2, to);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        setter.set(by.computeIfAbsent(rs.getString(1), k -> new Builder()), rs.getLong(2));
                    }
                }
            }
        }
    }

    private static void bind(PreparedStatement q, LocalDate from, LocalDate to) throws SQLException {
        q.setObject(1, from);
        q.setObject(2, to);
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
