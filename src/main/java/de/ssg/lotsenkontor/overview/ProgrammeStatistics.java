package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.coaching.CoachingQueries;
import de.ssg.lotsenkontor.events.EventQueries;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.projects.ProjectQueries;
import de.ssg.lotsenkontor.storage.Database;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Counts across the whole programme. Each feature gives its own figures through its query class;
 * the overview writes no query against another feature's tables.
 */
public class ProgrammeStatistics {

    /** The query classes of the features the overview sums up. */
    public record Sources(MunicipalityQueries municipalities, CoachQueries coaches, NavigatorQueries navigators,
            CoachingQueries coaching, EventQueries events, ProjectQueries projects, FundingQueries funding) {

        /** Every feature's query class on one database. */
        public static Sources of(Database database, Clock clock) {
            MunicipalityQueries municipalities = new MunicipalityQueries(database);
            CoachQueries coaches = new CoachQueries(database, municipalities, clock);
            return new Sources(municipalities, coaches, new NavigatorQueries(database, municipalities, coaches, clock),
                    new CoachingQueries(database), new EventQueries(database), new ProjectQueries(database),
                    new FundingQueries(database));
        }
    }

    private final Sources sources;
    private final Clock clock;

    public ProgrammeStatistics(Sources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    public ProgrammeStatistics(Database database, Clock clock) {
        this(Sources.of(database, clock), clock);
    }

    public ProgrammeFigures figures() {
        LocalDate today = LocalDate.now(clock);
        MunicipalityQueries.Figures places = sources.municipalities().figures();
        CoachingQueries.Figures coaching = sources.coaching().figures(today);
        FundingQueries.Figures money = sources.funding().figures();
        return new ProgrammeFigures(places.districts(), places.municipalities(), places.participating(),
                sources.coaches().count(), sources.navigators().count(), coaching.activeAssignments(),
                coaching.sessions(), sources.events().count(), sources.projects().count(), money.expenses(),
                money.expenseTotal());
    }
}
