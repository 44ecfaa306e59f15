package de.ssg.lotsenkontor.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.overview.ProgrammeFigures;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stats [--json]}: the programme's key counts. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false)
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.stats.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ProgrammeFigures f;
        java.util.SortedMap<Integer, java.math.BigDecimal> hoursByYear;
        try (AppContext context = root.openContext()) {
            f = context.statistics().figures();
            hoursByYear = context.coachingQueries().hoursByYear();
        }
        java.math.BigDecimal hours = hoursByYear.values().stream().reduce(new java.math.BigDecimal("0.00"),
                java.math.BigDecimal::add);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("districts", f.districts());
            o.put("municipalities", f.municipalities());
            o.put("participatingMunicipalities", f.participatingMunicipalities());
            o.put("coaches", f.coaches());
            o.put("navigators", f.navigators());
            o.put("activeAssignments", f.activeAssignments());
            o.put("coachingSessions", f.coachingSessions());
            o.put("events", f.events());
            o.put("localProjects", f.localProjects());
            o.put("expenses", f.expenses());
            o.put("expenseTotal", f.expenseTotal().toPlainString());
            o.put("coachingHours", hours.toPlainString());
            ObjectNode byYear = o.putObject("coachingHoursByYear");
            hoursByYear.forEach((y, h) -> byYear.put(Integer.toString(y), h.toPlainString()));
            out.println(mapper.writeValueAsString(o));
        } else {
            line(out, "cli.stats.districts", Formats.integer(f.districts()));
            line(out, "cli.stats.municipalities", Formats.integer(f.municipalities()));
            line(out, "cli.stats.participating", Formats.integer(f.participatingMunicipalities()));
            line(out, "cli.stats.coaches", Formats.integer(f.coaches()));
            line(out, "cli.stats.navigators", Formats.integer(f.navigators()));
            line(out, "cli.stats.activeAssignments", Formats.integer(f.activeAssignments()));
            line(out, "cli.stats.sessions", Formats.integer(f.coachingSessions()));
            line(out, "cli.stats.events", Formats.integer(f.events()));
            line(out, "cli.stats.projects", Formats.integer(f.localProjects()));
            line(out, "cli.stats.expenses", Formats.integer(f.expenses()));
            line(out, "cli.stats.expenseTotal", Formats.money(f.expenseTotal()));
            line(out, "cli.stats.coachingHours", Formats.decimal(hours, 2));
        }
        out.flush();
        return Cli.OK;
    }

    private static void line(PrintWriter out, String key, String value) {
        out.printf("%-34s %s%n", I18n.text(key), value);
    }
}
