package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.events.EventType;
import de.ssg.lotsenkontor.events.AttendanceStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Courses, network meetings and workshops with their participants: courses for navigators who
 * started recently, network meetings per district, workshops for anyone, and one annual meeting
 * for everybody each year. Courses take their module from the office's list (the basic
 * qualification's modules for the Grundkurs); events have times, online ones a link, some a second
 * trainer; network meetings and workshops have a few guests from municipalities without a navigator.
 * Attendance states: events of the last weeks of the data are still open (registered), earlier ones
 * were attended by most, with some excused and some absent.
 */
final class DemoEvents {

    static final int EVENTS_PER_SCALE = 60;

    private static final LocalDate FIRST_EVENT = LocalDate.of(2021, 3, 1);

    /** Events ending after this day have not taken place yet in the demo's world (states stay open). */
    static final LocalDate OPEN_FROM = DemoCalendar.END.minusDays(30);
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
    private final DemoNames guests;
    private List<Module> basicModules = List.of();
    private List<Module> otherModules = List.of();

    DemoEvents(DemoRandom random) {
        this.random = random;
        this.guests = new DemoNames(random.split());
    }

    private record Module(long id, String name) {
    }

    private void loadModules(Connection c) throws SQLException {
        List<Module> basic = new ArrayList<>();
        List<Module> other = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, name, basic_qualification FROM course_module ORDER BY sort_order, id")) {
            while (rs.next()) {
                (rs.getBoolean(3) ? basic : other).add(new Module(rs.getLong(1), rs.getString(2)));
            }
        }
        basicModules = basic;
        otherModules = other;
    }

    /** Writes the events and attendances; returns the number of events and of attendances. */
    int[] write(Connection c, int count, List<DemoCoach> coaches, List<DemoNavigator> navigators,
            List<DemoParticipant> participants, DemoProgress progress) throws SQLException {
        loadModules(c);
        Set<Long> withNavigator = new HashSet<>();
        navigators.forEach(n -> withNavigator.add(n.home().municipality().id()));
        List<DemoMunicipality> guestPlaces = participants.stream().map(DemoParticipant::municipality)
                .filter(m -> !withNavigator.contains(m.id())).sorted(Comparator.comparing(DemoMunicipality::ags))
                .toList();
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
        assignBasicCourses(plans, navigators);

        int attendances = 0;
        try (BatchInsert events = BatchInsert.returningIds(c, """
                INSERT INTO event (event_type, title, starts_on, ends_on, location, online, coach_id, capacity,
                    description, module_id, starts_at, ends_at, online_link)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                BatchInsert trainers = BatchInsert.rows(c,
                        "INSERT INTO event_trainer (event_id, coach_id) VALUES (?, ?)");
                BatchInsert attendance = BatchInsert.rows(c, """
                        INSERT INTO attendance (event_id, navigator_id, guest_name, guest_municipality_id,
                            guest_email, status, registered_on) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Plan p : plans) {
                LocalTime[] times = switch (p.type()) {
                    case KURS -> new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(15, 30)};
                    case NETZWERKTREFFEN -> new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(13, 0)};
                    case WORKSHOP -> new LocalTime[] {LocalTime.of(13, 0), LocalTime.of(16, 30)};
                };
                String link = p.online() ? "https://konferenz.example/dl-" + random.between(100000, 999999) : null;
                long id = events.insert(p.type().name(), p.title(), p.day(), p.endsOn(),
                        p.online() ? null : p.location(), p.online(), p.coach() == null ? null : p.coach().id(),
                        p.capacity(), p.description(), p.moduleId(), times[0], times[1], link);
                if (p.coach() != null) {
                    trainers.add(id, p.coach().id());
                    if (p.type() == EventType.KURS && random.chance(0.3)) {
                        List<DemoCoach> others = coaches.stream()
                                .filter(o -> o != p.coach() && o.activeOn(p.day())).toList();
                        if (!others.isEmpty()) {
                            trainers.add(id, random.pick(others).id());
                        }
                    }
                }
                LocalDate lastDay = p.endsOn() == null ? p.day() : p.endsOn();
                boolean open = lastDay.isAfter(OPEN_FROM);
                List<DemoNavigator> sorted = new ArrayList<>(p.participants());
                sorted.sort(Comparator.comparingLong(DemoNavigator::id));
                for (DemoNavigator n : sorted) {
                    attendance.add(id, n.id(), null, null, null, state(open).name(),
                            p.day().minusDays(random.between(5, 40)));
                }
                attendances += sorted.size();
                if (p.type() != EventType.KURS && !guestPlaces.isEmpty() && random.chance(0.4)) {
                    int guestCount = random.between(1, 3);
                    Set<Long> seen = new HashSet<>();
                    for (int g = 0; g < guestCount; g++) {
                        DemoMunicipality place = random.pick(guestPlaces);
                        DemoNames.Person guest = guests.person();
                        if (!seen.add(place.id())) {
                            continue;
                        }
                        attendance.add(id, null, guest.fullName(), place.id(),
                                DemoNames.email(guest, DemoNames.municipalityDomain(place.name())),
                                state(open).name(), p.day().minusDays(random.between(3, 30)));
                        attendances++;
                    }
                }
                if (events.written() % 50 == 0) {
                    progress.within(events.written(), plans.size());
                }
            }
        }
        retireModule(c);
        return new int[] {plans.size(), attendances};
    }

    /**
     * A module the office no longer offers: the advanced courses without a module of their own ran
     * under it until 2022; its courses keep it, new courses cannot choose it. No random draw, so the
     * rest of the programme stays the same for a seed.
     */
    private static void retireModule(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO course_module (name, basic_qualification, sort_order, active)
                    VALUES ('Aufbaumodul (bis 2022)', FALSE, 90, FALSE)""");
            s.executeUpdate("""
                    UPDATE event SET module_id = (SELECT id FROM course_module WHERE name = 'Aufbaumodul (bis 2022)')
                    WHERE event_type = 'KURS' AND title LIKE 'Aufbaukurs: %' AND module_id IS NULL
                      AND starts_on < DATE '2023-01-01'""");
        }
    }

    /**
     * The Grundkurs of each basic module goes, in date order, to the active navigators who have not
     * had that module yet, longest in the programme first: so most navigators complete the basic
     * qualification within their first year or two, as in the real programme.
     */
    private void assignBasicCourses(List<Plan> plans, List<DemoNavigator> navigators) {
        Set<Long> basic = new HashSet<>();
        basicModules.forEach(m -> basic.add(m.id()));
        java.util.Map<Long, Set<Long>> had = new java.util.HashMap<>();
        List<DemoNavigator> bySince = new ArrayList<>(navigators);
        bySince.sort(Comparator.comparing(DemoNavigator::since).thenComparingLong(DemoNavigator::id));
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            if (p.type() != EventType.KURS || p.moduleId() == null || !basic.contains(p.moduleId())) {
                continue;
            }
            List<DemoNavigator> chosen = bySince.stream()
                    .filter(n -> n.activeOn(p.day()) && !had.getOrDefault(n.id(), Set.of()).contains(p.moduleId()))
                    .limit(p.participants().size()).toList();
            chosen.forEach(n -> had.computeIfAbsent(n.id(), k -> new HashSet<>()).add(p.moduleId()));
            plans.set(i, new Plan(p.type(), p.title(), p.day(), p.endsOn(), p.location(), p.online(), p.coach(),
                    p.capacity(), p.description(), chosen, p.moduleId()));
        }
    }

    private AttendanceStatus state(boolean open) {
        if (open) {
            return random.chance(0.05) ? AttendanceStatus.ENTSCHULDIGT : AttendanceStatus.ANGEMELDET;
        }
        double x = random.unit();
        return x < 0.85 ? AttendanceStatus.TEILGENOMMEN
                : x < 0.93 ? AttendanceStatus.ENTSCHULDIGT : AttendanceStatus.NICHT_ERSCHIENEN;
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
            Long advancedModule = topic.contains("Barrierefreiheit") && !otherModules.isEmpty()
                    ? otherModules.get(0).id() : null;
            return new Plan(EventType.KURS, "Aufbaukurs: " + topic, day, day.plusDays(1), location, online, coach,
                    capacity, "Zweitägiger Aufbaukurs für erfahrene Digital-Navigatoren.", fill(experienced, capacity),
                    advancedModule);
        }
        List<Module> modules = basicModules.isEmpty() ? otherModules : basicModules;
        Module module = modules.isEmpty() ? null : random.pick(modules);
        List<DemoNavigator> candidates = active.stream().filter(n -> n.since().isAfter(day.minusDays(365))).toList();
        if (candidates.size() < 6) {
            candidates = active;
        }
        return new Plan(EventType.KURS, "Grundkurs: " + (module == null ? "Digital-Navigatoren" : module.name()),
                day, null, location, online, coach, capacity,
                "Teil der Grundqualifizierung; Übungen an Beispielen aus den eigenen Verwaltungen.",
                fill(candidates, capacity), module == null ? null : module.id());
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
            boolean online, DemoCoach coach, Integer capacity, String description, List<DemoNavigator> participants,
            Long moduleId) {

        Plan(EventType type, String title, LocalDate day, LocalDate endsOn, String location, boolean online,
                DemoCoach coach, Integer capacity, String description, List<DemoNavigator> participants) {
            this(type, title, day, endsOn, location, online, coach, capacity, description, participants, null);
        }
    }
}
