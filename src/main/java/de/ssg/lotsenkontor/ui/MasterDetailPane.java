package de.ssg.lotsenkontor.ui;

import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The body of a master–detail view: the table on the left and the detail side on the right,
 * which shows a placeholder while nothing is being edited and the form while something is. While
 * nothing is edited the detail side stays narrow, so that the table gets the room (a 1366 × 768
 * laptop shows its columns); the split the user chose for the form is remembered per view in the
 * user's preferences.
 */
public final class MasterDetailPane {

    /** How wide the detail side is at most while it shows only the placeholder. */
    static final double NARROW = 240;
    private static final double DEFAULT_POSITION = 0.64;
    private static final Preferences PREFS = Preferences.userRoot().node("de/ssg/lotsenkontor/ui/split");

    private final String key;
    private final double detailMinWidth;
    private final BorderPane detail = new BorderPane();
    private final SplitPane split;
    private Node form;
    private boolean expanded;
    private boolean adjusting;

    /**
     * @param key            names the view whose split is remembered (e.g. {@code municipalities})
     * @param detailMinWidth the form's smallest width
     */
    public MasterDetailPane(String key, Node master, Node placeholder, double detailMinWidth) {
        this.key = key;
        this.detailMinWidth = detailMinWidth;
        detail.setCenter(placeholder);
        detail.getStyleClass().add("detail-side");
        split = new SplitPane(master, detail);
        collapse();
        split.getDividers().get(0).positionProperty().addListener((obs, old, position) -> {
            if (expanded && !adjusting && split.getWidth() > 0) {
                PREFS.putDouble(key, position.doubleValue());
            }
        });
    }

    /**
     * Shows the form while {@code editing} is true, else the placeholder. The form is asked for
     * once, when it is first shown; a view that builds it later saves that time at start-up.
     */
    public MasterDetailPane showingFormWhile(ObservableValue<Boolean> editing, Supplier<Node> form) {
        Node placeholder = detail.getCenter();
        editing.addListener((obs, was, is) -> {
            if (is && this.form == null) {
                this.form = form.get();
            }
            detail.setCenter(is ? this.form : placeholder);
            if (is) {
                expand();
            } else {
                collapse();
            }
        });
        return this;
    }

    /** The detail side keeps its width when the window is resized; the table takes the difference. */
    public MasterDetailPane keepingDetailWidth() {
        SplitPane.setResizableWithParent(detail, false);
        return this;
    }

    /** The detail side always holds its form (the fast entry of receipts): shown at the remembered width. */
    public MasterDetailPane alwaysExpanded() {
        expand();
        return this;
    }

    /** Whether the form is shown at its remembered width (else the narrow placeholder). */
    public boolean isExpanded() {
        return expanded;
    }

    public SplitPane node() {
        return split;
    }

    /** The remembered split of view {@code key}, between a third and nine tenths. */
    static double rememberedPosition(String key) {
        return Math.max(0.3, Math.min(0.9, PREFS.getDouble(key, DEFAULT_POSITION)));
    }

    private void collapse() {
        expanded = false;
        adjusting = true;
        detail.setMinWidth(Math.min(NARROW, detailMinWidth) * 0.75);
        detail.setMaxWidth(NARROW);
        split.setDividerPositions(0.95);
        adjusting = false;
    }

    private void expand() {
        adjusting = true;
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setMinWidth(detailMinWidth);
        split.setDividerPositions(rememberedPosition(key));
        adjusting = false;
        expanded = true;
    }
}
