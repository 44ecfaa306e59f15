package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What an area shows while its feature is not built yet: honestly "folgt", and what will be there. */
public final class PlaceholderView {

    private PlaceholderView() {
    }

    public static Node of(String title, String whatFollows) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        Label follows = new Label(I18n.text("ui.placeholder.follows"));
        follows.getStyleClass().add("text-muted");
        Label what = new Label(whatFollows);
        what.setWrapText(true);
        what.setMaxWidth(560);
        VBox box = new VBox(12, heading, follows, what);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(32));
        return box;
    }

    /** Shown while the database is opening. */
    public static Node loading(String text) {
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label label = new Label(text);
        VBox box = new VBox(16, spinner, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
