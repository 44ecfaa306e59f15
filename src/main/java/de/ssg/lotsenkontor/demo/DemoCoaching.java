package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.coaching.CoachingAssignment;
import de.ssg.lotsenkontor.coaching.CoachingMonthTotals;
import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.coaching.SessionFormat;
import java.math.BigDecimal;
import de.ssg.lotsenkontor.common.I18n;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hibernate.Session;

/**
 * Who coaches whom and when, and the coaching sessions. Each navigator starts with the coach of
 * their district (or a stand-in while that coach has not started yet, then a handover); some
 * change coach later; assignments end when the navigator leaves. Assignments go through
 * {@link CoachingService#assign(Session, long, long, LocalDate, LocalDate)}, so the rule "at most
 * one active assignment per navigator" holds exactly as in the app.
 */
final class DemoCoaching {

    static final int SESSIONS_PER_SCALE = 1500;

    private static final String[] CHANGE_NOTES = {
        "Kapazitätsausgleich zwischen den Lotsen", "Wechsel auf Wunsch der Kommune",
        "Neuaufteilung der Regionen", "Wechsel nach Abstimmung im Team der Koordinierungsstelle"};

    private static final String[] TOPICS = {
        "Einführung in die Rolle als Digital-Navigator", "Prozessaufnahme im Bürgerbüro",
        "Online-Terminvergabe einrichten", "OZG-Leistungen im Amt24 freischalten",
        "Digitale Bauantragsstrecke vorbereiten", "E-Rechnung: Eingang und Freigabe-Workflow",
        "E-Akte: Aktenplan und Ablagestruktur", "Datenschutz bei Online-Formularen",
        "Barrierefreiheit der Gemeinde-Website", "Ratsinformationssystem einführen",
        "Digitale Sitzungsvorbereitung für den Gemeinderat", "Social Media für die Gemeinde",
        "Mängelmelder einführen", "Online-Formulare mit dem Formularserver",
        "Projektplanung für das Vor-Ort-Projekt", "Fördermittel für Digitalisierungsvorhaben",
        "Schulung der Kolleginnen und Kollegen vorbereiten", "Digitale Kita-Platzvergabe",
        "Gewerbeanmeldung online", "Digitaler Posteingang und Scanstelle", "IT-Sicherheit im Rathaus",
        "Videokonferenzen im Verwaltungsalltag", "Veränderungen im Team begleiten",
        "Online-Bürgerbeteiligung planen", "Open Data: erste Datensätze veröffentlichen",
        "Zwischenbilanz und Zielvereinbarung", "Auswertung des Vor-Ort-Projekts",
        "ePayment für Verwaltungsgebühren", "Friedhofsverwaltung digital", "Vereinsförderung online beantragen",
        "Dokumentenmanagementsystem auswählen", "Zusammenarbeit in der Verwaltungsgemeinschaft",
        "Prozesslandkarte der Verwaltung", "Digitale Dienstreise- und Urlaubsanträge"};

    private static final String[] NOTES = {
        "Nachbereitung per E-Mail vereinbart", "Folgetermin in vier Wochen", "Unterlagen zum Prozess zugesandt",
        "Verwaltungsspitze war kurz dabei", "Kontakt zu einer Nachbarkommune vermittelt"};

    private static final BigDecimal[] ON_SITE_HOURS = hours("1.50", "2.00", "2.00", "2.50", "3.00", "3.50", "4.00");
    private static final BigDecimal[] ONLINE_HOURS = hours("0.75", "1.00", "1.00", "1.25", "1.50", "2.00");
    private static final BigDecimal[] PHONE_HOURS = hours("0.25", "0.50", "0.50", "0.75", "1.00");

    private final DemoRandom random;
    private final List<DemoCoach> coaches;
    private final int[] load;
    private final Map<Long, List<Segment>> segmentsByNavigator = new HashMap<>();

    DemoCoaching(DemoRandom random, List<DemoCoach> coaches) {
        this.random = random;
        this.coaches = coaches;
        this.load = new int[coaches.size()];
    }

