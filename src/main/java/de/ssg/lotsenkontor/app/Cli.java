package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.storage.DatabaseReadOnlyException;
import de.ssg.lotsenkontor.storage.LockHolder;
import java.io.PrintWriter;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line of the jar. Exit codes: 0 done, 1 the work failed (message on stderr),
 * 2 wrong arguments (short usage on stderr). No stack trace reaches the terminal; details go
 * to the log file.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, RootCommand.GuiStarter gui) {
        CommandLine cli = create(gui);
        nameTheHolder(cli, args);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Tells the database who will hold it: the command named in {@code args}, else the window. */
    private static void nameTheHolder(CommandLine cli, String[] args) {
        LockHolder.window();
        for (String a : args) {
            if (cli.getSubcommands().containsKey(a)) {
                LockHolder.command(a);
                return;
            }
        }
    }

    static CommandLine create(RootCommand.GuiStarter gui) {
        CommandLine cli = new CommandLine(new RootCommand(gui));
        applyTexts(cli);
        cli.setParameterExceptionHandler(Cli::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpWidth(100);
        return cli;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(germanReason(e));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.print(I18n.text("cli.usage.synopsisHeading"));
        err.print(cmd.getHelp().synopsis(0));
        err.println(I18n.text("cli.usage.moreHelp", cmd.getCommandSpec().qualifiedName()));
        return USAGE;
    }

    private static String germanReason(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u) {
            return I18n.text("cli.error.unknownArgument", String.join(" ", u.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return I18n.text("cli.error.missing", m.getMissing().stream().map(Cli::label).toList());
        }
        if (e instanceof CommandLine.OverwrittenOptionException) {
            return I18n.text("cli.error.twice", e.getMessage());
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException
                || e.getMessage().startsWith("Invalid value")) {
            return I18n.text("cli.error.invalidValue", e.getMessage());
        }
        return I18n.text("cli.error.generic", e.getMessage());
    }

    private static String label(CommandLine.Model.ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return o.longestName();
        }
        return arg.paramLabel();
    }

    private static int failed(Exception e, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof DomainException) {
            err.println(e.getMessage());
            return FAILED;
        }
        Logger log = LoggerFactory.getLogger(Cli.class);
        log.error("Command {} failed", commandLine.getCommandSpec().qualifiedName(), e);
        String readOnly = readOnlyMessage(e, commandLine);
        if (readOnly != null) {
            err.println(readOnly);
            return FAILED;
        }
        err.println(I18n.text("cli.error.unexpected", e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        return FAILED;
    }

    /** A German message when {@code e} comes down to a file or folder that cannot be written; else null. */
    static String readOnlyMessage(Throwable e, CommandLine commandLine) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.AccessDeniedException a) {
                return I18n.text("cli.error.accessDenied", a.getFile());
            }
            if (t instanceof java.nio.file.ReadOnlyFileSystemException
                    || (t instanceof java.sql.SQLException s && s.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY)
                    || (t.getMessage() != null && t.getMessage().contains("Read-only file system"))) {
                Object root = commandLine.getCommandSpec().root().userObject();
                String folder = root instanceof RootCommand r ? r.dataPaths().root().toString() : "";
                return new DatabaseReadOnlyException(java.nio.file.Path.of(folder), t).getMessage();
            }
        }
        return null;
    }

    /** Help texts come from the {@code cli} bundle in the user's language (no fallback to the JVM locale). */
    private static void applyTexts(CommandLine cli) {
        cli.setResourceBundle(ResourceBundle.getBundle("de.ssg.lotsenkontor.i18n.cli", I18n.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
