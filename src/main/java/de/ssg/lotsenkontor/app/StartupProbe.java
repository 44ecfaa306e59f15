package de.ssg.lotsenkontor.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.LoggerFactory;

/**
 * Start-up measurement for the benchmark: with {@code -Dlotsenkontor.startupProbe=FILE} the app
 * appends {@code <mark> <epoch millis>} lines when its window is visible and when the
 * municipality data is shown. Does nothing otherwise.
 */
public final class StartupProbe {

    private static final String FILE = System.getProperty("lotsenkontor.startupProbe");

    private StartupProbe() {
    }

    /** Marks once the scene has laid out and drawn what was just put into it. */
    public static void markAfterNextLayout(Scene scene, String name) {
        if (FILE == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            mark(name);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    public static void mark(String name) {
        if (FILE == null) {
            return;
        }
        String line = name + " " + System.currentTimeMillis() + System.lineSeparator();
        try {
            Files.writeString(Path.of(FILE), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LoggerFactory.getLogger(StartupProbe.class).warn("Cannot write start-up probe {}", FILE, e);
        }
    }
}
