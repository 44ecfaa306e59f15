package de.ssg.lotsenkontor.demo;

import static de.ssg.lotsenkontor.municipality.ParticipationStatus.AKTIV;
import static de.ssg.lotsenkontor.municipality.ParticipationStatus.AUSGESCHIEDEN;
import static de.ssg.lotsenkontor.municipality.ParticipationStatus.INTERESSIERT;
import static de.ssg.lotsenkontor.municipality.ParticipationStatus.PAUSIERT;

import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.municipality.MunicipalityService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Session;

/**
 * Which real municipalities take part in the fictional programme, since when and how their
 * participation went (interested, active, some paused or left), plus their contact persons.
 */
final class DemoMunicipalities {

    /** Participating (active or paused) municipalities at scale 1. */
    static final int PARTICIPATING_PER_SCALE = 130;
    /** Cities this large always take part, from the start (pilot cities). */
    private static final int PILOT_POPULATION = 100_000;

    private static final double[] START_YEAR_WEIGHTS = {30, 26, 20, 13, 8, 3}; // 2021 … 2026

    private static final String[] INTEREST_NOTES = {
        "Erstgespräch mit der Verwaltungsspitze", "Interesse beim Regionaltreffen bekundet",
        "Anfrage per E-Mail an die Koordinierungsstelle", "Empfehlung durch eine Nachbargemeinde",
        "Informationsveranstaltung im Landratsamt besucht"};
    private static final String[] ACTIVE_NOTES = {
        "Kooperationsvereinbarung unterzeichnet", "Gemeinderatsbeschluss zur Teilnahme liegt vor",
        "Auftaktgespräch geführt, Navigator wird benannt", "Kooperationsvereinbarung unterzeichnet"};
    private static final String[] PAUSE_NOTES = {
        "Personalwechsel in der Verwaltung", "Haushaltssperre, Teilnahme ruht",
        "Navigatorin in Elternzeit, Vertretung offen", "Umstellung des Fachverfahrens hat Vorrang"};
    private static final String[] LEAVE_NOTES = {
        "Kooperation beendet: keine personellen Kapazitäten", "Teilnahme auf Wunsch der Gemeinde beendet"};
    private static final String LEAVE_TO_ASSOCIATION = "Aufgabe an die Verwaltungsgemeinschaft übertragen";
    private static final String RESUME_NOTE = "Teilnahme wieder aufgenommen";

    private static final String[][] MAYOR = {{"Bürgermeisterin", "Bürgermeister"}};
    private static final String[][] CITY_CONTACT = {
        {"Leiterin Hauptamt", "Leiter Hauptamt"}, {"Digitalisierungsbeauftragte", "Digitalisierungsbeauftragter"},
        {"Leiterin Organisation und IT", "Leiter Organisation und IT"}};
    private static final String[][] SECOND_CONTACT = {
        {"Leiterin Bürgerbüro", "Leiter Bürgerbüro"}, {"IT-Koordinatorin", "IT-Koordinator"},
        {"Hauptamtsleiterin", "Hauptamtsleiter"}, {"Sachbearbeiterin Organisation", "Sachbearbeiter Organisation"}};

    private final DemoRandom random;
    private final DemoNames names;

    DemoMunicipalities(DemoRandom random, DemoNames names) {
        this.random = random;
        this.names = names;
    }

