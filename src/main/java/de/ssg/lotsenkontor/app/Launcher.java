package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Entry point of {@code java -jar lotsenkontor.jar}. Deliberately not a JavaFX
 * {@code Application}: the command line runs without a toolkit, and the jar starts from the
 * class path without a module path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupProbe.mark("main");
        I18n.setLocale(AppLocale.resolve(optionValue(args, "--lang")));
        // Known before any class makes a logger: the log file lives in the data folder.
        String db = optionValue(args, "--db");
        DataPaths paths = dataPaths(db == null ? null : Path.of(db));
        UserTempFolder.install();
        if (isPlainGuiStart(args)) {
            // The everyday start: no command, so skip building the command line (saves a fifth of a second).
            System.exit(GuiLauncher.run(paths));
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.run(args, out, err, GuiLauncher::run);
        System.exit(code);
    }

    /** Where this run's data lives, resolved once; the log file goes there too. */
    static DataPaths dataPaths(Path commandLineDir) {
        DataPaths paths = DataPaths.resolve(commandLineDir);
        LoggingSetup.useFolder(paths.logs());
        return paths;
    }

    /** Nothing but {@code --db DIR} and {@code --lang L} (each at most once, with a value): start the window. */
    static boolean isPlainGuiStart(String[] args) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (!(name.equals("--db") || name.equals("--lang")) || !seen.add(name)) {
                return false;
            }
            if (!a.contains("=")) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                    return false;
                }
                i++;
            } else if (a.endsWith("=")) {
                return false;
            }
        }
        return true;
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}; needed before the command line is parsed. */
    static String optionValue(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }
}
