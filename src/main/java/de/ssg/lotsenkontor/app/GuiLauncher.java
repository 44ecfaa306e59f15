package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.storage.DataPaths;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/** Starts the desktop app: the database starts opening at once, while JavaFX starts up. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static int run(DataPaths paths) {
        StartupProbe.mark("parsed");
        LotsenkontorApp.prepare(paths);
        try {
            Application.launch(LotsenkontorApp.class);
        } catch (UnsupportedOperationException noDisplay) {
            // JavaFX finds no screen (no DISPLAY, a terminal without desktop): say so instead of a stack trace.
            // With a display but without GTK 3 (a minimal Linux system) the cause is the missing library.
            boolean noGtk = String.valueOf(noDisplay.getMessage()).contains("GTK")
                    && (System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null);
            LoggerFactory.getLogger(GuiLauncher.class).error("The window cannot open: {}",
                    noGtk ? "GTK 3 is missing" : "no display", noDisplay);
            System.err.println(I18n.text(noGtk ? "cli.error.noGtk" : "cli.error.noDisplay"));
            return 1;
        }
        return 0;
    }
}
