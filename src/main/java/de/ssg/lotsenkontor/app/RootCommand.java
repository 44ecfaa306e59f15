package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.storage.BackupSettings;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code lotsenkontor [--db DIR] [COMMAND]}: without a command the desktop app starts. */
@Command(name = "lotsenkontor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        subcommands = {DemoCommand.class, StatsCommand.class, ExportCommand.class, ImportDirectoryCommand.class,
                ImportNavigatorsCommand.class, PrintCommand.class, BackupCommand.class, RestoreCommand.class,
                ContractsCommand.class, ImportExpensesCommand.class})
public final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", scope = ScopeType.INHERIT, order = 1)
    Path db;

    @Option(names = "--lang", paramLabel = "de|en", scope = ScopeType.INHERIT, order = 2)
    String lang;

    @Option(names = "--keep-backups", paramLabel = "N", order = 3, descriptionKey = "cli.keepBackups")
    Integer keepBackups;

    private final GuiStarter gui;

    RootCommand(GuiStarter gui) {
        this.gui = gui;
    }

    /** Where the data of this run lives; the log file goes there too. */
    public DataPaths dataPaths() {
        if (keepBackups != null) {
            if (keepBackups < 1 || keepBackups > BackupSettings.MAX_KEEP) {
                throw new ParameterException(spec.commandLine(),
                        I18n.text("cli.keepBackups.range", BackupSettings.MAX_KEEP));
            }
            BackupSettings.setKeep(keepBackups);
        }
        return Launcher.dataPaths(db);
    }

    /** Opens the database for a command; the caller closes it. */
    public AppContext openContext() {
        return AppContext.open(dataPaths());
    }

    @Override
    public Integer call() {
        return gui.start(dataPaths());
    }

    /** Starts the desktop app and returns its exit code when its window closes. */
    @FunctionalInterface
    public interface GuiStarter {
        int start(DataPaths paths);
    }
}
