package de.ssg.lotsenkontor.ui;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The body of a master–detail view: the table on the left and the detail side on the right,
 * which shows a placeholder while nothing is being edited and the form while something is.
 */
public final class MasterDetailPane {

    private final BorderPane detail = new BorderPane();
    private final SplitPane split;
    private Node form;

    public MasterDetailPane(Node master, Node placeholder, double detailMinWidth) {
        detail.setCenter(placeholder);
        detail.setMinWidth(detailMinWidth);
        split = new SplitPane(master, detail);
        split.setDividerPositions(0.64);
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
        });
        return this;
    }

    /** The detail side keeps its width when the window is resized; the table takes the difference. */
    public MasterDetailPane keepingDetailWidth() {
        SplitPane.setResizableWithParent(detail, false);
        return this;
    }

    public SplitPane node() {
        return split;
    }
}
