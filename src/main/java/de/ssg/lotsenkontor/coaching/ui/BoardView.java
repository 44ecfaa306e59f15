package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachingRows.BoardCard;
import de.ssg.lotsenkontor.coaching.CoachingRows.HistoryRow;
import de.ssg.lotsenkontor.coaching.ui.BoardViewModel.CoachColumn;
import de.ssg.lotsenkontor.coaching.ui.BoardViewModel.Load;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.TableColumns;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The tab "Zuordnung": columns of cards, dragged from one coach to another (or from "ohne
 * Lotse"); "Zuordnen …" does the same by keyboard through the assignment dialog.
 */
public final class BoardView {

    private final BoardViewModel model;
    private final BorderPane root = new BorderPane();
    /**
     * The columns side by side in a horizontal list, so that only those on screen are built: with
     * hundreds of coaches a column of every one (each its own list) took seconds to lay out.
     */
    private final ListView<Object> columns = new ListView<>();
    private final Map<Object, Node> columnNodes = new HashMap<>();
    private static final Object WITHOUT = new Object();
    private final ObjectProperty<NavigatorDetails> shownNavigator = new SimpleObjectProperty<>();
    private final AssignCoachViewModel assign;
    private final NavigatorQueries navigators;
    private final TaskRunner tasks;
    private final DialogPort dialogs;

    public BoardView(BoardViewModel model, AssignCoachViewModel.Form form, AssignCoachViewModelFactory factory,
            NavigatorQueries navigators, TaskRunner tasks, DialogPort dialogs,
            ObservableList<DistrictOption> districts) {
        this.model = model;
        this.navigators = navigators;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.assign = factory.create(shownNavigator, new SimpleBooleanProperty(false));
        assign.setForm(form);
        assign.setOnChanged(model::load);
        root.setTop(filters(districts));
        columns.setId("boardColumns");
        columns.setOrientation(javafx.geometry.Orientation.HORIZONTAL);
        columns.setFixedCellSize(262);
        columns.setFocusTraversable(false);
        columns.setSelectionModel(new NoSelection<>());
        columns.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 4;");
        columns.setCellFactory(v -> new ListCell<>() {
            {
                setStyle("-fx-background-color: transparent; -fx-padding: 4 6 4 6;");
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : columnNodes.computeIfAbsent(item,
                        k -> k == WITHOUT ? withoutColumn() : coachColumn((CoachColumn) k)));
            }
        });
        Node scroll = columns;
        TableView<HistoryRow> history = new TableView<>(model.history());
        history.setId("boardHistory");
        TableColumns.addAll(history, List.of(
                ColumnDef.of("coach", I18n.text("coaching.field.coach"), ColumnType.TEXT, 16, HistoryRow::coach),
                ColumnDef.of("from", I18n.text("coaching.field.from"), ColumnType.DATE, 10, HistoryRow::from),
                ColumnDef.of("until", I18n.text("coaching.field.until"), ColumnType.DATE, 10, HistoryRow::until),
                ColumnDef.of("reason", I18n.text("coachingui.column.endReason"), ColumnType.TEXT, 20,
                        HistoryRow::endReason)));
        history.setPlaceholder(new Label(I18n.text("coachingui.board.noHistory")));
        Label historyHeading = new Label(I18n.text("coachingui.board.history"));
        historyHeading.getStyleClass().add("title-4");
        Label chosen = new Label();
        chosen.setWrapText(true);
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            BoardCard c = model.selectedProperty().get();
            return c == null ? I18n.text("coachingui.board.chooseCard") : c.navigator() + " · " + c.municipality();
        }, model.selectedProperty()));
        VBox side = new VBox(8, historyHeading, chosen, history);
        VBox.setVgrow(history, Priority.ALWAYS);
        side.setPadding(new Insets(8));
        side.setMinWidth(260);
        SplitPane split = new SplitPane(scroll, side);
        split.setDividerPositions(0.75);
        root.setCenter(split);
        model.shownColumns().addListener((ListChangeListener<CoachColumn>) c -> rebuild());
        rebuild();
    }

    /** Makes the keyboard dialog's view model for a navigator shown elsewhere (wired by the area). */
    @FunctionalInterface
    public interface AssignCoachViewModelFactory {
        AssignCoachViewModel create(ObjectProperty<NavigatorDetails> shown, SimpleBooleanProperty busy);
    }

    public Node node() {
        return root;
    }

    /** The keyboard dialog's view model (tests drive it). */
    public AssignCoachViewModel assignModel() {
        return assign;
    }

    private Node filters(ObservableList<DistrictOption> districts) {
        ComboBox<DistrictOption> district = new ComboBox<>();
        district.setId("boardFilterDistrict");
        Runnable fill = () -> {
            DistrictOption keep = district.getValue();
            district.getItems().setAll((DistrictOption) null);
            district.getItems().addAll(districts);
            district.setValue(keep);
        };
        fill.run();
        districts.addListener((ListChangeListener<DistrictOption>) c -> fill.run());
        district.setConverter(SessionView.converter(DistrictOption::name, "coachingui.filter.allDistricts"));
        district.valueProperty().bindBidirectional(model.districtProperty());
        ComboBox<CoachColumn> coach = new ComboBox<>();
        coach.setId("boardFilterCoach");
        model.columns().addListener((ListChangeListener<CoachColumn>) c -> {
            coach.getItems().setAll((CoachColumn) null);
            coach.getItems().addAll(model.columns());
        });
        coach.setConverter(SessionView.converter(CoachColumn::name, "coachingui.filter.allCoaches"));
        coach.valueProperty().addListener((obs, was, is) -> model.coachProperty().set(is == null ? null : is.coachId()));
        CheckBox over = new CheckBox(I18n.text("coachingui.board.onlyOver"));
        over.setId("boardOnlyOver");
        over.selectedProperty().bindBidirectional(model.onlyOverCapacityProperty());
        Button byKeyboard = new Button(I18n.text("coachingui.board.assign"));
        byKeyboard.setId("boardAssign");
        byKeyboard.disableProperty().bind(model.selectedProperty().isNull());
        byKeyboard.setOnAction(e -> assignSelected());
        Button reload = new Button(I18n.text("coachingui.board.reload"));
        reload.setOnAction(e -> model.load());
        FlowPane bar = new FlowPane(8, 6, district, coach, over, byKeyboard, reload);
        bar.setPadding(new Insets(8));
        return bar;
    }

    /** "Zuordnen …": the assignment dialog for the chosen card, by keyboard alone. */
    public void assignSelected() {
        BoardCard card = model.selectedProperty().get();
        if (card == null) {
            return;
        }
        tasks.run(I18n.text("coachingui.board.loading"), p -> navigators.details(card.navigatorId()), d -> {
            shownNavigator.set(d);
            assign.assignCommand().run();
        }, error -> dialogs.showFailure(I18n.text("coachingui.assign.failed"), error));
    }

    private void rebuild() {
        columnNodes.clear();
        columns.getItems().setAll(Stream.concat(Stream.of(WITHOUT), model.shownColumns().stream()).toList());
    }

    /** The board's list of columns selects nothing: its cards are chosen in their own lists. */
    private static final class NoSelection<T> extends javafx.scene.control.MultipleSelectionModel<T> {
        @Override
        public ObservableList<Integer> getSelectedIndices() {
            return javafx.collections.FXCollections.emptyObservableList();
        }

        @Override
        public ObservableList<T> getSelectedItems() {
            return javafx.collections.FXCollections.emptyObservableList();
        }

        @Override
        public void selectIndices(int index, int... indices) {
        }

        @Override
        public void selectAll() {
        }

        @Override
        public void selectFirst() {
        }

        @Override
        public void selectLast() {
        }

        @Override
        public void clearAndSelect(int index) {
        }

        @Override
        public void select(int index) {
        }

        @Override
        public void select(T obj) {
        }

        @Override
        public void clearSelection(int index) {
        }

        @Override
        public void clearSelection() {
        }

        @Override
        public boolean isSelected(int index) {
            return false;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public void selectPrevious() {
        }

        @Override
        public void selectNext() {
        }
    }

    private Node withoutColumn() {
        Label title = new Label(I18n.text("coachingui.board.without"));
        title.getStyleClass().add("title-4");
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(model.shownWithoutCoach()).asString());
        ListView<BoardCard> list = cards(model.shownWithoutCoach(), null);
        list.setId("boardWithout");
        return column(new VBox(4, title, count), list);
    }

    private Node coachColumn(CoachColumn c) {
        Label title = new Label(c.name());
        title.getStyleClass().add("title-4");
        Label load = new Label();
        ProgressBar gauge = new ProgressBar();
        gauge.setMaxWidth(Double.MAX_VALUE);
        gauge.progressProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(1.0, c.loadBinding().get()), c.loadBinding()));
        Runnable style = () -> {
            gauge.getStyleClass().removeAll("gauge-amber", "gauge-red");
            Load l = c.load();
            if (l == Load.AMBER) {
                gauge.getStyleClass().add("gauge-amber");
            } else if (l == Load.RED) {
                gauge.getStyleClass().add("gauge-red");
            }
            gauge.setStyle(l == Load.RED ? "-fx-accent: #cf222e;" : l == Load.AMBER ? "-fx-accent: #d4a72c;" : "");
            load.setText(I18n.text("coachingui.board.load", c.cards().size(), c.capacity(),
                    Formats.percent(c.capacity() == 0 ? 0 : (double) c.cards().size() / c.capacity())));
        };
        style.run();
        c.cards().addListener((ListChangeListener<BoardCard>) ch -> style.run());
        ListView<BoardCard> list = cards(c.shownCards(), c);
        list.setId("boardCoach" + c.coachId());
        return column(new VBox(4, title, load, gauge), list);
    }

    private Node column(Node head, ListView<BoardCard> list) {
        VBox box = new VBox(6, head, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPrefWidth(250);
        box.setMinWidth(220);
        box.getStyleClass().add("board-column");
        return box;
    }

    private ListView<BoardCard> cards(ObservableList<BoardCard> items, CoachColumn target) {
        ListView<BoardCard> list = new ListView<>(items);
        list.setCellFactory(v -> {
            ListCell<BoardCard> cell = new ListCell<>() {
                @Override
                protected void updateItem(BoardCard item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.navigator() + "\n" + item.municipality() + " · "
                            + item.district());
                }
            };
            cell.setOnDragDetected(e -> {
                if (cell.getItem() == null) {
                    return;
                }
                Dragboard board = cell.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(Long.toString(cell.getItem().navigatorId()));
                board.setContent(content);
                e.consume();
            });
            return cell;
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.selectedProperty().set(is);
            }
        });
        list.setOnDragOver(e -> {
            if (target != null && e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            boolean done = false;
            if (target != null && e.getDragboard().hasString()) {
                long id = Long.parseLong(e.getDragboard().getString());
                BoardCard card = find(id);
                model.move(card, target);
                done = card != null;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return list;
    }

    private BoardCard find(long navigatorId) {
        return Stream.concat(model.withoutCoach().stream(), model.columns().stream().flatMap(c -> c.cards().stream()))
                .filter(c -> c.navigatorId() == navigatorId).findFirst().orElse(null);
    }
}
