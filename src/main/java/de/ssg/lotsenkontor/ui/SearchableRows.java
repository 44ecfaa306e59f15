package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The rows of a list view model: all rows on top of {@link TableRows}, a search key per row made
 * once when a row is loaded or changed (so a keystroke only compares prepared text), the search
 * text, and "12 von 418 …" as text. The list view model adds its own filters with
 * {@link #filterBy}. Needs no running JavaFX toolkit.
 *
 * @param <R> the row type; each row has a unique id
 */
public final class SearchableRows<R> {

    private final TableRows<R> table = new TableRows<>();
    private final Map<Long, String> searchKeys = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ToLongFunction<R> id;
    private final Function<R, String> searchKey;
    private final StringBinding countText;
    private Comparator<R> newRowOrder;

    /**
     * @param searchKey what the search looks in, already {@link SearchText#normalize normalized}
     * @param countKey  text key of the count, with the shown and the total number as arguments
     */
    public SearchableRows(ToLongFunction<R> id, Function<R, String> searchKey, String countKey) {
        this.id = id;
        this.searchKey = searchKey;
        FilteredList<R> shown = table.shown();
        ObservableList<R> all = table.all();
        countText = Bindings.createStringBinding(() -> I18n.text(countKey, shown.size(), all.size()), shown, all);
    }

    /** Lets {@link #replace} add a row it does not know yet, where it sorts by {@code order}. */
    public SearchableRows<R> addingNewRowsIn(Comparator<R> order) {
        this.newRowOrder = order;
        return this;
    }

    /**
     * Filters the rows by {@code predicate} again whenever the search text or one of
     * {@code filters} changes; the predicate includes the search (see {@link #searchMatchesAllWords}).
     */
    public void filterBy(Supplier<Predicate<R>> predicate, ObservableValue<?>... filters) {
        search.addListener((obs, o, n) -> table.setFilter(predicate.get()));
        for (ObservableValue<?> filter : filters) {
            filter.addListener((obs, o, n) -> table.setFilter(predicate.get()));
        }
    }

    /** Replaces all rows (after loading). */
    public void setAll(List<R> rows) {
        searchKeys.clear();
        for (R r : rows) {
            searchKeys.put(id.applyAsLong(r), searchKey.apply(r));
        }
        table.all().setAll(rows);
    }

    /**
     * Puts a changed row in place of the old one with the same id; a row not known yet is added
     * where it sorts when {@link #addingNewRowsIn} says how, and left out otherwise.
     */
    public void replace(R changed) {
        long changedId = id.applyAsLong(changed);
        ObservableList<R> rows = table.all();
        searchKeys.put(changedId, searchKey.apply(changed));
        for (int i = 0; i < rows.size(); i++) {
            if (id.applyAsLong(rows.get(i)) == changedId) {
                rows.set(i, changed);
                return;
            }
        }
        if (newRowOrder == null) {
            return;
        }
        int at = 0;
        while (at < rows.size() && newRowOrder.compare(rows.get(at), changed) <= 0) {
            at++;
        }
        rows.add(at, changed);
    }

    public void remove(long rowId) {
        searchKeys.remove(rowId);
        table.all().removeIf(r -> id.applyAsLong(r) == rowId);
    }

    /** The search as a test of a row: every typed word occurs in its key, in any order. */
    public Predicate<R> searchMatchesAllWords() {
        String[] words = SearchText.normalize(search.get()).trim().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return r -> true;
        }
        return r -> {
            String key = keyOf(r);
            for (String word : words) {
                if (!key.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** The search as a test of a row: the typed text as a whole occurs in its key. */
    public Predicate<R> searchMatchesWholeText() {
        String query = SearchText.normalize(search.get()).trim();
        return query.isEmpty() ? r -> true : r -> keyOf(r).contains(query);
    }

    private String keyOf(R row) {
        return searchKeys.getOrDefault(id.applyAsLong(row), "");
    }

    /** Every row, unfiltered. */
    public ObservableList<R> all() {
        return table.all();
    }

    /** The rows the table shows: sorted by its headers, filtered by search and filters. */
    public FilteredList<R> shown() {
        return table.shown();
    }

    /** What the screen's table shows ({@link TableRows#showIn}). */
    public TableRows<R> tableRows() {
        return table;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** "12 von 418 …": shown and total rows. */
    public StringBinding countText() {
        return countText;
    }
}
