package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.events.EventType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Courses, network meetings and workshops with their participants: courses for navigators who
 * started recently, network meetings per district, workshops for anyone, and one annual meeting
 * for everybody each year.
 */
final class DemoEvents {

    static final int EVENTS_PER_SCALE = 60;

    private static final LocalDate FIRST_EVENT = LocalDate.of(2021, 3, 1);

    private static final String[] MODULES = {
        "Rolle und Auftrag der Digital-Navigatoren", "Prozesse erkennen und beschreiben",
        "Online-Dienste, OZG und Amt24", "Projekte planen und Kolleginnen und Kollegen mitnehmen"};
    private static final String[] ADVANCED_COURSES = {
        "Prozessmodellierung mit BPMN", "Datenschutz und Informationssicherheit in der Kommune",
        "Digitale Barrierefreiheit", "Moderation und Veränderungsmanagement"};
    private static final String[] WORKSHOPS = {
        "Barrierefreie Webseiten gestalten", "E-Rechnung in der Praxis", "Künstliche Intelligenz in der Verwaltung",
        "Online-Beteiligung planen", "Ratsinformationssysteme im Vergleich", "Social Media für Kommunen",
        "Open Data für kleine Gemeinden", "Formulare digital und barrierefrei", "Digitale Sitzungen leiten",
        "ePayment einführen"};
    private static final String ONLINE = "Online (Videokonferenz)";

    private final DemoRandom random;

    DemoEvents(DemoRandom random) {
        this.random = random;
    }