    /** Municipalities that exist and have no participation history yet, in AGS order. */
    static List<DemoMunicipality> load(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                SELECT m.id, m.ags, m.name, COALESCE(m.population, 0), m.association_id,
                       d.id, d.district_key, d.name, d.district_type
                FROM municipality m JOIN district d ON d.id = m.district_id
                WHERE m.dissolved_on IS NULL AND m.participation_status = 'NICHT_BETEILIGT'
                  AND NOT EXISTS (SELECT 1 FROM participation p WHERE p.municipality_id = m.id)
                ORDER BY m.ags""");
                ResultSet rs = q.executeQuery()) {
            List<DemoMunicipality> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new DemoMunicipality(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, Long.class), rs.getLong(6), rs.getString(7), rs.getString(8),
                        "KREISFREIE_STADT".equals(rs.getString(9))));
            }
            return out;
        }
    }

    /**
     * Chooses the participants, larger municipalities being likelier, and plans their histories.
     * Returns them in AGS order.
     */
    List<DemoParticipant> plan(List<DemoMunicipality> all, int scale) {
        // at large scales a few municipalities stay out, so that the map still shows where the programme is missing
        int open = all.size() - all.size() / 20;
        int participating = Math.min(PARTICIPATING_PER_SCALE * scale, open * 9 / 10);
        int left = Math.min(Math.round(participating * 0.04f), open - participating);
        int interested = Math.min(Math.round(participating * 0.12f), open - participating - left);

        // Weighted sampling without replacement (Efraimidis–Spirakis): the highest keys win.
        record Ranked(DemoMunicipality municipality, double key) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (DemoMunicipality m : all) {
            double weight = Math.sqrt(Math.max(m.population(), 100));
            double key = m.population() >= PILOT_POPULATION ? Double.POSITIVE_INFINITY
                    : StrictMath.log(1 - random.unit()) / weight;
            ranked.add(new Ranked(m, key));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::key).reversed().thenComparing(r -> r.municipality().ags()));

        List<DemoParticipant> participants = new ArrayList<>();
        for (int i = 0; i < participating + left + interested; i++) {
            DemoMunicipality m = ranked.get(i).municipality();
            DemoParticipant p = new DemoParticipant(m);
            if (i < participating) {
                planParticipation(p, m.population() >= PILOT_POPULATION);
            } else if (i < participating + left) {
                planLeaving(p);
            } else {
                p.add(INTERESSIERT, day(LocalDate.of(2025, 1, 6), DemoCalendar.END.minusDays(7)),
                        random.pick(INTEREST_NOTES));
            }
            participants.add(p);
        }
        participants.sort(Comparator.comparing(p -> p.municipality().ags()));
        return participants;
    }

    private LocalDate planStart(DemoParticipant p, boolean pilot) {
        LocalDate interested;
        if (pilot) {
            interested = day(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 2, 12));
        } else {
            int year = DemoCalendar.FIRST_YEAR + random.weighted(START_YEAR_WEIGHTS);
            interested = day(DemoCalendar.firstDay(year),
                    DemoCalendar.min(DemoCalendar.lastDay(year), DemoCalendar.END.minusDays(120)));
        }
        LocalDate active = DemoCalendar.workday(DemoCalendar.min(interested.plusDays(random.between(28, 150)),
                DemoCalendar.END.minusDays(60)), interested.plusDays(1), DemoCalendar.END.minusDays(30));
        p.add(INTERESSIERT, interested, random.pick(INTEREST_NOTES));
        p.add(AKTIV, active, random.pick(ACTIVE_NOTES));
        return active;
    }

    private void planParticipation(DemoParticipant p, boolean pilot) {
        LocalDate active = planStart(p, pilot);
        if (!pilot && random.chance(0.05)) {
            LocalDate earliest = DemoCalendar.min(active.plusDays(365), DemoCalendar.END.minusDays(30));
            p.add(PAUSIERT, day(earliest, DemoCalendar.END.minusDays(14)), random.pick(PAUSE_NOTES));
        } else if (!pilot && random.chance(0.05) && active.isBefore(DemoCalendar.END.minusDays(900))) {
            LocalDate pause = day(active.plusDays(200), DemoCalendar.END.minusDays(500));
            p.add(PAUSIERT, pause, random.pick(PAUSE_NOTES));
            LocalDate resume = pause.plusDays(random.between(60, 240));
            p.add(AKTIV, DemoCalendar.workday(resume, pause.plusDays(1), DemoCalendar.END), RESUME_NOTE);
        }
    }

    private void planLeaving(DemoParticipant p) {
        LocalDate active = planStart(p, false);
        LocalDate earliest = DemoCalendar.min(active.plusDays(180), DemoCalendar.END.minusDays(20));
        String note = p.municipality().associationId() != null && random.chance(0.4) ? LEAVE_TO_ASSOCIATION
                : random.pick(LEAVE_NOTES);
        p.add(AUSGESCHIEDEN, day(earliest, DemoCalendar.END.minusDays(14)), note);
    }

    /** A working day from {@code first} to {@code last}. */
    private LocalDate day(LocalDate first, LocalDate last) {
        return DemoCalendar.workday(random.date(first, last), first, last);
    }

    /** Writes the histories and sets each municipality's current status. */
    void writeParticipation(Session session, List<DemoParticipant> participants) {
        for (DemoParticipant p : participants) {
            Municipality m = session.find(Municipality.class, p.municipality().id());
            for (DemoParticipant.Entry e : p.history()) {
                MunicipalityService.recordParticipation(session, m, e.status(), e.from(), e.note(),
                        DemoCalendar.recordedAt(e.from(), random.between(0, 540)));
            }
        }
    }

    /** A primary contact for every participant and a second one for some; returns how many. */
    int writeContacts(Connection c, List<DemoParticipant> participants) throws SQLException {
        try (BatchInsert insert = BatchInsert.rows(c, """
                INSERT INTO contact_person (municipality_id, name, role, email, phone, is_primary)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (DemoParticipant p : participants) {
                DemoMunicipality m = p.municipality();
                String[][] roles = m.population() >= 20_000 ? CITY_CONTACT : MAYOR;
                addContact(insert, m, random.pick(roles), true);
                if (random.chance(0.35)) {
                    addContact(insert, m, random.pick(SECOND_CONTACT), false);
                }
            }
            return insert.written();
        }
    }

    private void addContact(BatchInsert insert, DemoMunicipality m, String[] role, boolean primary)
            throws SQLException {
        DemoNames.Person person = names.person();
        insert.add(m.id(), person.fullName(), person.female() ? role[0] : role[1],
                DemoNames.email(person, DemoNames.municipalityDomain(m.name())), names.phone(), primary);
    }
}
