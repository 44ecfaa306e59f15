package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The bottom line of the main window: what is going on in the background (with progress and a
 * cancel button), the last message, and where the data lives.
 */
public final class StatusBar {

    private final HBox root = new HBox(8);
    private final Label message = new Label();
    private final Label taskText = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Label location = new Label();
    private Task<?> shown;

    public StatusBar(BackgroundTasks tasks) {
        root.getStyleClass().add("status-bar");
        root.setId("statusBar");
        root.getProperties().put(StatusBar.class, this);
        root.setPadding(new Insets(4, 10, 4, 10));
        root.setAlignment(Pos.CENTER_LEFT);
        message.setId("statusMessage");
        message.setText(I18n.text("ui.status.ready"));
        taskText.setId("statusTask");
        progress.setId("statusProgress");
        progress.setPrefWidth(180);
        cancel.setId("statusCancel");
        cancel.setGraphic(new FontIcon(Material2AL.CLOSE));
        cancel.getStyleClass().addAll("flat", "small");
        cancel.setTooltip(new javafx.scene.control.Tooltip(I18n.text("ui.status.cancel")));
        cancel.setOnAction(e -> {
            if (shown != null) {
                // no interrupt: the work stops at its next progress report and rolls back cleanly
                shown.cancel(false);
            }
        });
        location.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(message, spacer, taskText, progress, cancel, location);
        showTask(null);
        tasks.running().addListener((ListChangeListener<Task<?>>) change -> {
            var list = change.getList();
            showTask(list.isEmpty() ? null : list.get(list.size() - 1));
        });
    }

    /** The status bar of the window that shows {@code node}, if that window has one. */
    public static Optional<StatusBar> of(Node node) {
        Scene scene = node.getScene();
        Node bar = scene == null ? null : scene.lookup("#statusBar");
        return bar != null && bar.getProperties().get(StatusBar.class) instanceof StatusBar statusBar
                ? Optional.of(statusBar) : Optional.empty();
    }

    public HBox node() {
        return root;
    }

    public void setMessage(String text) {
        message.setText(text);
    }

    public void setLocation(String text) {
        location.setText(text);
    }

    private void showTask(Task<?> task) {
        if (shown != null) {
            taskText.textProperty().unbind();
            progress.progressProperty().unbind();
        }
        shown = task;
        boolean busy = task != null;
        taskText.setVisible(busy);
        taskText.setManaged(busy);
        progress.setVisible(busy);
        progress.setManaged(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
        if (busy) {
            taskText.textProperty().bind(task.messageProperty());
            progress.progressProperty().bind(task.progressProperty());
        }
    }
}
