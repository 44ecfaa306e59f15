package de.ssg.lotsenkontor;

import de.ssg.lotsenkontor.app.LotsenkontorApp;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app shell on a database in a temp folder, headless, as a user would see it. */
public final class FxTestSupport {

    private FxTestSupport() {
    }

    public static Application startApp(Path dataFolder) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        LotsenkontorApp.prepare(DataPaths.of(dataFolder));
        Application app = FxToolkit.setupApplication(LotsenkontorApp::new);
        FxToolkit.setupStage(s -> {
            s.setWidth(1400);
            s.setHeight(1100);
            s.requestFocus();
        });
        return app;
    }

    /**
     * Starts the app as {@link #startApp} and, once its start page (the Übersicht) is shown, opens
     * the area Kommunen through its navigation button, as a user would: for the tests that begin
     * with the municipality table. Returns when the table is on screen.
     */
    public static Application startAppInMunicipalities(Path dataFolder) throws TimeoutException {
        Application app = startApp(dataFolder);
        waitUntil(() -> node("#overviewView") != null);
        Platform.runLater(() -> ((ToggleButton) node("#nav-municipalities")).fire());
        waitUntil(() -> node("#municipalityTable") != null && node("#municipalityTable").isVisible());
        return app;
    }

    /** The node with that CSS selector in any showing window, or null. */
    private static Node node(String selector) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() != null) {
                Node n = w.getScene().getRoot().lookup(selector);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    public static void stopApp(Application app) throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Waits (up to 30 s) until {@code condition} holds on the FX thread's view of the world. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        waitUntil(30, condition);
    }

    /** Waits up to {@code seconds} for work that is slow on a busy machine (a whole report written to a file). */
    public static void waitUntil(long seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Scrolls every scroll pane around {@code node} so that the node lies in view, as a user would
     * before clicking it; TestFX clicks only nodes inside the scene's bounds.
     */
    public static void reveal(Node node) throws TimeoutException {
        Platform.runLater(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane && pane.getContent() != null) {
                    Node content = pane.getContent();
                    Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double hidden = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        pane.setVvalue(Math.max(0, Math.min(1, inContent.getMaxY() / hidden
                                - pane.getViewportBounds().getHeight() / hidden)) * (pane.getVmax() - pane.getVmin())
                                + pane.getVmin());
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A plain JDBC connection to the app's database (same process, so H2 shares the open file). */
    public static Connection jdbc(Path dataFolder) throws SQLException {
        return DriverManager.getConnection(Database.jdbcUrl(DataPaths.of(dataFolder)), "sa", "");
    }
}
