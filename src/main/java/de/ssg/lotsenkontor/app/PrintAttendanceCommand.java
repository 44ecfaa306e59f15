package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.report.Report;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code print attendance --event ID -o FILE.pdf}: the attendance list (Teilnehmerliste) of an event
 * as archivable pages, the same report as {@code export attendance} writes as a workbook.
 */
@Command(name = "attendance", mixinStandardHelpOptions = true, sortOptions = false)
final class PrintAttendanceCommand implements Callable<Integer> {

    @ParentCommand
    PrintCommand print;

    @Spec
    CommandSpec spec;

    @Option(names = "--event", paramLabel = "ID", required = true, descriptionKey = "cli.print.attendance.event")
    long event;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.pdf", required = true, descriptionKey = "cli.print.output")
    Path output;

    @Override
    public Integer call() {
        Path file = PrintCommand.checkedOutput(spec.commandLine(), output);
        Report report;
        try (AppContext context = print.root.openContext()) {
            report = ActivityExports.attendanceList(context, event);
        }
        PrintCommand.render(spec.commandLine(), report, file);
        return Cli.OK;
    }
}
