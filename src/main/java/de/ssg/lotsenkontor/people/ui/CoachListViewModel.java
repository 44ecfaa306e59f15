package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.CoachRow;
import de.ssg.lotsenkontor.people.CoachState;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.SearchText;
import de.ssg.lotsenkontor.ui.TableRows;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** State of the coach table: all rows, the search text (name, e-mail, focus district) and the status filter. */
public class CoachListViewModel {

    // sorted once per click on a header, filtered on every keystroke
    private final TableRows<CoachRow> table = new TableRows<>();
    private final ObservableList<CoachRow> rows = table.all();
    private final FilteredList<CoachRow> filtered = table.shown();
    private final Map<Long, String> searchKeys = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Choice<CoachState>> stateChoices = FXCollections.observableArrayList(
            Choice.list(I18n.text("peopleui.filter.allStates"), Arrays.asList(CoachState.values()),
                    s -> I18n.of("people.coachState", s)));
    private final ObjectProperty<Choice<CoachState>> state = new SimpleObjectProperty<>(stateChoices.get(0));
    private final StringBinding countText;

    public CoachListViewModel() {
        search.addListener((obs, o, n) -> refilter());
        state.addListener((obs, o, n) -> refilter());
        countText = Bindings.createStringBinding(
                () -> I18n.text("peopleui.coach.count", filtered.size(), rows.size()), filtered, rows);
    }

    public void setData(List<CoachRow> newRows) {
        searchKeys.clear();
        newRows.forEach(r -> searchKeys.put(r.id(), searchKey(r)));
        rows.setAll(newRows);
    }

    /** Puts a changed row in place of the old one with the same id, or adds a new one where its name sorts. */
    public void replace(CoachRow changed) {
        searchKeys.put(changed.id(), searchKey(changed));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == changed.id()) {
                rows.set(i, changed);
                return;
            }
        }
        int at = 0;
        while (at < rows.size() && BY_NAME.compare(rows.get(at), changed) <= 0) {
            at++;
        }
        rows.add(at, changed);
    }

    private static final Collator COLLATOR = Collator.getInstance(Formats.GERMAN);
    private static final Comparator<CoachRow> BY_NAME = Comparator.comparing(CoachRow::lastName, COLLATOR)
            .thenComparing(CoachRow::firstName, COLLATOR);

    public void remove(long id) {
        searchKeys.remove(id);
        rows.removeIf(r -> r.id() == id);
    }

    private static String searchKey(CoachRow r) {
        return SearchText.normalize(r.firstName() + " " + r.lastName() + " | " + (r.email() == null ? "" : r.email())
                + " | " + r.focusDistricts());
    }

    private void refilter() {
        table.setFilter(predicate());
    }

    Predicate<CoachRow> predicate() {
        String[] tokens = SearchText.normalize(search.get()).trim().split("\\s+");
        CoachState wanted = state.get() == null ? null : state.get().value();
        return r -> {
            String key = searchKeys.getOrDefault(r.id(), "");
            for (String t : tokens) {
                if (!key.contains(t)) {
                    return false;
                }
            }
            return wanted == null || wanted == r.state();
        };
    }

    public void resetFilters() {
        search.set("");
        state.set(stateChoices.get(0));
    }

    public ObservableList<CoachRow> allRows() {
        return rows;
    }

    /** The rows for the screen's table: sorted by its headers, filtered by search and filters. */
    public TableRows<CoachRow> tableRows() {
        return table;
    }

    public FilteredList<CoachRow> filteredRows() {
        return filtered;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Choice<CoachState>> stateChoices() {
        return stateChoices;
    }

    public ObjectProperty<Choice<CoachState>> stateProperty() {
        return state;
    }

    public StringBinding countText() {
        return countText;
    }
}
