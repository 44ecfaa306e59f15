package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.CoachRow;
import de.ssg.lotsenkontor.people.CoachState;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.SearchText;
import de.ssg.lotsenkontor.ui.SearchableRows;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the coach table: all rows, the search text (name, e-mail, focus district) and the status filter. */
public class CoachListViewModel {

    private static final Collator COLLATOR = Collator.getInstance(Formats.GERMAN);
    private static final Comparator<CoachRow> BY_NAME = Comparator.comparing(CoachRow::lastName, COLLATOR)
            .thenComparing(CoachRow::firstName, COLLATOR);

    private final SearchableRows<CoachRow> rows = new SearchableRows<>(CoachRow::id, CoachListViewModel::searchKey,
            "peopleui.coach.count").addingNewRowsIn(BY_NAME);
    private final ObservableList<Choice<CoachState>> stateChoices = FXCollections.observableArrayList(
            Choice.list(I18n.text("peopleui.filter.allStates"), Arrays.asList(CoachState.values()),
                    s -> I18n.of("people.coachState", s)));
    private final ObjectProperty<Choice<CoachState>> state = new SimpleObjectProperty<>(stateChoices.get(0));

    public CoachListViewModel() {
        rows.filterBy(this::predicate, state);
    }

    public void setData(List<CoachRow> newRows) {
        rows.setAll(newRows);
    }

    private static String searchKey(CoachRow r) {
        return SearchText.normalize(r.firstName() + " " + r.lastName() + " | " + (r.email() == null ? "" : r.email())
                + " | " + r.focusDistricts());
    }

    Predicate<CoachRow> predicate() {
        Predicate<CoachRow> search = rows.searchMatchesAllWords();
        CoachState wanted = state.get() == null ? null : state.get().value();
        return r -> search.test(r) && (wanted == null || wanted == r.state());
    }

    public void resetFilters() {
        rows.searchProperty().set("");
        state.set(stateChoices.get(0));
    }

    /** The rows with search text and count; a saved coach is put in or added where its name sorts. */
    public SearchableRows<CoachRow> rows() {
        return rows;
    }

    public ObservableList<Choice<CoachState>> stateChoices() {
        return stateChoices;
    }

    public ObjectProperty<Choice<CoachState>> stateProperty() {
        return state;
    }
}
