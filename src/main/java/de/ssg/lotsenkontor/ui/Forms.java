package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Violation;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small building blocks shared by the detail forms (coach, navigator, municipality). */
public final class Forms {

    private Forms() {
    }

    /** A two-column form: labels as wide as they need, inputs take the rest. */
    public static GridPane grid() {
        GridPane form = new GridPane();
        form.getStyleClass().add("detail-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, inputs);
        return form;
    }

    public static int addRow(GridPane form, int row, String labelKey, Node input) {
        Label label = new Label(I18n.text(labelKey));
        label.setLabelFor(input);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.CENTER);
        form.add(label, 0, row);
        form.add(input, 1, row);
        GridPane.setHgrow(input, Priority.ALWAYS);
        return row + 1;
    }

    /** A row whose input is taller than one line: the label sits at the top. */
    public static int addTallRow(GridPane form, int row, String labelKey, Node input) {
        int next = addRow(form, row, labelKey, input);
        form.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == row
                        && GridPane.getColumnIndex(n) != null && GridPane.getColumnIndex(n) == 0)
                .forEach(n -> {
                    GridPane.setValignment(n, VPos.TOP);
                    GridPane.setMargin(n, new Insets(6, 0, 0, 0));
                });
        return next;
    }

    public static int addWide(GridPane form, int row, Node node) {
        form.add(node, 0, row, 2, 1);
        return row + 1;
    }

    /** The name of the shown entry above its form. */
    public static Label title(String id) {
        Label title = new Label();
        title.setId(id);
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        return title;
    }

    public static Label heading(String key) {
        Label label = new Label(I18n.text(key));
        label.getStyleClass().add("section-heading");
        return label;
    }

    public static TextField field(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    public static DatePicker date(String id, StringProperty text) {
        DatePicker picker = GermanDates.picker();
        picker.setId(id);
        picker.getEditor().textProperty().bindBidirectional(text);
        return picker;
    }

    /** The red list of what keeps the form from being saved, one reason per line. */
    public static Label problems(String id, ObservableList<Violation> violations, Supplier<String> text) {
        Label problems = new Label(text.get());
        problems.setId(id);
        problems.getStyleClass().add("validation-message");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        violations.addListener((ListChangeListener<Violation>) c -> problems.setText(text.get()));
        return problems;
    }

    public static Label muted(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Puts the keyboard into {@code node} as soon as it can take it: a form shown for the first
     * time joins the scene only when its scroll pane is laid out.
     */
    public static void focusWhenShown(Node node) {
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs,
                    Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }

    /** What the detail side shows while nothing is chosen. */
    public static Node placeholder(String key) {
        Label nothing = new Label(I18n.text(key));
        nothing.setWrapText(true);
        nothing.getStyleClass().add("text-muted");
        VBox box = new VBox(nothing);
        box.setPadding(new Insets(24));
        return box;
    }
}
