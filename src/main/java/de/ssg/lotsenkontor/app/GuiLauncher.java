package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.storage.DataPaths;
import javafx.application.Application;

/** Starts the desktop app: the database starts opening at once, while JavaFX starts up. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static int run(DataPaths paths) {
        StartupProbe.mark("parsed");
        LotsenkontorApp.prepare(paths);
        Application.launch(LotsenkontorApp.class);
        return 0;
    }
}