    /** Plans and writes the assignments of every navigator; returns how many were written. */
    int writeAssignments(Session session, List<DemoNavigator> navigators, DemoProgress progress) {
        int written = 0;
        int done = 0;
        for (DemoNavigator n : navigators) {
            List<Segment> segments = plan(n);
            segmentsByNavigator.put(n.id(), segments);
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                LocalDate until = i == segments.size() - 1 ? n.until() : null;
                CoachingAssignment a = CoachingService.assign(session, s.coach().id(), n.id(), s.from(), until);
                a.setNote(s.note());
                if (until != null) {
                    a.setEndReason(I18n.text("coaching.endReason.navigatorLeft"));
                }
                written++;
            }
            if (++done % 100 == 0) {
                session.flush();
                session.clear();
                progress.within(done, navigators.size());
            }
        }
        session.flush();
        session.clear();
        return written;
    }

    private List<Segment> plan(DemoNavigator n) {
        String district = n.home().municipality().districtKey();
        LocalDate last = n.lastDay();
        List<Segment> segments = new ArrayList<>();
        DemoCoach first = leastLoaded(c -> c.looksAfter(district) && c.activeOn(n.since()));
        if (first == null) {
            first = leastLoaded(c -> c.activeOn(n.since()));
        }
        segments.add(new Segment(first, n.since(), null));
        load[coaches.indexOf(first)]++;

        if (!first.looksAfter(district)) {
            DemoCoach own = leastLoaded(c -> c.looksAfter(district));
            LocalDate handover = DemoCalendar.max(own.from(), n.since().plusDays(1)).plusDays(random.between(0, 20));
            if (handover.isBefore(last)) {
                segments.add(new Segment(own, handover,
                        "Übergabe wegen regionaler Zuständigkeit (" + n.home().municipality().districtLabel() + ")"));
            }
        }
        Segment current = segments.get(segments.size() - 1);
        LocalDate earliest = current.from().plusDays(180);
        LocalDate latest = last.minusDays(60);
        if (random.chance(0.12) && earliest.isBefore(latest)) {
            LocalDate day = random.date(earliest, latest);
            DemoCoach from = current.coach();
            DemoCoach other = leastLoaded(c -> c != from && c.activeOn(day) && c.looksAfter(district));
            if (other == null) {
                other = leastLoaded(c -> c != from && c.activeOn(day));
            }
            if (other != null) {
                segments.add(new Segment(other, day, random.pick(CHANGE_NOTES)));
            }
        }
        return segments;
    }

    /** The candidate with the fewest navigators so far (the first of them on a tie), or null. */
    private DemoCoach leastLoaded(Predicate<DemoCoach> candidate) {
        int best = -1;
        for (int i = 0; i < coaches.size(); i++) {
            if (candidate.test(coaches.get(i)) && (best < 0 || load[i] < load[best])) {
                best = i;
            }
        }
        return best < 0 ? null : coaches.get(best);
    }

    /** The coach looking after {@code navigator} on {@code day} (the first or last one outside their time). */
    DemoCoach coachOn(DemoNavigator navigator, LocalDate day) {
        List<Segment> segments = segmentsByNavigator.get(navigator.id());
        DemoCoach coach = segments.get(0).coach();
        for (Segment s : segments) {
            if (!s.from().isAfter(day)) {
                coach = s.coach();
            }
        }
        return coach;
    }

    /**
     * Writes the sessions: spread over the days on which a navigator is coached and their
     * municipality is active, on working days, with the coach of that day.
     */
    int writeSessions(Connection c, List<DemoNavigator> navigators, int count, DemoProgress progress)
            throws SQLException {
        List<Coached> coached = new ArrayList<>();
        for (DemoNavigator n : navigators) {
            List<Segment> segments = segmentsByNavigator.get(n.id());
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                LocalDate until = i + 1 < segments.size() ? segments.get(i + 1).from().minusDays(1) : n.lastDay();
                for (DemoPeriod working : n.workingPeriods()) {
                    DemoPeriod p = working.intersect(s.from(), until);
                    if (p != null) {
                        coached.add(new Coached(n, s.coach(), p));
                    }
                }
            }
        }
        if (coached.isEmpty()) {
            return 0;
        }
        long[] cumulative = new long[coached.size()];
        long total = 0;
        for (int i = 0; i < coached.size(); i++) {
            total += coached.get(i).period().days();
            cumulative[i] = total;
        }

        Map<Long, List<DemoNavigator>> byMunicipality = new HashMap<>();
        for (DemoNavigator n : navigators) {
            byMunicipality.computeIfAbsent(n.home().municipality().id(), k -> new ArrayList<>()).add(n);
            n.further().forEach(m -> byMunicipality.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(n));
        }
        List<SessionRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long x = (long) (random.unit() * total);
            int found = Arrays.binarySearch(cumulative, x + 1); // the first period whose running total exceeds x
            int index = found >= 0 ? found : -found - 1;
            Coached k = coached.get(index);
            LocalDate day = k.period().from().plusDays(x - (cumulative[index] - k.period().days()));
            rows.add(session(k, DemoCalendar.workday(day, k.period().from(), k.period().until()), byMunicipality));
        }
        rows.sort(Comparator.comparing(SessionRow::day).thenComparingLong(r -> r.navigators().get(0).id()));

        writeTopics(c);
        // sessions in batches, their generated ids read back per batch for the navigators' join rows
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO coaching_session (coach_id, municipality_id, session_date, hours,
                    session_format, topic, note) VALUES (?, ?, ?, ?, ?, ?, ?)""", new String[] {"ID"});
                BatchInsert join = BatchInsert.rows(c,
                        "INSERT INTO coaching_session_navigator (session_id, navigator_id) VALUES (?, ?)")) {
            for (int from = 0; from < rows.size(); from += 1000) {
                List<SessionRow> batch = rows.subList(from, Math.min(rows.size(), from + 1000));
                for (SessionRow r : batch) {
                    Object[] values = {r.coach().id(), r.municipalityId(), r.day(), r.hours(), r.format().name(),
                        r.topic(), r.note()};
                    for (int v = 0; v < values.length; v++) {
                        insert.setObject(v + 1, values[v]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    for (SessionRow r : batch) {
                        if (!keys.next()) {
                            throw new SQLException("missing generated id of a coaching session");
                        }
                        long id = keys.getLong(1);
                        for (DemoNavigator n : r.navigators()) {
                            join.add(id, n.id());
                        }
                    }
                }
                progress.within(from + batch.size(), rows.size());
            }
            join.close();
            CoachingMonthTotals.rebuild(c);
            return rows.size();
        }
    }

    /** The demo's topics join the office's list, after the topics already there. */
    private static void writeTopics(Connection c) throws SQLException {
        int position = 100;
        try (PreparedStatement q = c.prepareStatement("INSERT INTO coaching_topic (name, position) SELECT ?, ?"
                + " FROM (VALUES (0)) AS one(x) WHERE NOT EXISTS (SELECT 1 FROM coaching_topic WHERE name = ?)")) {
            for (String topic : TOPICS) {
                q.setString(1, topic);
                q.setInt(2, position++);
                q.setString(3, topic);
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    private SessionRow session(Coached k, LocalDate day, Map<Long, List<DemoNavigator>> byMunicipality) {
        DemoNavigator n = k.navigator();
        long municipality = n.home().municipality().id();
        if (!n.further().isEmpty() && random.chance(0.2)) {
            municipality = random.pick(n.further()).id();
        }
        SessionFormat format = SessionFormat.values()[random.weighted(new double[] {35, 45, 20})];
        BigDecimal hours = random.pick(switch (format) {
            case VOR_ORT -> ON_SITE_HOURS;
            case ONLINE -> ONLINE_HOURS;
            case TELEFON -> PHONE_HOURS;
        });
        String note = random.chance(0.15) ? random.pick(NOTES) : null;
        // about one session in six on site or online is held with a colleague of the same coach there as well
        List<DemoNavigator> coached = new ArrayList<>(List.of(n));
        if (random.chance(0.17) && format != SessionFormat.TELEFON) {
            for (DemoNavigator other : byMunicipality.getOrDefault(municipality, List.of())) {
                if (other.id() != n.id() && coachedBy(other, k.coach(), day) && coached.size() < 3) {
                    coached.add(other);
                }
            }
        }
        return new SessionRow(k.coach(), coached, municipality, day, hours, format, random.pick(TOPICS), note);
    }

    /** Whether {@code coach} looks after navigator {@code n} on {@code day}, a day on which n works. */
    private boolean coachedBy(DemoNavigator n, DemoCoach coach, LocalDate day) {
        List<Segment> segments = segmentsByNavigator.get(n.id());
        if (segments == null || segments.isEmpty() || segments.get(0).from().isAfter(day) || !n.activeOn(day)
                || n.workingPeriods().stream().noneMatch(p -> p.contains(day))) {
            return false;
        }
        return coachOn(n, day).id() == coach.id();
    }

    private static BigDecimal[] hours(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    /** From {@code from} on, {@code coach} looks after the navigator. */
    private record Segment(DemoCoach coach, LocalDate from, String note) {
    }

    /** Days on which a navigator is coached by one coach. */
    private record Coached(DemoNavigator navigator, DemoCoach coach, DemoPeriod period) {
    }

    private record SessionRow(DemoCoach coach, List<DemoNavigator> navigators, long municipalityId, LocalDate day,
            BigDecimal hours, SessionFormat format, String topic, String note) {
    }
}
