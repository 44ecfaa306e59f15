package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.municipality.District;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * The fictional people: coaches of the coordination office, each looking after a few districts,
 * and the navigators in the participating municipalities. Small municipalities of one
 * association often share a navigator; large cities have several; the newest participants may
 * not have named one yet.
 */
final class DemoPeople {

    static final int COACHES_PER_SCALE = 4;
    static final int NAVIGATORS_PER_SCALE = 110;
    /** How long the basic qualification of a new navigator takes. */
    private static final int QUALIFICATION_DAYS = 270;

    /** When the coaches of each group of four started: the fourth joined with the programme's extension. */
    private static final LocalDate[] COACH_STARTS = {
        LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 1), LocalDate.of(2022, 4, 1)};

    private static final String[] DEPARTMENTS = {
        "Hauptamt", "Hauptamt", "Bürgerbüro", "Kämmerei", "Bauamt", "Ordnungsamt", "Zentrale Dienste",
        "Standesamt", "Sachgebiet Organisation und IT"};
    private static final String[] CITY_DEPARTMENTS = {
        "Amt für Digitalisierung und Organisation", "Bürgeramt", "Hauptamt, Sachgebiet E-Government",
        "Eigenbetrieb IT-Dienstleistungen", "Amt für Personal und Organisation"};

    private final DemoRandom random;
    private final DemoNames names;

    DemoPeople(DemoRandom random, DemoNames names) {
        this.random = random;
        this.names = names;
    }

    /** Writes the coaches; each looks after some of the 13 districts. */
    List<DemoCoach> writeCoaches(Session session, int scale) {
        List<District> districts = session.createSelectionQuery("from District d order by d.key", District.class)
                .getResultList();
        int count = COACHES_PER_SCALE * scale;
        int groups = Math.min(count, districts.size());
        int capacity = (int) Math.ceil(NAVIGATORS_PER_SCALE * scale * 1.25 / count);
        List<DemoCoach> coaches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoNames.Person person = names.person();
            LocalDate from = COACH_STARTS[i % COACH_STARTS.length].plusMonths(i / COACH_STARTS.length % 3);
            Coach coach = new Coach(person.first(), person.last(), capacity + random.between(-2, 3), from);
            coach.setEmail(DemoNames.email(person, DemoNames.OFFICE_DOMAIN));
            coach.setPhone(names.phone());
            Set<String> focus = new HashSet<>();
            for (int d = 0; d < districts.size(); d++) {
                if (d % groups == i % groups) {
                    coach.getFocusDistricts().add(districts.get(d));
                    focus.add(districts.get(d).getKey());
                }
            }
            session.persist(coach);
            coaches.add(new DemoCoach(coach.getId(), person, from, Set.copyOf(focus)));
        }
        return coaches;
    }

    /**
     * Plans and writes the navigators of the participants (in AGS order). Persists in chunks and
     * clears the session so that the persistence context stays small.
     */
    List<DemoNavigator> writeNavigators(Session session, List<DemoParticipant> participants, int scale,
            DemoProgress progress) {
        List<DemoNavigator> planned = plan(participants, NAVIGATORS_PER_SCALE * scale);
        List<DemoNavigator> written = new ArrayList<>(planned.size());
        for (DemoNavigator n : planned) {
            Municipality home = session.getReference(Municipality.class, n.home().municipality().id());
            Navigator navigator = new Navigator(n.person().first(), n.person().last(), home, n.status(), n.since());
            navigator.setUntil(n.until());
            navigator.setDepartment(n.department());
            navigator.setEmail(DemoNames.email(n.person(), DemoNames.municipalityDomain(n.home().municipality().name())));
            navigator.setPhone(names.phone());
            for (DemoMunicipality m : n.further()) {
                navigator.getFurtherMunicipalities().add(session.getReference(Municipality.class, m.id()));
            }
            session.persist(navigator);
            written.add(n.withId(navigator.getId()));
            if (written.size() % 200 == 0) {
                session.flush();
                session.clear();
                progress.within(written.size(), planned.size());
            }
        }
        session.flush();
        session.clear();
        return written;
    }

    private List<DemoNavigator> plan(List<DemoParticipant> participants, int total) {
        // Small members of an association often share the navigator of its largest participant.
        Map<Long, DemoParticipant> associationHost = new LinkedHashMap<>();
        for (DemoParticipant p : participants) {
            Long association = p.municipality().associationId();
            if (p.wasActive() && association != null) {
                associationHost.merge(association, p, (a, b) ->
                        b.municipality().population() > a.municipality().population() ? b : a);
            }
        }
        Map<DemoParticipant, List<DemoMunicipality>> servedBy = new LinkedHashMap<>();
        List<DemoParticipant> hosts = new ArrayList<>();
        for (DemoParticipant p : participants) {
            if (!p.wasActive()) {
                continue;
            }
            DemoParticipant host = p.municipality().associationId() == null ? p
                    : associationHost.get(p.municipality().associationId());
            if (host != p && random.chance(0.6)) {
                servedBy.computeIfAbsent(host, h -> new ArrayList<>()).add(p.municipality());
            } else {
                hosts.add(p);
            }
        }

        // How many navigators each host gets: big cities first, then one each, earliest participants
        // first (the newest may not have named one yet). A few places are kept for successors.
        int successors = Math.round(total * 0.05f);
        Map<DemoParticipant, Integer> counts = new LinkedHashMap<>();
        int left = total - successors;
        List<DemoParticipant> bySize = new ArrayList<>(hosts);
        bySize.sort(Comparator.comparingInt((DemoParticipant p) -> -p.municipality().population())
                .thenComparing(p -> p.municipality().ags()));
        for (DemoParticipant p : bySize) {
            int extra = wishedExtra(p.municipality().population());
            if (extra == 0 || left <= hosts.size() / 2) {
                break;
            }
            int given = Math.min(extra * Math.max(1, total / (NAVIGATORS_PER_SCALE * 2)), left);
            counts.merge(p, given, Integer::sum);
            left -= given;
        }
        List<DemoParticipant> byStart = new ArrayList<>(hosts);
        byStart.sort(Comparator.comparing(DemoParticipant::activeFrom).thenComparing(p -> p.municipality().ags()));
        for (DemoParticipant p : byStart) {
            if (left == 0) {
                break;
            }
            counts.merge(p, 1, Integer::sum);
            left--;
        }

        List<DemoNavigator> navigators = new ArrayList<>();
        for (DemoParticipant p : participants) {
            int count = counts.getOrDefault(p, 0);
            for (int i = 0; i < count; i++) {
                List<DemoMunicipality> further = i == 0 ? servedBy.getOrDefault(p, List.of()) : List.of();
                DemoNavigator n = navigator(p, i == 0 ? firstStart(p) : laterStart(p), further, true);
                navigators.add(n);
                // a navigator who leaves a municipality that stays is followed by a successor
                LocalDate next = n.until() == null ? null : n.until().plusDays(random.between(14, 90));
                if (next != null && p.leftOn() == null && next.isBefore(DemoCalendar.END.minusDays(14))
                        && successors > 0) {
                    navigators.add(navigator(p, next, further, false));
                    successors--;
                }
            }
        }
        // places the successors did not need go to larger municipalities
        double[] weights = hosts.stream().mapToDouble(p -> Math.sqrt(p.municipality().population())).toArray();
        while (navigators.size() < total && !hosts.isEmpty()) {
            DemoParticipant p = hosts.get(random.weighted(weights));
            navigators.add(navigator(p, laterStart(p), List.of(), true));
        }
        return navigators;
    }

    private static int wishedExtra(int population) {
        if (population >= 200_000) {
            return 3;
        }
        if (population >= 50_000) {
            return 1;
        }
        return 0;
    }

    /** The first navigator starts soon after the municipality became active. */
    private LocalDate firstStart(DemoParticipant home) {
        return home.activeFrom().plusDays(random.between(0, 60));
    }

    /** Further navigators join some time during the first half of the municipality's active time. */
    private LocalDate laterStart(DemoParticipant home) {
        long span = ChronoUnit.DAYS.between(home.activeFrom(), home.lastActiveDay());
        return home.activeFrom().plusDays(random.between(0, (int) Math.max(0, span / 2)));
    }

    private DemoNavigator navigator(DemoParticipant home, LocalDate start, List<DemoMunicipality> further,
            boolean mayLeave) {
        LocalDate since = DemoCalendar.min(start, DemoCalendar.min(home.lastActiveDay(), DemoCalendar.END.minusDays(7)));
        LocalDate until = null;
        NavigatorStatus status;
        if (home.leftOn() != null) {
            until = DemoCalendar.max(home.leftOn().minusDays(1), since);
            status = NavigatorStatus.INAKTIV;
        } else if (mayLeave && random.chance(0.04) && since.isBefore(DemoCalendar.END.minusDays(300))) {
            until = random.date(since.plusDays(240), DemoCalendar.END.minusDays(30));
            status = NavigatorStatus.INAKTIV;
        } else if (since.isAfter(DemoCalendar.END.minusDays(QUALIFICATION_DAYS))) {
            status = NavigatorStatus.IN_QUALIFIZIERUNG;
        } else {
            status = NavigatorStatus.AKTIV;
        }
        boolean city = home.municipality().population() >= 50_000;
        String department = random.pick(city ? CITY_DEPARTMENTS : DEPARTMENTS);
        return new DemoNavigator(0, names.person(), home, List.copyOf(further), since, until, status, department);
    }
}
