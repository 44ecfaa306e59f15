package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.storage.BackupManifest;
import de.ssg.lotsenkontor.storage.Backups;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup -o FILE}: writes a backup of the database (one checkable zip file). */
@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "cli.backup.output")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BackupManifest manifest;
        try (AppContext context = root.openContext()) {
            manifest = Backups.create(context.database(), output, VersionProvider.version());
        }
        out.println(I18n.text("cli.backup.done", output.toAbsolutePath(), describe(manifest)));
        out.flush();
        return Cli.OK;
    }

    /** Schema, rows and the expense totals of a manifest, in one line. */
    static String describe(BackupManifest m) {
        long rows = m.rowCounts().values().stream().mapToLong(Long::longValue).sum();
        return I18n.text("cli.backup.summary", m.schemaVersion(), Formats.integer(rows), m.rowCounts().size(),
                Formats.integer(m.rowCounts().getOrDefault("expense", 0L)),
                Formats.money(m.moneyTotals().getOrDefault("expense.gross_amount", java.math.BigDecimal.ZERO)));
    }
}
