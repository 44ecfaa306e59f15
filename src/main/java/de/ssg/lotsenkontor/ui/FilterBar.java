package de.ssg.lotsenkontor.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The search field and filters of a master–detail toolbar. A filter never shrinks below its
 * text ("Alle Teilnahmestatus", not "Alle Teiln…"); where the row is too narrow for all of them
 * (a 1366 × 768 laptop), they wrap into a second row instead of cutting their labels.
 */
public final class FilterBar {

    private FilterBar() {
    }

    /** The widest the first control (the search field) grows to. */
    private static final double SEARCH_MAX = 420;
    /** The search field's width when the filters wrap into a second row anyway. */
    private static final double COMFORTABLE = 300;

    /**
     * The controls in a wrapping row that takes the toolbar's spare width. The first one (the
     * search field) takes what the others leave, between its smallest width and a comfortable
     * one; only when even its smallest width does not fit do the filters wrap.
     */
    public static FlowPane of(Node... controls) {
        FlowPane bar = new FlowPane(8, 8, controls);
        bar.getStyleClass().add("filter-bar");
        for (Node n : controls) {
            if (n instanceof ComboBoxBase<?> box) {
                box.setMinWidth(Region.USE_PREF_SIZE);
                box.setPrefWidth(Region.USE_COMPUTED_SIZE);
            }
        }
        // wrap at the width it is given, not at FlowPane's default of 400 px
        bar.prefWrapLengthProperty().bind(bar.widthProperty());
        bar.setMinWidth(Region.USE_COMPUTED_SIZE);
        if (controls.length > 0 && controls[0] instanceof Region search) {
            double smallest = search.getMinWidth() > 0 ? search.getMinWidth() : 160;
            search.setMinWidth(smallest);
            Runnable fit = () -> {
                double width = bar.getWidth();
                double others = bar.getInsets().getLeft() + bar.getInsets().getRight()
                        + bar.getHgap() * (controls.length - 1);
                for (int i = 1; i < controls.length; i++) {
                    others += controls[i].prefWidth(-1);
                }
                double room = width - others - 12; // a little slack for rounding and borders
                // when the filters must wrap anyway, the search keeps a comfortable width
                search.setPrefWidth(room >= smallest ? Math.min(room, SEARCH_MAX) : Math.min(COMFORTABLE, width));
            };
            bar.widthProperty().addListener((obs, old, width) -> fit.run());
            // the filters know their width only once their skins are made and their items are there
            for (int i = 1; i < controls.length; i++) {
                if (controls[i] instanceof Region r) {
                    r.widthProperty().addListener((obs, old, width) -> fit.run());
                }
            }
        }
        HBox.setHgrow(bar, Priority.ALWAYS);
        return bar;
    }
}
