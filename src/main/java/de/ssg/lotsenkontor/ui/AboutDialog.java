package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Über Lotsenkontor": what the app is, its version, where the data lives, and the data sources. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static void show(Window owner, String version, String dataFolder) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(I18n.text("ui.about.title"));
        alert.setHeaderText(I18n.text("ui.app.title") + " " + version);
        VBox box = new VBox(10,
                wrapped(I18n.text("ui.about.purpose")),
                wrapped(I18n.text("ui.about.dataFolder", dataFolder)),
                heading(I18n.text("ui.about.sources")),
                wrapped(I18n.text("ui.about.attribution.destatis")),
                wrapped(I18n.text("ui.about.attribution.bkg")),
                wrapped(I18n.text("ui.about.fictional")));
        box.setId("aboutContent");
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setPrefWidth(620);
        alert.showAndWait();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(580);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }
}
