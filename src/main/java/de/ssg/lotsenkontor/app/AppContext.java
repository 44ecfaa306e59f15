package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundingService;
import de.ssg.lotsenkontor.municipality.MunicipalityService;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.municipality.directory.DirectoryImportService;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.people.MunicipalityNavigators;
import de.ssg.lotsenkontor.people.NavigatorService;
import de.ssg.lotsenkontor.people.importing.NavigatorImportService;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.storage.Database;
import java.time.Clock;

/**
 * Wires the app by hand: the database and every service, built with constructor injection.
 * The GUI and every command of the command line open exactly one context.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final MunicipalityService municipalities;
    private final CoachingService coaching;
    private final CoachService coaches;
    private final NavigatorService navigators;
    private final MunicipalityNavigators municipalityNavigators;
    private final DirectoryImportService directoryImport;
    private final NavigatorImportService navigatorImport;
    private final FundingQueries fundingQueries;
    private final FundingService funding;

    private AppContext(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.municipalities = new MunicipalityService(database, clock);
        this.coaching = new CoachingService(database);
        this.coaches = new CoachService(database, municipalities, clock);
        this.navigators = new NavigatorService(database, municipalities, coaches, clock);
        this.municipalityNavigators = new MunicipalityNavigators(database, clock);
        this.directoryImport = new DirectoryImportService(database, clock);
        this.navigatorImport = new NavigatorImportService(database, clock);
        this.fundingQueries = new FundingQueries(database);
        this.funding = new FundingService(database, fundingQueries, clock);
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

    public CoachingService coaching() {
        return coaching;
    }

    public CoachService coaches() {
        return coaches;
    }

    public NavigatorService navigators() {
        return navigators;
    }

    public MunicipalityNavigators municipalityNavigators() {
        return municipalityNavigators;
    }

    public DirectoryImportService directoryImport() {
        return directoryImport;
    }

    public NavigatorImportService navigatorImport() {
        return navigatorImport;
    }

    public FundingQueries fundingQueries() {
        return fundingQueries;
    }

    public FundingService funding() {
        return funding;
    }

    @Override
    public void close() {
        database.close();
    }
}
