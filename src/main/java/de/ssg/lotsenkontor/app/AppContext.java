package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.coaching.CoachingQueries;
import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.events.EventQueries;
import de.ssg.lotsenkontor.funding.ExpenseLinkQueries;
import de.ssg.lotsenkontor.funding.ExpenseReferences;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.coaching.CoachingFigures;
import de.ssg.lotsenkontor.events.EventService;
import de.ssg.lotsenkontor.overview.Sachbericht;
import de.ssg.lotsenkontor.projects.ProjectQueries;
import de.ssg.lotsenkontor.projects.ProjectService;
import de.ssg.lotsenkontor.funding.FundingService;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportService;
import de.ssg.lotsenkontor.importing.PreferencesMappingStore;
import de.ssg.lotsenkontor.municipality.MunicipalityService;
import de.ssg.lotsenkontor.overview.DashboardQueries;
import de.ssg.lotsenkontor.overview.FeatureDashboardSources;
import de.ssg.lotsenkontor.overview.ProgrammeStatistics;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryImportService;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.people.NavigatorService;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportService;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.storage.Database;
import java.time.Clock;

/**
 * Wires the app by hand: the database, every service and query class, and the ports between
 * features, built with constructor injection. Features point one way
 * ({@code municipality ← people ← coaching ← events, projects ← funding ← overview}); where a
 * lower feature must tell a higher one something, it declares a port that is wired here.
 * The GUI and every command of the command line open exactly one context.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final MunicipalityQueries municipalityQueries;
    private final MunicipalityService municipalities;
    private final CoachQueries coachQueries;
    private final NavigatorQueries navigatorQueries;
    private final CoachingQueries coachingQueries;
    private final CoachingService coaching;
    private final ProgrammeStatistics statistics;
    private final DashboardQueries dashboard;
    private final CoachService coaches;
    private final NavigatorService navigators;
    private final DirectoryImportService directoryImport;
    private final NavigatorImportService navigatorImport;
    private final EventQueries eventQueries;
    private final EventService events;
    private final ProjectQueries projectQueries;
    private final ProjectService projects;
    private final Sachbericht sachbericht;
    private final FundingQueries fundingQueries;
    private final FundingService funding;
    private final ExpenseImportService expenseImport;

    private AppContext(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.municipalityQueries = new MunicipalityQueries(database);
        this.municipalities = new MunicipalityService(database, clock);
        this.coachQueries = new CoachQueries(database, municipalityQueries, clock);
        this.navigatorQueries = new NavigatorQueries(database, municipalityQueries, coachQueries, clock);
        this.coachingQueries = new CoachingQueries(database);
        this.coaching = new CoachingService(database, clock);
        // port: a coach or navigator who leaves ends their running assignments, in the same transaction
        // port: a coach or event with linked receipts is not deleted (funding's links stay as booked)
        ExpenseReferences expenseReferences = new ExpenseReferences();
        this.coaches = new CoachService(database, coachQueries, coaching, expenseReferences);
        this.navigators = new NavigatorService(database, navigatorQueries, coaching);
        this.statistics = new ProgrammeStatistics(new ProgrammeStatistics.Sources(municipalityQueries, coachQueries,
                navigatorQueries, coachingQueries, new EventQueries(database), new ProjectQueries(database),
                new FundingQueries(database)), clock);
        this.directoryImport = new DirectoryImportService(database, clock);
        this.navigatorImport = new NavigatorImportService(database, clock);
        this.eventQueries = new EventQueries(database);
        this.events = new EventService(database, eventQueries, navigatorQueries, navigators, expenseReferences,
                clock);
        this.projectQueries = new ProjectQueries(database);
        this.projects = new ProjectService(database, clock);
        this.sachbericht = new Sachbericht(new CoachingFigures(database), eventQueries, projectQueries);
        this.fundingQueries = new FundingQueries(database);
        // the dashboard's events, projects and budget figures come from those features
        this.dashboard = new DashboardQueries(database, new FeatureDashboardSources(database, fundingQueries), clock);
        this.funding = new FundingService(database, fundingQueries, clock);
        // the column mapping of expense files is remembered per source in the user's settings
        this.expenseImport = new ExpenseImportService(database, fundingQueries, new PreferencesMappingStore(
                java.util.prefs.Preferences.userRoot().node("lotsenkontor/import/expenses")), clock);
    }

    /** Opens the database in {@code paths} (migrating it and loading the reference data on first start). */
    public static AppContext open(DataPaths paths, Clock clock) {
        Database database = Database.open(paths, DomainModel.ENTITIES);
        try {
            ReferenceData.loadIfEmpty(database);
            return new AppContext(database, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public static AppContext open(DataPaths paths) {
        return open(paths, Clock.systemDefaultZone());
    }

    public Database database() {
        return database;
    }

    public DataPaths paths() {
        return database.paths();
    }

    public Clock clock() {
        return clock;
    }

    public MunicipalityService municipalities() {
        return municipalities;
    }

    public MunicipalityQueries municipalityQueries() {
        return municipalityQueries;
    }

    public CoachQueries coachQueries() {
        return coachQueries;
    }

    public NavigatorQueries navigatorQueries() {
        return navigatorQueries;
    }

    public CoachingQueries coachingQueries() {
        return coachingQueries;
    }

    public ProgrammeStatistics statistics() {
        return statistics;
    }

    public DashboardQueries dashboard() {
        return dashboard;
    }

    public CoachingService coaching() {
        return coaching;
    }

    public CoachService coaches() {
        return coaches;
    }

    public NavigatorService navigators() {
        return navigators;
    }

    public DirectoryImportService directoryImport() {
        return directoryImport;
    }

    public NavigatorImportService navigatorImport() {
        return navigatorImport;
    }

    public EventQueries eventQueries() {
        return eventQueries;
    }

    public EventService events() {
        return events;
    }

    public ProjectQueries projectQueries() {
        return projectQueries;
    }

    public ProjectService projects() {
        return projects;
    }

    public Sachbericht sachbericht() {
        return sachbericht;

    }

    /** The coaches and events an expense can be linked to. */
    public ExpenseLinkQueries expenseLinks() {
        return new ExpenseLinkQueries(coachQueries, eventQueries);
    }

    public FundingQueries fundingQueries() {
        return fundingQueries;
    }

    public FundingService funding() {
        return funding;
    }

    public ExpenseImportService expenseImport() {
        return expenseImport;
    }

    @Override
    public void close() {
        database.close();
    }
}
