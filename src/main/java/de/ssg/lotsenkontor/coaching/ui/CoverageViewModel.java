package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachingQueries;
import de.ssg.lotsenkontor.coaching.CoachingRows.BoardCard;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoverageMunicipality;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoverageRow;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The tab "Abdeckung": coverage per district on today with the change since a chosen day, and
 * the three lists (participating without navigator, navigators without coach, next steps).
 * Needs no toolkit.
 */
public class CoverageViewModel {

    private record Loaded(List<CoverageRow> rows, List<CoverageMunicipality> without, List<BoardCard> uncoached,
            List<CoverageMunicipality> next) {
    }

    private final CoachingQueries queries;
    private final TaskRunner tasks;
    private final DialogPort dialogs;
    private final Clock clock;
    private final ObservableList<CoverageRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CoverageRow> shownRows = new FilteredList<>(rows);
    private final ObservableList<CoverageMunicipality> withoutNavigator = FXCollections.observableArrayList();
    private final FilteredList<CoverageMunicipality> shownWithout = new FilteredList<>(withoutNavigator);
    private final ObservableList<BoardCard> withoutCoach = FXCollections.observableArrayList();
    private final FilteredList<BoardCard> shownUncoached = new FilteredList<>(withoutCoach);
    private final ObservableList<CoverageMunicipality> nextSteps = FXCollections.observableArrayList();
    private final FilteredList<CoverageMunicipality> shownNext = new FilteredList<>(nextSteps);
    private final StringProperty sinceText = new SimpleStringProperty();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Command reload;

    public CoverageViewModel(CoachingQueries queries, TaskRunner tasks, DialogPort dialogs, Clock clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        sinceText.set(Formats.date(LocalDate.now(clock).withDayOfYear(1)));
        reload = new Command(Bindings.createBooleanBinding(() -> true), busy, this::load);
        filter.addListener((obs, was, is) -> applyFilter());
    }

    public void load() {
        LocalDate today = LocalDate.now(clock);
        LocalDate since = Formats.parseDate(sinceText.get()).orElse(null);
        if (since == null) {
            problem.set(I18n.text("common.validation.fieldMessage", I18n.text("coachingui.coverage.since"),
                    I18n.text("common.validation.date")));
            return;
        }
        problem.set("");
        busy.set(true);
        tasks.run(I18n.text("coachingui.coverage.loading"), p -> new Loaded(queries.coverage(today, since),
                queries.participatingWithoutNavigator(today), queries.board(today).withoutCoach(),
                queries.nextSteps(today)), l -> {
                    busy.set(false);
                    rows.setAll(l.rows());
                    withoutNavigator.setAll(l.without());
                    withoutCoach.setAll(l.uncoached());
                    nextSteps.setAll(l.next());
                    applyFilter();
                }, error -> {
                    busy.set(false);
                    dialogs.showFailure(I18n.text("coachingui.coverage.loadFailed"), error);
                });
    }

    private void applyFilter() {
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.GERMAN);
        shownRows.setPredicate(r -> f.isEmpty() || r.district().toLowerCase(Locale.GERMAN).contains(f));
        shownWithout.setPredicate(m -> f.isEmpty() || (m.name() + " " + m.district()).toLowerCase(Locale.GERMAN)
                .contains(f));
        shownUncoached.setPredicate(c -> f.isEmpty() || (c.navigator() + " " + c.municipality() + " " + c.district())
                .toLowerCase(Locale.GERMAN).contains(f));
        shownNext.setPredicate(m -> f.isEmpty() || (m.name() + " " + m.district()).toLowerCase(Locale.GERMAN)
                .contains(f));
    }

    public Command reloadCommand() {
        return reload;
    }

    public FilteredList<CoverageRow> rows() {
        return shownRows;
    }

    public FilteredList<CoverageMunicipality> withoutNavigator() {
        return shownWithout;
    }

    public FilteredList<BoardCard> withoutCoach() {
        return shownUncoached;
    }

    public FilteredList<CoverageMunicipality> nextSteps() {
        return shownNext;
    }

    public StringProperty sinceTextProperty() {
        return sinceText;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
