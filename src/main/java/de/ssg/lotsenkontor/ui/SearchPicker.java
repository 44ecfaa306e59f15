package de.ssg.lotsenkontor.ui;

import atlantafx.base.controls.CustomTextField;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A text field that finds one of many entries (hundreds or tens of thousands) as the user types:
 * suggestions drop down below it, names starting with the typed text first; case, accents and
 * umlauts do not matter ({@link SearchText}). Keyboard: type, Down/Up to move, Enter or Tab to
 * take the highlighted entry, Escape to close the list. Typing the exact label also chooses it.
 *
 * <p>{@link #valueProperty()} holds the chosen entry, or null while the text names none; the
 * text is never thrown away, so a form can tell the user that what they typed is not an entry.
 */
public final class SearchPicker<T> {

    private static final int MAX_SUGGESTIONS = 200;
    private static final int VISIBLE_ROWS = 10;
    private static final double CELL_HEIGHT = 30;
    private static final double MIN_POPUP_WIDTH = 380;

    private final Function<T, String> label;
    private final Function<T, String> searchText;
    private final CustomTextField field = new CustomTextField();
    private final ListView<T> suggestions = new ListView<>();
    private final Popup popup = new Popup();
    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private SearchIndex<T> index = SearchIndex.empty();
    private boolean updating;

    /**
     * @param label      what the field and the list show for an entry
     * @param searchText what typing searches in (e.g. name and key); the label when null
     */
    public SearchPicker(Function<T, String> label, Function<T, String> searchText) {
        this.label = label;
        this.searchText = searchText == null ? label : searchText;
        field.setLeft(new FontIcon(Material2MZ.SEARCH));
        Button clear = new Button(null, new FontIcon(Material2AL.CLEAR));
        clear.getStyleClass().addAll("flat", "small");
        clear.setFocusTraversable(false);
        clear.visibleProperty().bind(field.textProperty().isNotEmpty().and(field.disabledProperty().not()));
        clear.setOnAction(e -> {
            field.clear();
            field.requestFocus();
        });
        field.setRight(clear);

        suggestions.setFocusTraversable(false); // the field keeps the keyboard; keys move the list
        suggestions.setFixedCellSize(CELL_HEIGHT);
        suggestions.getStyleClass().add("search-picker-list");
        suggestions.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 10, 0, 0, 3);");
        suggestions.setCellFactory(v -> {
            ListCell<T> cell = new ListCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : label.apply(item));
                }
            };
            cell.setPrefWidth(0); // long entries end in "…" instead of scrolling sideways
            return cell;
        });
        suggestions.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            T item = suggestions.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && item != null) {
                pick(item);
            }
        });
        popup.getContent().add(suggestions);
        popup.setAutoHide(true);
        popup.setConsumeAutoHidingEvents(false);

        field.textProperty().addListener((obs, old, text) -> {
            if (updating) {
                return;
            }
            updating = true;
            try {
                value.set(exact(text));
            } finally {
                updating = false;
            }
            if (field.isFocused()) {
                suggest(text);
            }
        });
        value.addListener((obs, old, now) -> {
            if (updating) {
                return;
            }
            updating = true;
            try {
                field.setText(now == null ? "" : label.apply(now));
            } finally {
                updating = false;
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(field.textProperty());
        field.tooltipProperty().bind(Bindings.when(field.textProperty().isEmpty())
                .then((Tooltip) null).otherwise(tip));
    }

    /** The entries to choose from; their search keys are prepared here, once. */
    public void setItems(List<? extends T> newItems) {
        index = new SearchIndex<>(newItems, label, searchText);
        // the current text may name an entry now, or no longer
        updating = true;
        try {
            value.set(exact(field.getText()));
        } finally {
            updating = false;
        }
    }

    public TextField node() {
        return field;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public StringProperty textProperty() {
        return field.textProperty();
    }

    /** The drop-down list (for tests and styling). */
    public ListView<T> suggestionList() {
        return suggestions;
    }

    public boolean isShowingSuggestions() {
        return popup.isShowing();
    }

    /** The entries matching {@code text}, best first, at most {@code limit}. */
    public List<T> matches(String text, int limit) {
        return index.matches(text, limit);
    }

    private T exact(String text) {
        return index.exact(text);
    }

    private void suggest(String text) {
        if (text == null || text.isBlank()) {
            popup.hide();
            return;
        }
        List<T> found = matches(text, MAX_SUGGESTIONS);
        if (found.isEmpty() || (found.size() == 1 && found.get(0).equals(value.get()))) {
            popup.hide();
            return;
        }
        suggestions.getItems().setAll(found);
        suggestions.getSelectionModel().select(0);
        suggestions.scrollTo(0);
        showPopup(found.size());
    }

    private void showPopup(int count) {
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        double width = Math.max(field.getWidth(), MIN_POPUP_WIDTH);
        suggestions.setPrefWidth(width);
        suggestions.setPrefHeight(Math.min(count, VISIBLE_ROWS) * CELL_HEIGHT + 4);
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            var window = field.getScene().getWindow();
            // wider than the field: grow to the left where the window ends on the right
            double x = Math.min(b.getMinX(), window.getX() + window.getWidth() - width - 8);
            popup.show(field, Math.max(window.getX(), x), b.getMaxY() + 2);
        }
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> {
                if (!popup.isShowing()) {
                    List<T> all = index.items();
                    List<T> found = field.getText().isBlank() ? all.subList(0, Math.min(all.size(), MAX_SUGGESTIONS))
                            : matches(field.getText(), MAX_SUGGESTIONS);
                    if (!found.isEmpty()) {
                        suggestions.getItems().setAll(found);
                        int current = value.get() == null ? 0 : Math.max(0, found.indexOf(value.get()));
                        suggestions.getSelectionModel().select(current);
                        suggestions.scrollTo(current);
                        showPopup(found.size());
                    }
                } else {
                    move(1);
                }
                e.consume();
            }
            case UP -> {
                if (popup.isShowing()) {
                    move(-1);
                    e.consume();
                }
            }
            case PAGE_DOWN, PAGE_UP -> {
                if (popup.isShowing()) {
                    move(e.getCode() == KeyCode.PAGE_DOWN ? VISIBLE_ROWS - 1 : 1 - VISIBLE_ROWS);
                    e.consume();
                }
            }
            case ENTER -> {
                if (popup.isShowing() && suggestions.getSelectionModel().getSelectedItem() != null) {
                    pick(suggestions.getSelectionModel().getSelectedItem());
                    e.consume();
                }
            }
            case TAB -> {
                // take the highlighted entry, and let the focus move on
                if (popup.isShowing() && suggestions.getSelectionModel().getSelectedItem() != null) {
                    pick(suggestions.getSelectionModel().getSelectedItem());
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    e.consume();
                }
            }
            default -> {
                // typing goes to the field
            }
        }
    }

    private void move(int by) {
        int size = suggestions.getItems().size();
        if (size == 0) {
            return;
        }
        int index = suggestions.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(size - 1, index + by));
        suggestions.getSelectionModel().select(next);
        suggestions.scrollTo(Math.max(0, next - VISIBLE_ROWS / 2));
    }

    private void pick(T item) {
        popup.hide();
        value.set(item); // sets the text through the listener
        if (value.get() == item) {
            updating = true;
            try {
                field.setText(label.apply(item));
            } finally {
                updating = false;
            }
        }
        // show the beginning of a long name; the whole one is in the tooltip
        field.home();
    }
}
