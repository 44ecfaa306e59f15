package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.ExternalProcess;
import de.ssg.lotsenkontor.FxTestSupport;
import de.ssg.lotsenkontor.HoldDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A second program window on a data folder in use: it says so, in German, and leaves the data alone. */
class SecondWindowFxTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();

    @Test
    void theSecondWindowExplainsThatTheDatabaseIsInUse() throws Exception {
        Process first = ExternalProcess.start(HoldDatabase.class, folder.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine(); // log lines may come first
            } while (line != null && !line.equals("open"));
            assertThat(line).isEqualTo("open");

            Application app = FxTestSupport.startApp(folder);
            try {
                FxTestSupport.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
                DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
                String message = ((Label) dialog.getContent()).getText();
                assertThat(message)
                        .contains("wird bereits von einem anderen Programmfenster verwendet")
                        .contains(folder.toAbsolutePath().normalize().toString())
                        .doesNotContain("Exception");
                assertThat(robot.lookup("#blockedMessage").queryAs(Label.class).getText()).isEqualTo(message);

                robot.clickOn("OK");
                FxTestSupport.waitUntil(() -> Window.getWindows().stream().noneMatch(Window::isShowing));
            } finally {
                FxTestSupport.stopApp(app);
            }
            assertThat(first.isAlive()).as("the first program keeps running").isTrue();
        } finally {
            first.getOutputStream().close(); // lets the first program end
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(first.exitValue()).isZero();
    }
}
