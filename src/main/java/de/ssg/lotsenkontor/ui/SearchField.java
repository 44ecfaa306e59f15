package de.ssg.lotsenkontor.ui;

import atlantafx.base.controls.CustomTextField;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The search box above a table: a magnifier, a clear button while something is typed, bound to a
 * view model's search text; and the button beside the filters that clears search and filters.
 */
public final class SearchField {

    private SearchField() {
    }

    /** A search box bound both ways to {@code text}; its widths are the caller's. */
    public static CustomTextField create(String id, String prompt, StringProperty text) {
        CustomTextField search = new CustomTextField();
        search.setId(id);
        search.setPromptText(prompt);
        search.setTooltip(new Tooltip(prompt));
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        Button clear = new Button(null, new FontIcon(Material2AL.CLEAR));
        clear.getStyleClass().addAll("flat", "small");
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        // an empty field keeps no room for the hidden button, so the prompt shows in full
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> search.clear());
        search.setRight(clear);
        search.textProperty().bindBidirectional(text);
        return search;
    }

    /** An icon button with {@code tooltip} that runs {@code reset} (the list view model's "reset filters"). */
    public static Button resetButton(String tooltip, Runnable reset) {
        Button button = new Button(null, new FontIcon(Material2AL.CLEAR_ALL));
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> reset.run());
        return button;
    }
}