    /** Writes the events and attendances; returns the number of events and of attendances. */
    int[] write(Connection c, int count, List<DemoCoach> coaches, List<DemoNavigator> navigators,
            List<DemoParticipant> participants, DemoProgress progress) throws SQLException {
        List<Plan> plans = new ArrayList<>();
        for (int year = DemoCalendar.FIRST_YEAR; year <= DemoCalendar.LAST_YEAR && plans.size() < count; year++) {
            LocalDate day = DemoCalendar.workday(
                    random.date(LocalDate.of(year, Month.SEPTEMBER, 10), LocalDate.of(year, Month.OCTOBER, 20)),
                    FIRST_EVENT, DemoCalendar.END);
            plans.add(annualMeeting(day, coaches, navigators));
        }
        int mostActive = (int) navigators.stream().filter(n -> n.activeOn(DemoCalendar.END)).count();
        for (int attempt = 0; plans.size() < count && attempt < 1000 * count; attempt++) {
            // more events when more navigators are active: a day is kept in proportion to them
            LocalDate day = DemoCalendar.workday(random.date(FIRST_EVENT, DemoCalendar.END), FIRST_EVENT,
                    DemoCalendar.END);
            List<DemoNavigator> active = navigators.stream().filter(n -> n.activeOn(day)).toList();
            if (active.isEmpty() || random.unit() * mostActive > active.size()) {
                continue;
            }
            plans.add(switch (random.weighted(new double[] {35, 40, 25})) {
                case 0 -> course(day, coaches, active);
                case 1 -> networkMeeting(day, coaches, active, participants);
                default -> workshop(day, coaches, active);
            });
        }
        plans.sort(Comparator.comparing(Plan::day).thenComparing(Plan::title));

        int attendances = 0;
        try (BatchInsert events = BatchInsert.returningIds(c, """
                INSERT INTO event (event_type, title, starts_on, ends_on, location, online, coach_id, capacity,
                    description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                BatchInsert attendance = BatchInsert.rows(c,
                        "INSERT INTO attendance (event_id, navigator_id, attended) VALUES (?, ?, ?)")) {
            for (Plan p : plans) {
                long id = events.insert(p.type().name(), p.title(), p.day(), p.endsOn(), p.location(), p.online(),
                        p.coach() == null ? null : p.coach().id(), p.capacity(), p.description());
                List<DemoNavigator> sorted = new ArrayList<>(p.participants());
                sorted.sort(Comparator.comparingLong(DemoNavigator::id));
                for (DemoNavigator n : sorted) {
                    attendance.add(id, n.id(), !random.chance(0.08));
                }
                attendances += sorted.size();
                if (events.written() % 50 == 0) {
                    progress.within(events.written(), plans.size());
                }
            }
        }
        return new int[] {plans.size(), attendances};
    }

    private Plan annualMeeting(LocalDate day, List<DemoCoach> coaches, List<DemoNavigator> navigators) {
        List<DemoNavigator> active = navigators.stream().filter(n -> n.activeOn(day)).toList();
        List<DemoNavigator> coming = sample(active, (int) Math.round(active.size() * random.between(0.6, 0.8)));
        return new Plan(EventType.NETZWERKTREFFEN, "Jahrestreffen der Digital-Navigatoren " + day.getYear(), day,
                null, "Kongresssaal, Dresden", false, coaches.get(0), Math.max(60, active.size() + 20),
                "Rückblick auf das Jahr, Vorstellung gelungener Vor-Ort-Projekte und Austausch in Themeninseln.",
                coming);
    }

    private Plan course(LocalDate day, List<DemoCoach> coaches, List<DemoNavigator> active) {
        int capacity = random.pick(new Integer[] {16, 20, 24});
        boolean online = random.chance(0.5);
        String location = online ? ONLINE : "Schulungsraum der Koordinierungsstelle, Dresden";
        DemoCoach coach = random.pick(coaches.stream().filter(c -> c.activeOn(day)).toList());
        List<DemoNavigator> experienced = active.stream().filter(n -> n.since().isBefore(day.minusDays(180))).toList();
        if (experienced.size() >= 6 && random.chance(0.3)) {
            String topic = random.pick(ADVANCED_COURSES);
            return new Plan(EventType.KURS, "Aufbaukurs: " + topic, day, day.plusDays(1), location, online, coach,
                    capacity, "Zweitägiger Aufbaukurs für erfahrene Digital-Navigatoren.", fill(experienced, capacity));
        }
        int module = random.between(1, MODULES.length);
        List<DemoNavigator> candidates = active.stream().filter(n -> n.since().isAfter(day.minusDays(365))).toList();
        if (candidates.size() < 6) {
            candidates = active;
        }
        return new Plan(EventType.KURS, "Grundkurs Digital-Navigatoren, Modul " + module + ": " + MODULES[module - 1],
                day, null, location, online, coach, capacity,
                "Teil der Grundqualifizierung; Übungen an Beispielen aus den eigenen Verwaltungen.",
                fill(candidates, capacity));
    }

    private Plan networkMeeting(LocalDate day, List<DemoCoach> coaches, List<DemoNavigator> active,
            List<DemoParticipant> participants) {
        // the districts that have active navigators on that day, in key order
        TreeMap<String, List<DemoNavigator>> byDistrict = new TreeMap<>();
        for (DemoNavigator n : active) {
            byDistrict.computeIfAbsent(n.home().municipality().districtKey(), k -> new ArrayList<>()).add(n);
        }
        if (byDistrict.isEmpty()) {
            return workshop(day, coaches, active);
        }
        // districts with more navigators meet more often
        List<String> keys = new ArrayList<>(byDistrict.keySet());
        String district = keys.get(random.weighted(keys.stream().mapToDouble(k -> byDistrict.get(k).size()).toArray()));
        List<DemoNavigator> local = byDistrict.get(district);
        DemoMunicipality sample = local.get(0).home().municipality();
        List<DemoParticipant> hosts = participants.stream()
                .filter(p -> p.municipality().districtKey().equals(district) && p.activeOn(day)).toList();
        boolean online = random.chance(0.15);
        String location = online ? ONLINE
                : hosts.isEmpty() ? "Landratsamt, " + sample.districtLabel()
                : "Rathaus " + random.pick(hosts).municipality().shortName();
        DemoCoach coach = coaches.stream().filter(c -> c.looksAfter(district) && c.activeOn(day)).findFirst()
                .orElse(coaches.get(0));
        int capacity = 40;
        int size = Math.min(capacity, (int) Math.ceil(local.size() * random.between(0.5, 0.9)));
        return new Plan(EventType.NETZWERKTREFFEN, "Netzwerktreffen " + sample.districtLabel(), day, null, location,
                online, coach, capacity,
                "Austausch der Navigatoren der Region, kurze Berichte aus den Vor-Ort-Projekten.", sample(local, size));
    }

    private Plan workshop(LocalDate day, List<DemoCoach> coaches, List<DemoNavigator> active) {
        int capacity = random.between(12, 20);
        boolean online = random.chance(0.5);
        DemoCoach coach = random.chance(0.7) ? random.pick(coaches.stream().filter(c -> c.activeOn(day)).toList())
                : null;
        return new Plan(EventType.WORKSHOP, "Workshop: " + random.pick(WORKSHOPS), day, null,
                online ? ONLINE : "Seminarraum, Leipzig", online, coach, capacity,
                "Halbtägiger Praxisworkshop mit externer Referentin oder externem Referenten.", fill(active, capacity));
    }

    /** Between 60 % and 100 % of the places, taken by chance from the candidates. */
    private List<DemoNavigator> fill(List<DemoNavigator> candidates, int capacity) {
        return sample(candidates, (int) Math.round(capacity * random.between(0.6, 1.0)));
    }

    /** {@code size} of {@code from} (fewer if there are fewer), chosen by chance. */
    private List<DemoNavigator> sample(List<DemoNavigator> from, int size) {
        List<DemoNavigator> pool = new ArrayList<>(from);
        int n = Math.min(size, pool.size());
        for (int i = 0; i < n; i++) {
            int j = random.between(i, pool.size() - 1);
            DemoNavigator t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        return List.copyOf(pool.subList(0, n));
    }

    private record Plan(EventType type, String title, LocalDate day, LocalDate endsOn, String location,
            boolean online, DemoCoach coach, Integer capacity, String description, List<DemoNavigator> participants) {
    }
}
