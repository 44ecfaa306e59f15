package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.coaching.CoachingQueries;
import de.ssg.lotsenkontor.coaching.CoachingRows.SessionFilter;
import de.ssg.lotsenkontor.coaching.CoachingRows.TotalBy;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.events.EventQueries;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.CoachRow;
import de.ssg.lotsenkontor.projects.ProjectQueries;
import de.ssg.lotsenkontor.report.Report;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The printed overviews, read and built off the JavaFX thread: the Programmübersicht, the
 * Kreis-Bericht, the Lotsen-Bericht and the Finanzstatus, and the choices they are asked for
 * (districts, coaches, contract years). One place for the command line and the window.
 */
public final class OverviewPrintouts {

    /** Something a report is printed for: its key on the command line and its label in a list. */
    public record Choice(String key, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The query classes the overviews read from. */
    public record Sources(DashboardQueries dashboard, MunicipalityQueries municipalities, CoachQueries coaches, CoachingQueries coaching,
            EventQueries events, ProjectQueries projects, FundingQueries funding) {
    }

    private final Sources sources;
    private final Clock clock;

    public OverviewPrintouts(Sources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Programmübersicht; the boundaries are read while the figures are. */
    public Report programme() {
        CompletableFuture<SaxonyGeometry> boundaries = CompletableFuture.supplyAsync(SaxonyGeometry::get);
        Dashboard d = sources.dashboard().dashboard();
        return OverviewReports.programme(d, boundaries.join());
    }

    /** Kreis-Bericht of the district with the five-digit {@code key}. */
    public Report district(String key) {
        String districtKey = OverviewReports.checkedDistrictKey(key);
        Dashboard d = sources.dashboard().dashboard();
        return OverviewReports.district(d, districtKey, sources.projects().projectsInDistrict(districtKey));
    }

    /** Lotsen-Bericht of coach {@code coachId}, with the sessions, hours and events of {@code year}. */
    public Report coach(long coachId, int year) {
        CoachRow coach = sources.coaches().list().stream().filter(c -> c.id() == coachId).findFirst()
                .orElseThrow(() -> new DomainException("overview.error.unknownCoach", String.valueOf(coachId),
                        String.join(", ", sources.coaches().list().stream()
                                .map(c -> c.id() + " " + c.fullName()).toList())));
        LocalDate today = today();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        // the navigators coached today, or at the end of a year that has passed
        LocalDate day = today.isAfter(yearEnd) ? yearEnd : today;
        CoachingQueries coaching = sources.coaching();
        return CoachReport.build(new CoachReport.Data(coach, year, today, coaching.navigatorsOf(coachId, day),
                coaching.totals(TotalBy.MUNICIPALITY, SessionFilter.year(year, coachId)),
                coaching.coachMonths(year, coachId),
                sources.events().eventsOfTrainer(coachId, LocalDate.of(year, 1, 1), yearEnd),
                sources.projects().projectsOfCoach(coachId)));
    }

    /** Finanzstatus of contract {@code reference} in {@code year}. */
    public Report funding(String reference, int year) {
        ContractRow contract = FinanceStatusReport.contract(sources.funding(), reference);
        return FinanceStatusReport.build(sources.funding(), contract, year, today());
    }

    /** The 13 districts, by key. */
    public List<Choice> districts() {
        return sources.municipalities().districts().stream()
                .map(d -> new Choice(d.key(), d.name() + " (" + d.key() + ")")).toList();
    }

    /** Every coach, by name (former ones too: their report still tells what they did). */
    public List<Choice> coaches() {
        return sources.coaches().list().stream().map(c -> new Choice(String.valueOf(c.id()), c.fullName()))
                .toList();
    }

    /** Every year of every contract, newest first; key "REF|YEAR". */
    public List<Choice> contractYears() {
        List<Choice> out = new ArrayList<>();
        List<ContractRow> contracts = new ArrayList<>(sources.funding().contracts());
        contracts.sort((a, b) -> Integer.compare(b.firstYear(), a.firstYear()));
        for (ContractRow c : contracts) {
            for (int y = c.lastYear(); y >= c.firstYear(); y--) {
                out.add(new Choice(c.reference() + "|" + y, y + " – " + c.reference()));
            }
        }
        return out;
    }
}
