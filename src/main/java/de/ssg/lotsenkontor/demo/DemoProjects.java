package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.projects.ProjectStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Local projects: concrete digital solutions built by navigators in their municipality, in all
 * stages from idea to finished (some of them best practice) or given up. Each has its dated status
 * history (idea, plan, start, end as far as it got), the lead navigator as contact and, once
 * finished, an outcome.
 */
final class DemoProjects {

    static final int PROJECTS_PER_SCALE = 150;

    private static final ProjectStatus[] STATUSES = ProjectStatus.values();
    // IDEE, GEPLANT, IN_UMSETZUNG, ABGESCHLOSSEN, ABGEBROCHEN
    private static final double[] STATUS_WEIGHTS = {12, 15, 30, 35, 8};

    private static final Idea[] IDEAS = {
        new Idea("Online-Terminvergabe Bürgerbüro", "Bürgerservice"),
        new Idea("Digitale Bauantragsstrecke", "Bauen und Wohnen"),
        new Idea("Online-Anmeldung der Hundesteuer", "Bürgerservice"),
        new Idea("Digitale Kita-Platzvergabe", "Bildung und Soziales"),
        new Idea("Gewerbeanmeldung online", "Bürgerservice"),
        new Idea("Online-Reservierung von Bürgerhaus und Turnhalle", "Bürgerservice"),
        new Idea("Digitaler Mängelmelder", "Bürgerservice"),
        new Idea("ePayment für Verwaltungsgebühren", "Finanzen"),
        new Idea("Digitale Friedhofsverwaltung", "Interne Verwaltung"),
        new Idea("Online-Antrag auf Sondernutzung öffentlicher Flächen", "Bürgerservice"),
        new Idea("Chatbot für häufige Bürgerfragen", "Bürgerservice"),
        new Idea("Digitale Fundsachenbörse", "Bürgerservice"),
        new Idea("Vereinsförderung online beantragen", "Bürgerservice"),
        new Idea("E-Rechnung im Rechnungseingang", "Finanzen"),
        new Idea("Einführung der E-Akte im Hauptamt", "Interne Verwaltung"),
        new Idea("Digitaler Posteingang mit Scanstelle", "Interne Verwaltung"),
        new Idea("Digitale Urlaubs- und Dienstreiseanträge", "Interne Verwaltung"),
        new Idea("Digitales Vertragsregister", "Interne Verwaltung"),
        new Idea("Raum- und Fahrzeugbuchung im Intranet", "Interne Verwaltung"),
        new Idea("Wissensdatenbank für die Verwaltung", "Interne Verwaltung"),
        new Idea("Ratsinformationssystem und digitale Gremienarbeit", "Ratsarbeit"),
        new Idea("Tablets für den Gemeinderat", "Ratsarbeit"),
        new Idea("Barrierefreie Gemeinde-Website", "Kommunikation"),
        new Idea("Gemeinde-App mit Veranstaltungskalender", "Kommunikation"),
        new Idea("Social-Media-Auftritt der Gemeinde", "Kommunikation"),
        new Idea("Online-Bürgerbeteiligung zur Spielplatzplanung", "Kommunikation"),
        new Idea("E-Mail-Newsletter für Bürgerinnen und Bürger", "Kommunikation"),
        new Idea("Digitale Ortschronik", "Kommunikation"),
        new Idea("Digitale Schulanmeldung", "Bildung und Soziales"),
        new Idea("Digitalsprechstunde für Seniorinnen und Senioren", "Bildung und Soziales"),
        new Idea("Digitales Baumkataster", "Bauen und Wohnen"),
        new Idea("Straßenzustandserfassung per App", "Bauen und Wohnen"),
        new Idea("Digitale Spielplatzkontrolle", "Bauen und Wohnen"),
        new Idea("Open-Data-Portal mit ersten Datensätzen", "Kommunikation"),
        new Idea("Bürger-GIS mit Bebauungsplänen", "Bauen und Wohnen"),
        new Idea("Digitale Wahlhelferverwaltung", "Interne Verwaltung")};

    private final DemoRandom random;

    DemoProjects(DemoRandom random) {
        this.random = random;
    }

