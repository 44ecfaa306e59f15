package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.storage.Backups;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code restore FILE}: replaces the database by a backup, after checking the file completely;
 * the database before it is kept in {@code backups/}.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.restore.file")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Backups.RestoreResult result = Backups.restore(root.dataPaths(), file, VersionProvider.version());
        out.println(I18n.text("cli.restore.done", file.toAbsolutePath(), root.dataPaths().root(),
                BackupCommand.describe(result.manifest())));
        if (result.previousKeptAs() != null) {
            out.println(I18n.text("cli.restore.kept", result.previousKeptAs()));
        }
        out.flush();
        return Cli.OK;
    }
}
