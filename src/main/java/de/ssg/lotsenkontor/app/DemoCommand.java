package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.demo.DemoData;
import de.ssg.lotsenkontor.demo.DemoSummary;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo [--scale N] [--seed S]}: fills an empty database with a fictional programme. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false)
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.demo.scale")
    int scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DemoData.DEFAULT_SEED, descriptionKey = "cli.demo.seed")
    long seed;

    @Override
    public Integer call() {
        if (scale < 1 || scale > DemoData.MAX_SCALE) {
            throw new ParameterException(spec.commandLine(),
                    I18n.text("cli.demo.scaleRange", DemoData.MAX_SCALE));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext context = root.openContext()) {
            DemoSummary summary = new DemoData(context.database(), context.clock()).generate(scale, seed,
                    Progress.NONE);
            out.println(I18n.text("cli.demo.done", context.paths().root(), summary.describe()));
        }
        out.flush();
        return Cli.OK;
    }
}
