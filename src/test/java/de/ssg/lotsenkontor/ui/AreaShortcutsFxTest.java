package de.ssg.lotsenkontor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.FxTestSupport;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** An area's shortcuts are installed while it is shown and removed when another one is (the shell contract). */
class AreaShortcutsFxTest {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    @TempDir
    Path folder;

    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = FxTestSupport.startAppInMunicipalities(folder);
        FxTestSupport.waitUntil(() -> robot.lookup("#municipalityTable").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        FxTestSupport.stopApp(app);
    }

    @Test
    void shortcutsFollowTheAreaShown() throws Exception {
        Scene scene = robot.lookup("#mainWindow").query().getScene();
        assertThat(scene.getAccelerators()).containsKeys(FIND, SAVE).doesNotContainKey(NEW);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#municipalitySearch").queryAs(TextField.class).isFocused());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#navigatorSearch").tryQuery().isPresent());
        assertThat(scene.getAccelerators()).containsKeys(FIND, SAVE, NEW);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#navigatorSearch").queryAs(TextField.class).isFocused());

        // the overview has no shortcuts of its own: neither Kommunen's nor the people's stay behind
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#overviewView").tryQuery().isPresent());
        assertThat(scene.getAccelerators()).doesNotContainKeys(FIND, SAVE, NEW);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> scene.getAccelerators().containsKey(FIND));
        assertThat(scene.getAccelerators()).doesNotContainKey(NEW);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        FxTestSupport.waitUntil(() -> robot.lookup("#municipalitySearch").queryAs(TextField.class).isFocused());
    }
}
