package de.ssg.lotsenkontor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: a bare JavaFX "hello" window. Writes the moment it is
 * shown to the file given by {@code -Dlotsenkontor.startupProbe}, like the app does, then quits.
 */
public class HelloFx extends Application {

    @Override
    public void start(Stage stage) throws IOException {
        stage.setScene(new Scene(new Label("Hallo"), 320, 200));
        stage.setTitle("Hallo");
        stage.show();
        Files.writeString(Path.of(System.getProperty("lotsenkontor.startupProbe")),
                "window " + System.currentTimeMillis() + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Platform.runLater(Platform::exit);
    }

    /** Started through a separate main class, as JavaFX requires on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }
}
