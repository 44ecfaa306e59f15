package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachingQueries;
import de.ssg.lotsenkontor.coaching.CoachingRows.Board;
import de.ssg.lotsenkontor.coaching.CoachingRows.BoardCard;
import de.ssg.lotsenkontor.coaching.CoachingRows.BoardColumn;
import de.ssg.lotsenkontor.coaching.CoachingRows.HistoryRow;
import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The tab "Zuordnung": a column per active coach with their navigators and a capacity gauge, a
 * column of the navigators without a coach, filters, and moving a card to another coach. A move
 * shows at once; the write runs in the background and a refusal puts the card back. Needs no
 * toolkit.
 */
public class BoardViewModel {

    /** How full a coach is: green below 90 %, amber from 90 % up to 100 %, red above. */
    public enum Load {
        OK, AMBER, RED;

        public static Load of(int assigned, int capacity) {
            if (capacity <= 0) {
                return assigned > 0 ? RED : OK;
            }
            double share = (double) assigned / capacity;
            return share > 1.0 ? RED : share >= 0.9 ? AMBER : OK;
        }
    }

    /** One column: the coach and their cards, which change at once when a card is moved. */
    public static final class CoachColumn {
        private final BoardColumn coach;
        private final ObservableList<BoardCard> cards;
        private final FilteredList<BoardCard> shown;
        private final DoubleBinding load;

        CoachColumn(BoardColumn coach) {
            this.coach = coach;
            this.cards = FXCollections.observableArrayList(coach.cards());
            this.shown = new FilteredList<>(cards);
            this.load = Bindings.createDoubleBinding(() -> coach.capacity() == 0 ? (cards.isEmpty() ? 0 : 1.01)
                    : (double) cards.size() / coach.capacity(), cards);
        }

        public long coachId() {
            return coach.coachId();
        }

        public String name() {
            return coach.coach();
        }

        public int capacity() {
            return coach.capacity();
        }

        public List<String> focusDistrictKeys() {
            return coach.focusDistrictKeys();
        }

        public ObservableList<BoardCard> cards() {
            return cards;
        }

        /** The cards the district filter leaves. */
        public FilteredList<BoardCard> shownCards() {
            return shown;
        }

        public DoubleBinding loadBinding() {
            return load;
        }

        public Load load() {
            return Load.of(cards.size(), coach.capacity());
        }
    }

    private final CoachingQueries queries;
    private final CoachingService service;
    private final TaskRunner tasks;
    private final DialogPort dialogs;
    private final Clock clock;
    private final ObservableList<CoachColumn> columns = FXCollections.observableArrayList();
    private final FilteredList<CoachColumn> shownColumns = new FilteredList<>(columns);
    private final ObservableList<BoardCard> withoutCoach = FXCollections.observableArrayList();
    private final FilteredList<BoardCard> shownWithoutCoach = new FilteredList<>(withoutCoach);
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<DistrictOption> district = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> coach = new SimpleObjectProperty<>();
    private final BooleanProperty onlyOverCapacity = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<BoardCard> selected = new SimpleObjectProperty<>();
    private Runnable changed = () -> { };
    private Consumer<String> status = text -> { };

    public BoardViewModel(CoachingQueries queries, CoachingService service, TaskRunner tasks, DialogPort dialogs,
            Clock clock) {
        this.queries = queries;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        district.addListener((obs, was, is) -> applyFilters());
        coach.addListener((obs, was, is) -> applyFilters());
        onlyOverCapacity.addListener((obs, was, is) -> applyFilters());
        selected.addListener((obs, was, is) -> loadHistory(is));
    }

    /** Reads the board of today. */
    public void load() {
        loading.set(true);
        LocalDate today = LocalDate.now(clock);
        tasks.run(I18n.text("coachingui.board.loading"), p -> queries.board(today), this::show, error -> {
            loading.set(false);
            dialogs.showFailure(I18n.text("coachingui.board.loadFailed"), error);
        });
    }

    private void show(Board board) {
        loading.set(false);
        columns.setAll(board.coaches().stream().map(CoachColumn::new).toList());
        withoutCoach.setAll(board.withoutCoach());
        applyFilters();
    }

    private void applyFilters() {
        String key = district.get() == null ? null : district.get().key();
        for (CoachColumn c : columns) {
            c.shownCards().setPredicate(card -> key == null || key.equals(card.districtKey()));
        }
        shownWithoutCoach.setPredicate(card -> key == null || key.equals(card.districtKey()));
        shownColumns.setPredicate(c -> (coach.get() == null || coach.get() == c.coachId())
                && (!onlyOverCapacity.get() || c.load() == Load.RED));
    }

    /**
     * Moves {@code card} to {@code target}'s column at once and assigns in the background from
     * today; a refusal is reported and the board read again.
     */
    public void move(BoardCard card, CoachColumn target) {
        if (card == null || target == null || card.coachId() != null && card.coachId() == target.coachId()) {
            return;
        }
        LocalDate day = LocalDate.now(clock);
        LocalDate from = card.since() != null && card.coachId() == null && card.since().isAfter(day) ? card.since()
                : day;
        BoardCard moved = new BoardCard(card.navigatorId(), card.navigator(), card.municipalityId(),
                card.municipality(), card.district(), card.districtKey(), target.coachId(), from);
        remove(card);
        target.cards().add(moved);
        target.cards().sort(Comparator.comparing(BoardCard::navigator));
        applyFilters();
        tasks.run(I18n.text("coachingui.assign.running"), p -> service.assign(target.coachId(), card.navigatorId(),
                from, null), id -> {
                    status.accept(I18n.text("coachingui.assign.done", card.navigator(), target.name()));
                    if (selected.get() != null && selected.get().navigatorId() == card.navigatorId()) {
                        loadHistory(moved);
                    }
                    changed.run();
                }, error -> {
                    dialogs.showFailure(I18n.text("coachingui.assign.failed"), error);
                    load();
                });
    }

    private void remove(BoardCard card) {
        withoutCoach.removeIf(c -> c.navigatorId() == card.navigatorId());
        for (CoachColumn c : columns) {
            c.cards().removeIf(x -> x.navigatorId() == card.navigatorId());
        }
    }

    /** The column of a coach, or null. */
    public CoachColumn column(long coachId) {
        return columns.stream().filter(c -> c.coachId() == coachId).findFirst().orElse(null);
    }

    private void loadHistory(BoardCard card) {
        if (card == null) {
            history.clear();
            return;
        }
        tasks.run(I18n.text("coachingui.board.loading"), p -> queries.history(card.navigatorId()),
                history::setAll, error -> dialogs.showFailure(I18n.text("coachingui.board.loadFailed"), error));
    }

    public void setOnChanged(Runnable changed) {
        this.changed = changed;
    }

    public void setStatusMessage(Consumer<String> status) {
        this.status = status;
    }

    public ObservableList<CoachColumn> columns() {
        return columns;
    }

    public FilteredList<CoachColumn> shownColumns() {
        return shownColumns;
    }

    public ObservableList<BoardCard> withoutCoach() {
        return withoutCoach;
    }

    public FilteredList<BoardCard> shownWithoutCoach() {
        return shownWithoutCoach;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ObjectProperty<DistrictOption> districtProperty() {
        return district;
    }

    public ObjectProperty<Long> coachProperty() {
        return coach;
    }

    public BooleanProperty onlyOverCapacityProperty() {
        return onlyOverCapacity;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<BoardCard> selectedProperty() {
        return selected;
    }
}