    /** Writes the projects and their navigators; returns the number of projects. */
    int write(Connection c, int count, List<DemoNavigator> navigators, DemoCoaching coaching,
            DemoProgress progress) throws SQLException {
        List<DemoNavigator> starters = navigators.stream().filter(n -> !n.workingPeriods().isEmpty()).toList();
        if (starters.isEmpty()) {
            return 0;
        }
        Set<String> titlesInUse = new HashSet<>();
        List<Plan> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DemoNavigator lead = random.pick(starters);
            plans.add(plan(lead, navigators, coaching, titlesInUse));
        }
        plans.sort(Comparator.comparing((Plan p) -> p.startedOn() == null ? LocalDate.MAX : p.startedOn())
                .thenComparing(p -> p.lead().home().municipality().ags()).thenComparing(Plan::title));

        try (BatchInsert projects = BatchInsert.returningIds(c, """
                INSERT INTO local_project (title, municipality_id, coach_id, status, topic, description, best_practice,
                    started_on, finished_on, outcome, contact_navigator_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                BatchInsert history = BatchInsert.rows(c, """
                        INSERT INTO local_project_status (project_id, status, changed_on, recorded_at, note)
                        VALUES (?, ?, ?, ?, ?)""");
                BatchInsert members = BatchInsert.rows(c,
                        "INSERT INTO local_project_navigator (project_id, navigator_id) VALUES (?, ?)")) {
            for (Plan p : plans) {
                long id = projects.insert(p.title(), p.lead().home().municipality().id(), p.coach().id(),
                        p.status().name(), p.topic(), p.description(), p.bestPractice(), p.startedOn(),
                        p.finishedOn(), outcome(p), p.lead().id());
                for (Step step : steps(p)) {
                    history.add(id, step.status().name(), step.on(), LocalDateTime.of(step.on(), LocalTime.of(9, 30)),
                            null);
                }
                for (DemoNavigator n : p.navigators()) {
                    members.add(id, n.id());
                }
                if (projects.written() % 100 == 0) {
                    progress.within(projects.written(), plans.size());
                }
            }
        }
        return plans.size();
    }

    private Plan plan(DemoNavigator lead, List<DemoNavigator> all, DemoCoaching coaching, Set<String> titlesInUse) {
        DemoMunicipality m = lead.home().municipality();
        Idea idea = random.pick(IDEAS);
        for (int attempt = 0; attempt < 20 && titlesInUse.contains(m.ags() + idea.title()); attempt++) {
            idea = random.pick(IDEAS);
        }
        titlesInUse.add(m.ags() + idea.title());

        List<DemoPeriod> working = lead.workingPeriods();
        LocalDate first = working.get(0).from();
        LocalDate last = working.get(working.size() - 1).until();
        boolean stillThere = last.equals(DemoCalendar.END);

        ProjectStatus status = STATUSES[random.weighted(STATUS_WEIGHTS)];
        if (!stillThere && (status != ProjectStatus.ABGESCHLOSSEN && status != ProjectStatus.ABGEBROCHEN)) {
            status = random.chance(0.7) ? ProjectStatus.ABGESCHLOSSEN : ProjectStatus.ABGEBROCHEN;
        }
        LocalDate startedOn = null;
        LocalDate finishedOn = null;
        switch (status) {
            case IN_UMSETZUNG -> startedOn = random.date(DemoCalendar.max(first.plusDays(14), last.minusDays(500)),
                    last.minusDays(7));
            case ABGESCHLOSSEN, ABGEBROCHEN -> {
                startedOn = random.date(first.plusDays(14), DemoCalendar.max(first.plusDays(14), last.minusDays(90)));
                int length = status == ProjectStatus.ABGESCHLOSSEN ? random.between(60, 420) : random.between(30, 300);
                finishedOn = startedOn.plusDays(length);
                if (finishedOn.isAfter(last)) {
                    // not done by the end of the data: still running, or ended with the navigator's departure
                    finishedOn = stillThere ? null : last;
                    status = stillThere ? ProjectStatus.IN_UMSETZUNG : status;
                }
            }
            default -> {
                // ideas and plans have no dates yet
            }
        }
        if (startedOn != null && startedOn.isAfter(last)) {
            startedOn = last;
        }
        if (finishedOn != null && finishedOn.isBefore(startedOn)) {
            finishedOn = startedOn;
        }
        boolean bestPractice = status == ProjectStatus.ABGESCHLOSSEN && random.chance(0.3);

        List<DemoNavigator> team = new ArrayList<>(List.of(lead));
        LocalDate teamDay = startedOn == null ? last : startedOn;
        if (random.chance(0.3)) {
            all.stream().filter(n -> n != lead && n.home() == lead.home() && n.activeOn(teamDay)).findFirst()
                    .ifPresent(team::add);
        }
        return new Plan(idea.title(), idea.topic(), describe(idea, m, status), status, bestPractice, startedOn,
                finishedOn, lead, team, coaching.coachOn(lead, teamDay));
    }

    private record Step(ProjectStatus status, LocalDate on) {
    }

    /** The dated way to the project's status: idea, plan, start and end as far as it got. */
    private List<Step> steps(Plan p) {
        List<DemoPeriod> working = p.lead().workingPeriods();
        LocalDate first = working.get(0).from();
        LocalDate last = working.get(working.size() - 1).until();
        LocalDate anchor = p.startedOn() != null ? p.startedOn() : last;
        LocalDate ideaOn = DemoCalendar.max(first, anchor.minusDays(random.between(40, 160)));
        if (p.startedOn() == null) {
            ideaOn = random.date(DemoCalendar.max(first, last.minusDays(300)), last);
        }
        LocalDate plannedOn = ideaOn.isBefore(anchor) ? random.date(ideaOn, anchor) : ideaOn;
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(ProjectStatus.IDEE, ideaOn));
        if (p.status() == ProjectStatus.IDEE) {
            return steps;
        }
        if (p.status() == ProjectStatus.ABGEBROCHEN && p.startedOn() == null) {
            steps.add(new Step(ProjectStatus.ABGEBROCHEN, plannedOn));
            return steps;
        }
        steps.add(new Step(ProjectStatus.GEPLANT, plannedOn));
        if (p.status() == ProjectStatus.GEPLANT) {
            return steps;
        }
        steps.add(new Step(ProjectStatus.IN_UMSETZUNG, p.startedOn()));
        if (p.status() == ProjectStatus.ABGESCHLOSSEN || p.status() == ProjectStatus.ABGEBROCHEN) {
            steps.add(new Step(p.status(), p.finishedOn() == null ? p.startedOn() : p.finishedOn()));
        }
        return steps;
    }

    private static String outcome(Plan p) {
        return switch (p.status()) {
            case ABGESCHLOSSEN -> "Im Regelbetrieb seit " + de.ssg.lotsenkontor.common.Formats.date(p.finishedOn())
                    + "; weniger Papier und kürzere Wege für " + p.lead().home().municipality().shortName() + "."
                    + (p.bestPractice() ? " Von anderen Kommunen übernehmbar, Unterlagen liegen vor." : "");
            case ABGEBROCHEN -> "Nicht fortgeführt; die Erfahrungen sind dokumentiert.";
            default -> null;
        };
    }

    private String describe(Idea idea, DemoMunicipality m, ProjectStatus status) {
        String what = switch (idea.topic()) {
            case "Bürgerservice" -> "Bürgerinnen und Bürger in " + m.shortName()
                    + " sollen das Anliegen online erledigen können statt im Rathaus.";
            case "Finanzen" -> "Die Kasse von " + m.shortName() + " stellt einen Papierablauf auf einen digitalen um.";
            case "Bauen und Wohnen" -> "Das Bauamt von " + m.shortName()
                    + " erfasst und bearbeitet seine Vorgänge digital statt auf Papier.";
            case "Ratsarbeit" -> "Sitzungsunterlagen in " + m.shortName() + " kommen digital statt per Post.";
            case "Kommunikation" -> m.shortName() + " informiert und beteiligt die Einwohnerschaft digital.";
            case "Bildung und Soziales" -> "Familien und Ältere in " + m.shortName()
                    + " erhalten einen einfachen digitalen Zugang.";
            default -> "Die Verwaltung von " + m.shortName() + " ersetzt einen Papierablauf durch einen digitalen.";
        };
        String stage = switch (status) {
            case IDEE -> "Idee aus dem Coaching; Aufwand und Nutzen werden noch geprüft.";
            case GEPLANT -> "Planung steht, Start nach Zustimmung der Verwaltungsspitze.";
            case IN_UMSETZUNG -> "Die Umsetzung läuft; erste Kolleginnen und Kollegen arbeiten damit.";
            case ABGESCHLOSSEN -> "Abgeschlossen und im Regelbetrieb.";
            case ABGEBROCHEN -> "Abgebrochen: das Fachverfahren unterstützt den Ablauf noch nicht.";
        };
        return what + " " + stage;
    }

    private record Idea(String title, String topic) {
    }

    private record Plan(String title, String topic, String description, ProjectStatus status, boolean bestPractice,
            LocalDate startedOn, LocalDate finishedOn, DemoNavigator lead, List<DemoNavigator> navigators,
            DemoCoach coach) {
    }
}
