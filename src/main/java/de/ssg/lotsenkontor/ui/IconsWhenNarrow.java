package de.ssg.lotsenkontor.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * A toolbar that shows some of its buttons as icons only (their tooltips still say what they
 * do) while it is too narrow for their labels next to the other controls at their smallest,
 * so that "Neu" stays in view in a small window.
 */
public final class IconsWhenNarrow extends HBox {

    private final List<Button> buttons;
    private final Map<Button, Double> fullWidths = new HashMap<>();

    public IconsWhenNarrow(List<Button> buttons) {
        this.buttons = buttons;
    }

    /** As narrow as the other controls at their smallest and these buttons as icons. */
    @Override
    protected double computeMinWidth(double height) {
        double min = getInsets().getLeft() + getInsets().getRight() + getSpacing() * (getChildren().size() - 1);
        for (Node n : getChildren()) {
            if (n instanceof Button b && buttons.contains(b) && b.getGraphic() != null) {
                min += b.getGraphic().prefWidth(-1) + b.snappedLeftInset() + b.snappedRightInset();
            } else {
                min += n.minWidth(-1);
            }
        }
        return min;
    }

    @Override
    protected void layoutChildren() {
        double needed = getInsets().getLeft() + getInsets().getRight() + getSpacing() * (getChildren().size() - 1);
        for (Node n : getChildren()) {
            if (n instanceof Button b && buttons.contains(b)) {
                if (b.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                    fullWidths.put(b, b.prefWidth(-1));
                }
                needed += fullWidths.getOrDefault(b, b.prefWidth(-1));
            } else if (n instanceof FlowPane filters) {
                // the buttons give way to icons before the filters wrap into a second row
                needed += oneRow(filters);
            } else {
                needed += n.minWidth(-1);
            }
        }
        ContentDisplay display = getWidth() < needed ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
        buttons.forEach(b -> b.setContentDisplay(display));
        super.layoutChildren();
    }

    /** How wide a wrapping row is when all its controls stand in one line. */
    private static double oneRow(FlowPane row) {
        double width = row.getInsets().getLeft() + row.getInsets().getRight()
                + row.getHgap() * Math.max(0, row.getChildren().size() - 1);
        for (Node n : row.getChildren()) {
            width += n.prefWidth(-1);
        }
        return width;
    }
}
