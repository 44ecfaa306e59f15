package de.ssg.lotsenkontor.app;

import atlantafx.base.theme.PrimerLight;
import de.ssg.lotsenkontor.coaching.ui.CoachingArea;
import de.ssg.lotsenkontor.coaching.ui.CoachingAreaModels;
import de.ssg.lotsenkontor.coaching.ui.CoachingContribution;
import de.ssg.lotsenkontor.events.ui.QualificationContribution;
import de.ssg.lotsenkontor.people.ui.NavigatorFormExtension;
import de.ssg.lotsenkontor.common.DataChanged;
import de.ssg.lotsenkontor.common.DataChanged.Topic;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.demo.DemoData;
import de.ssg.lotsenkontor.events.ui.EventChoices;
import de.ssg.lotsenkontor.events.ui.EventsView;
import de.ssg.lotsenkontor.events.ui.EventsViewModel;
import de.ssg.lotsenkontor.overview.ui.SachberichtView;
import de.ssg.lotsenkontor.overview.ui.SachberichtViewModel;
import de.ssg.lotsenkontor.projects.ui.ProjectsView;
import de.ssg.lotsenkontor.projects.ui.ProjectsViewModel;
import de.ssg.lotsenkontor.funding.ui.ExpenseImportFlow;
import de.ssg.lotsenkontor.funding.ui.ExpenseImportTab;
import de.ssg.lotsenkontor.funding.ui.ExpenseImportsViewModel;
import de.ssg.lotsenkontor.funding.ui.FinanceDialogService;
import de.ssg.lotsenkontor.funding.ui.FinanceView;
import de.ssg.lotsenkontor.funding.ui.FinanceViewModel;
import de.ssg.lotsenkontor.municipality.MunicipalityTable;
import de.ssg.lotsenkontor.municipality.ui.DirectoryImportFlow;
import de.ssg.lotsenkontor.municipality.ui.MunicipalityView;
import de.ssg.lotsenkontor.municipality.ui.MunicipalityViewModel;
import de.ssg.lotsenkontor.people.ui.CoachViewModel;
import de.ssg.lotsenkontor.people.ui.HandoverDialog;
import de.ssg.lotsenkontor.people.ui.LastDayDialog;
import de.ssg.lotsenkontor.people.ui.LastDayQuestion;
import de.ssg.lotsenkontor.people.ui.NavigatorImportFlow;
import de.ssg.lotsenkontor.people.ui.NavigatorViewModel;
import de.ssg.lotsenkontor.people.ui.PeopleView;
import de.ssg.lotsenkontor.overview.ui.OverviewNavigation;
import de.ssg.lotsenkontor.overview.ui.OverviewPrintMenu;
import de.ssg.lotsenkontor.overview.ui.OverviewView;
import de.ssg.lotsenkontor.storage.BackupSettings;
import de.ssg.lotsenkontor.storage.Backups;
import de.ssg.lotsenkontor.overview.ui.OverviewViewModel;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.storage.DatabaseDamagedException;
import de.ssg.lotsenkontor.ui.AboutDialog;
import de.ssg.lotsenkontor.ui.Area;
import de.ssg.lotsenkontor.ui.AreaView;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.PrintActions;
import de.ssg.lotsenkontor.ui.MainWindow;
import de.ssg.lotsenkontor.ui.PlaceholderView;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The desktop app. The window shows at once; the database opens in the background (started by
 * {@link #prepare} before JavaFX itself starts) and the areas fill in when it is ready.
 */
public class LotsenkontorApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(LotsenkontorApp.class);
    /** The area shown first: the Übersicht (dashboard). */
    static final String START_AREA = "overview";
    static final String MUNICIPALITIES = "municipalities";

    private static DataPaths paths;
    private static CompletableFuture<Opened> opening;
    private MunicipalityTable firstTable;
    private boolean firstDataShown;

    /** The open database, and the first view's data read while the window was opening. */
    private record Opened(AppContext context, MunicipalityTable municipalities) {
    }

    private AppContext context;
    private BackgroundTasks tasks;
    private DialogService dialogs;
    private MainWindow window;
    private MunicipalityView municipalityView;
    private OverviewView overviewView;
    private PeopleView peopleView;
    private CoachingArea coachingAreaView;
    /** What was written where: areas that show it read again. */
    private final DataChanged changes = new DataChanged();
    private EventsView eventsView;
    private ProjectsView projectsView;
    private SachberichtView sachberichtView;
    private volatile boolean restoring;
    private FinanceView financeView;

    /** Starts opening the database; call before {@code Application.launch}. */
    public static void prepare(DataPaths dataPaths) {
        paths = dataPaths;
        opening = new CompletableFuture<>();
        Thread boot = new Thread(() -> {
            try {
                // JavaFX and other libraries log through java.util.logging: into our log file with the rest.
                SLF4JBridgeHandler.removeHandlersForRootLogger();
                SLF4JBridgeHandler.install();
                AppContext context = AppContext.open(dataPaths);
                StartupProbe.mark("jdbc");
                // the first area's data is read with the database; the Übersicht reads its own figures
                opening.complete(new Opened(context, MUNICIPALITIES.equals(START_AREA)
                        ? context.municipalityQueries().table() : null));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "lotsenkontor-boot");
        boot.setDaemon(true);
        boot.start();
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // Show the window at once; the shell is built right after the first frame.
        MainWindow.prepareStage(stage, Screen.getPrimary().getVisualBounds());
        stage.show();
        StartupProbe.mark("window");
        Platform.runLater(() -> buildShell(stage));
    }

    /** The dialogs of the window; a test answers them (the file to save to) instead of a user. */
    protected DialogService createDialogs(Stage stage, java.nio.file.Path logFolder) {
        return new DialogService(() -> stage, logFolder);
    }

    private void buildShell(Stage stage) {
        tasks = new BackgroundTasks();
        dialogs = createDialogs(stage, paths.logs());
        tasks.setDialogs(dialogs);
        changes.subscribe(Set.of(Topic.MUNICIPALITIES), topics -> {
            if (municipalityView != null) {
                municipalityView.reload();
            }
        });
        changes.subscribe(DataChanged.EVERYTHING, topics -> {
            if (overviewView != null) {
                overviewView.reload();
            }
        });
        changes.subscribe(Set.of(Topic.PEOPLE, Topic.COACHING), topics -> {
            if (peopleView != null) {
                peopleView.reload();
            }
        });
        changes.subscribe(Set.of(Topic.PEOPLE, Topic.EVENTS), topics -> {
            if (eventsView != null) {
                eventsView.reload();
            }
        });
        changes.subscribe(Set.of(Topic.PEOPLE, Topic.PROJECTS), topics -> {
            if (projectsView != null) {
                projectsView.reload();
            }
        });
        changes.subscribe(Set.of(Topic.FUNDING, Topic.PEOPLE, Topic.EVENTS), topics -> {
            if (financeView != null) {
                financeView.reload();
            }
        });
        changes.subscribe(DataChanged.EVERYTHING, topics -> {
            if (sachberichtView != null) {
                sachberichtView.reload();
            }
        });
        window = new MainWindow(stage, tasks, areas(), menus());
        window.install();
        window.statusBar().setLocation(I18n.text("ui.status.databaseFolder", paths.root()));
        window.showLoading(I18n.text("ui.status.openingDatabase"));
        window.select(START_AREA);
        StartupProbe.mark("shell");
        if (opening.isDone()) {
            // usually so: the database opened while the window did; build everything in one go
            opened();
        } else {
            opening.whenComplete((o, error) -> Platform.runLater(this::opened));
        }
    }

    private void opened() {
        try {
            Opened o = opening.join();
            firstTable = o.municipalities();
            ready(o.context());
        } catch (CompletionException e) {
            failed(e.getCause() != null ? e.getCause() : e);
        }
    }

    private void ready(AppContext ctx) {
        context = ctx;
        window.attach();
        // Hibernate finishes booting in the background; a broken mapping is reported at once.
        ctx.database().ready().whenComplete((ok, error) -> {
            if (error != null) {
                Platform.runLater(() -> dialogs.showFailure(I18n.text("ui.boot.failedTitle"),
                        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error));
            }
        });
    }

    private void failed(Throwable error) {
        String message = dialogs.describe(error);
        LOG.warn("Database not available: {}", message);
        window.showBlocked(message);
        if (error instanceof DatabaseDamagedException damaged && damaged.newestBackup().isPresent()) {
            // offer the newest backup; the program starts again on it
            if (dialogs.confirm(I18n.text("backupui.damaged.title"), message,
                    I18n.text("backupui.damaged.button"))) {
                backups().restore(damaged.newestBackup().get(), () -> { });
                return;
            }
            window.stage().close();
            return;
        }
        dialogs.showError(I18n.text("ui.boot.failedTitle"), message);
        // closing the only window ends the app; the other program window keeps its database
        window.stage().close();
    }

    private List<Area> areas() {
        return List.of(
                new Area(START_AREA, I18n.text("ui.area.overview"), Material2AL.DASHBOARD, shortcut(KeyCode.DIGIT1),
                        () -> overview()),
                new Area(MUNICIPALITIES, I18n.text("ui.area.municipalities"), Material2AL.LOCATION_CITY,
                        shortcut(KeyCode.DIGIT2), () -> municipalities()),
                new Area("people", I18n.text("ui.area.people"), Material2MZ.PEOPLE, shortcut(KeyCode.DIGIT3),
                        () -> people()),
                new Area("coaching", I18n.text("ui.area.coaching"), Material2AL.ASSIGNMENT_IND,
                        shortcut(KeyCode.DIGIT4), () -> coachingArea()),
                new Area("events", I18n.text("ui.area.events"), Material2AL.EVENT, shortcut(KeyCode.DIGIT5),
                        () -> AreaView.of(events().node())),
                new Area("projects", I18n.text("ui.area.projects"), Material2AL.LIGHTBULB, shortcut(KeyCode.DIGIT6),
                        () -> AreaView.of(projects().node())),
                new Area("funding", I18n.text("ui.area.funding"), Material2AL.EURO, shortcut(KeyCode.DIGIT7),
                        () -> AreaView.of(finance().node())),
                new Area("reports", I18n.text("ui.area.reports"), Material2MZ.PRINT, shortcut(KeyCode.DIGIT8),
                        () -> AreaView.of(reports().node())));
    }

    private static Area placeholder(String id, org.kordamp.ikonli.Ikon icon, KeyCode key) {
        String title = I18n.text("ui.area." + id);
        return new Area(id, title, icon, shortcut(key),
                () -> AreaView.of(PlaceholderView.of(title, I18n.text("ui.area." + id + ".follows"))));
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private MunicipalityView municipalities() {
        if (municipalityView == null) {
            municipalityView = new MunicipalityView(new MunicipalityViewModel(context.municipalityQueries(),
                    context.municipalities(), tasks, dialogs, context.clock()), tasks, dialogs, context.clock(),
                    firstTable, this::navigatorsOf);
            firstTable = null;
            if (municipalityView.loadedProperty().get()) {
                firstDataShown();
            } else {
                municipalityView.loadedProperty().addListener((obs, was, is) -> firstDataShown());
            }
        }
        return municipalityView;
    }

    private List<MunicipalityView.NavigatorLine> navigatorsOf(long municipalityId) {
        return context.navigatorQueries().inMunicipality(municipalityId).stream()
                .map(n -> new MunicipalityView.NavigatorLine(n.name(),
                        I18n.of("people.status", n.status()), n.coach()))
                .toList();
    }

    private void firstDataShown() {
        if (firstDataShown) {
            return;
        }
        firstDataShown = true;
        StartupProbe.markAfterNextLayout(window.stage().getScene(), "data");
        // Only now boot Hibernate: until the table is on screen it would compete for the CPU.
        context.database().startMapping();
    }

    private PeopleView people() {
        if (peopleView == null) {
            // coaching adds "Lotse zuweisen" to the navigator form through the people feature's extension point
            CoachingContribution coaching = new CoachingContribution(context.coachQueries(), context.coaching(), tasks,
                    dialogs, context.clock(), window.statusBar()::setMessage, PeopleView.STYLESHEET);
            // events adds the navigator's basic qualification as a section of the same form
            QualificationContribution qualification = new QualificationContribution(context.eventQueries(),
                    context.events(), tasks, dialogs::confirm,
                    error -> dialogs.showFailure(I18n.text("ui.area.people"), error));
            LastDayQuestion lastDay = LastDayDialog.question(dialogs, context.clock());
            peopleView = new PeopleView(
                    new NavigatorViewModel(context.navigatorQueries(), context.navigators(), tasks, dialogs, lastDay,
                            context.clock()),
                    new CoachViewModel(context.coachQueries(), context.coaches(), tasks, dialogs, lastDay,
                            HandoverDialog.question(dialogs), context.clock()),
                    afterApply -> new NavigatorImportFlow(context.navigatorImport(), tasks, dialogs,
                            window.statusBar()::setMessage, afterApply),
                    NavigatorFormExtension.both(coaching, qualification), tasks, dialogs, context.clock(),
                    window.statusBar()::setMessage);
        }
        return peopleView;
    }

    private EventsView events() {
        if (eventsView == null) {
            AppContext c = context;
            EventsViewModel model = new EventsViewModel(c.eventQueries(), c.events(),
                    () -> new EventChoices(c.eventQueries().events(), c.eventQueries().modules(), c.coachQueries().options(),
                            c.municipalityQueries().districts()),
                    () -> new EventChoices.People(c.navigatorQueries().list(), c.municipalityQueries().options()),
                    tasks, dialogs::confirm,
                    error -> dialogs.showFailure(I18n.text("ui.area.events"), error), c.clock());
            eventsView = new EventsView(model, dialogs, new PrintActions(tasks, dialogs));
        }
        return eventsView;
    }

    private ProjectsView projects() {
        if (projectsView == null) {
            AppContext c = context;
            ProjectsViewModel model = new ProjectsViewModel(c.projectQueries(), c.projects(),
                    () -> new ProjectsViewModel.Data(c.projectQueries().projects(), c.municipalityQueries().districts(),
                            c.coachQueries().options()),
                    () -> new ProjectsViewModel.FormChoices(c.municipalityQueries().options(), c.navigatorQueries().list()),
                    tasks, dialogs::confirm,
                    error -> dialogs.showFailure(I18n.text("ui.area.projects"), error), c.clock());
            projectsView = new ProjectsView(model, dialogs, new PrintActions(tasks, dialogs));
        }
        return projectsView;
    }

    private SachberichtView reports() {
        if (sachberichtView == null) {
            AppContext c = context;
            sachberichtView = new SachberichtView(new SachberichtViewModel(c.sachbericht(),
                    () -> c.municipalityQueries().districts(), tasks,
                    error -> dialogs.showFailure(I18n.text("ui.area.reports"), error), c.clock()), dialogs,
                    new PrintActions(tasks, dialogs));
        }
        return sachberichtView;
    }

    private FinanceView finance() {
        if (financeView == null) {
            financeView = new FinanceView(new FinanceViewModel(context.fundingQueries(), context.expenseLinks(),
                    context.funding(), tasks, new FinanceDialogService(dialogs), context.clock()),
                    new PrintActions(tasks, dialogs));
            FinanceView finance = financeView;
            ExpenseImportsViewModel imports = new ExpenseImportsViewModel(context.expenseImport(),
                    context.fundingQueries(), finance.viewModel().contractProperty(), tasks,
                    new FinanceDialogService(dialogs), () -> {
                        finance.reload();
                        changes.publish(Topic.FUNDING);
                    });
            financeView.addTab("expimportui.tab", new ExpenseImportTab(imports, new ExpenseImportFlow(
                    context.expenseImport(), imports.contract()::get, tasks, dialogs, window.statusBar()::setMessage,
                    imports::imported)).node());
        }
        return financeView;
    }

    private CoachingArea coachingArea() {
        if (coachingAreaView == null) {
            coachingAreaView = new CoachingArea(new CoachingAreaModels(new CoachingAreaModels.Sources(
                    context.coachingQueries(), context.coaching(), context.coachQueries(), context.navigatorQueries(),
                    context.municipalityQueries()), tasks, dialogs, context.clock(),
                    () -> changes.publish(Topic.COACHING), window.statusBar()::setMessage), tasks, dialogs,
                    context.clock(), () -> changes.publish(Topic.COACHING), PeopleView.STYLESHEET);
            changes.subscribe(Set.of(Topic.PEOPLE, Topic.MUNICIPALITIES, Topic.COACHING),
                    topics -> coachingAreaView.markStale());
        }
        return coachingAreaView;
    }

    private OverviewView overview() {
        if (overviewView == null) {
            OverviewViewModel model = new OverviewViewModel(context.dashboard(), tasks);
            // the start page: once its figures are on screen (or failed), Hibernate boots in the background
            model.busyProperty().addListener((obs, was, is) -> {
                if (!is) {
                    firstDataShown();
                }
            });
            overviewView = new OverviewView(model, new OverviewNavigation() {
                @Override
                public void openArea(String areaId) {
                    window.select(areaId);
                }

                @Override
                public void openMunicipality(long municipalityId) {
                    window.select(MUNICIPALITIES);
                    municipalities().showMunicipality(municipalityId);
                }
            }, this::createDemoData);
            overviewView.addToHeader(new OverviewPrintMenu(PrintOverviewCommands.printouts(context), tasks, dialogs)
                    .button());
        }
        return overviewView;
    }

    private BackupFlow backups() {
        return new BackupFlow(paths, tasks, dialogs, window.statusBar()::setMessage, java.time.Clock.systemDefaultZone());
    }

    /** Closes the database before a restore replaces it; no automatic backup afterwards. */
    private void closeForRestore() {
        AppContext open = context;
        restoring = true;
        if (open != null) {
            open.close();
        }
    }

    private List<Menu> menus() {
        MenuItem backup = new MenuItem(I18n.text("backupui.menu.create"));
        backup.setId("menuBackup");
        backup.setOnAction(e -> {
            if (context != null) {
                backups().create(context.database());
            }
        });
        MenuItem restore = new MenuItem(I18n.text("backupui.menu.restore"));
        restore.setId("menuRestore");
        restore.setOnAction(e -> {
            if (context != null) {
                backups().restore(this::closeForRestore);
            }
        });
        MenuItem demo = new MenuItem(I18n.text("ui.menu.demo"));
        demo.setId("menuDemo");
        demo.setOnAction(e -> createDemoData());
        MenuItem directory = new MenuItem(I18n.text("directoryui.menu"));
        directory.setId("menuImportDirectory");
        directory.setOnAction(e -> importDirectory());
        MenuItem navigators = new MenuItem(I18n.text("navimportui.menu"));
        navigators.setId("menuImportNavigators");
        navigators.setOnAction(e -> importNavigators());
        MenuItem quit = new MenuItem(I18n.text("ui.menu.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu(I18n.text("ui.menu.file"), null, directory, navigators, demo, new SeparatorMenuItem(),
                backup, restore, new SeparatorMenuItem(), quit);

        MenuItem about = new MenuItem(I18n.text("ui.menu.about"));
        about.setId("menuAbout");
        about.setOnAction(e -> AboutDialog.show(window.stage(), VersionProvider.version(), paths.root().toString()));
        Menu help = new Menu(I18n.text("ui.menu.help"), null, about);
        return List.of(file, help);
    }

    private void importDirectory() {
        if (context == null) {
            return;
        }
        new DirectoryImportFlow(context.directoryImport(), tasks, dialogs, window.statusBar()::setMessage,
                () -> changes.publish(Topic.MUNICIPALITIES)).start();
    }

    private void importNavigators() {
        if (context == null) {
            return;
        }
        window.select("people");
        people().startNavigatorImport();
    }

    private void createDemoData() {
        if (context == null) {
            return;
        }
        if (!dialogs.confirm(I18n.text("ui.demo.confirmTitle"), I18n.text("ui.demo.confirm"),
                I18n.text("ui.demo.confirmButton"))) {
            return;
        }
        tasks.run(I18n.text("ui.demo.running"), progress -> new DemoData(context.database(), context.clock())
                .generate(1, DemoData.DEFAULT_SEED, progress))
                .onSuccess(summary -> {
                    window.statusBar().setMessage(I18n.text("ui.demo.done", summary.describe()));
                    changes.publish(DataChanged.EVERYTHING);
                })
                .start();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (context != null && !restoring) {
            automaticBackup(context);
            context.close();
        }
    }

    /** When the program closes: a backup into backups/, at most one a day, the newest few kept. */
    private static void automaticBackup(AppContext context) {
        try {
            Backups.automaticIfDue(context.database(), context.clock(), BackupSettings.keep(), VersionProvider.version())
                    .ifPresent(file -> LOG.info("Automatic backup {}", file));
        } catch (RuntimeException e) {
            LOG.warn("No automatic backup: {}", e.getMessage(), e);
        }
    }
}
