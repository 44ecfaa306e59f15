package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachingRows.SessionRow;
import de.ssg.lotsenkontor.coaching.CoachingRows.Total;
import de.ssg.lotsenkontor.coaching.CoachingRows.TotalBy;
import de.ssg.lotsenkontor.coaching.SessionFormat;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.NavigatorQueries.MunicipalityNavigator;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.ui.SearchPicker;
import de.ssg.lotsenkontor.ui.TableColumns;
import de.ssg.lotsenkontor.ui.PrintActions;
import de.ssg.lotsenkontor.ui.TableExport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The tab "Coaching-Termine": filters and table on the left, the form and the totals on the right. */
public final class SessionView {

    private final SessionViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<SessionRow> table = new TableView<>();
    private final TableView<Total> totalsTable = new TableView<>();
    private final TextField date = new TextField();
    private final ComboBox<CoachOption> coach = new ComboBox<>();
    private final SearchPicker<MunicipalityOption> municipality = new SearchPicker<>(MunicipalityOption::label, null);
    /** The municipality's navigators with a check box each: arrows move, Space checks, Enter goes on. */
    private final ListView<MunicipalityNavigator> navigator = new ListView<>();
    private final Map<Long, BooleanProperty> checked = new HashMap<>();
    private boolean syncingChecks;
    private final TextField hours = new TextField();
    private final ComboBox<SessionFormat> format = new ComboBox<>();
    private final ComboBox<String> topic = new ComboBox<>();
    private final TextField note = new TextField();

    public SessionView(SessionViewModel model, TableExport export, PrintActions print) {
        this.model = model;
        root.setTop(filters(export, print));
        SplitPane split = new SplitPane(table(), side());
        split.setDividerPositions(0.56);
        root.setCenter(split);
        model.setOnFormReady(() -> {
            if (navigator.getScene() != null) {
                (model.coachProperty().get() == null ? coach : municipality.node()).requestFocus();
            }
        });
    }

    public Node node() {
        return root;
    }

    private Node filters(TableExport export, PrintActions print) {
        ComboBox<CoachOption> byCoach = choice(model.coaches(), CoachOption::name, "coachingui.filter.allCoaches");
        byCoach.setId("sessionFilterCoach");
        byCoach.valueProperty().bindBidirectional(model.filterCoachProperty());
        ComboBox<DistrictOption> byDistrict = choice(model.districts(), DistrictOption::name,
                "coachingui.filter.allDistricts");
        byDistrict.valueProperty().bindBidirectional(model.filterDistrictProperty());
        ComboBox<MunicipalityOption> byMunicipality = choice(model.municipalities(), MunicipalityOption::label,
                "coachingui.filter.allMunicipalities");
        byMunicipality.valueProperty().bindBidirectional(model.filterMunicipalityProperty());
        ComboBox<SessionFormat> byFormat = new ComboBox<>();
        byFormat.getItems().add(null);
        byFormat.getItems().addAll(SessionFormat.values());
        byFormat.setConverter(converter(f -> I18n.of("coaching.format", f), "coachingui.filter.allFormats"));
        byFormat.valueProperty().bindBidirectional(model.filterFormatProperty());
        ComboBox<String> byTopic = choice(model.topics(), t -> t, "coachingui.filter.allTopics");
        byTopic.valueProperty().bindBidirectional(model.filterTopicProperty());
        TextField from = new TextField();
        from.setPromptText(I18n.text("coachingui.filter.from"));
        from.setPrefColumnCount(8);
        from.textProperty().bindBidirectional(model.filterFromProperty());
        TextField until = new TextField();
        until.setPromptText(I18n.text("coachingui.filter.until"));
        until.setPrefColumnCount(8);
        until.textProperty().bindBidirectional(model.filterUntilProperty());
        TextField search = new TextField();
        search.setId("sessionSearch");
        search.setPromptText(I18n.text("coachingui.filter.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        Button apply = new Button(I18n.text("coachingui.filter.apply"));
        apply.setDefaultButton(false);
        apply.setOnAction(e -> model.loadRows());
        for (ComboBox<?> c : List.of(byCoach, byDistrict, byMunicipality, byFormat, byTopic)) {
            c.valueProperty().addListener((obs, was, is) -> model.loadRows());
        }
        search.setOnAction(e -> model.loadRows());
        from.setOnAction(e -> model.loadRows());
        until.setOnAction(e -> model.loadRows());
        Button exportButton = export.button(table, model.exportCommand());
        // the hours workbook of a year: of the coach chosen in the filter, else of all coaches
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("hoursYear");
        int thisYear = model.hoursYearProperty().get();
        for (int y = thisYear + 1; y >= thisYear - 6; y--) {
            year.getItems().add(y);
        }
        year.valueProperty().bindBidirectional(model.hoursYearProperty());
        year.setAccessibleText(I18n.text("coachingui.hours.year"));
        Button hoursButton = new Button(I18n.text("coachingui.hours.button"));
        hoursButton.setId("hoursExport");
        hoursButton.setTooltip(new javafx.scene.control.Tooltip(I18n.text("coachingui.hours.tooltip")));
        hoursButton.disableProperty().bind(model.exportHoursCommand().canRunBinding().not());
        hoursButton.setOnAction(e -> model.exportHoursCommand().run());
        var printHours = print.button("printHours", I18n.text("coachingui.hours.print"), model::hoursPrintable,
                model.hoursYearProperty().isNotNull());
        HBox hours = new HBox(4, year, hoursButton, printHours);
        FlowPane bar = new FlowPane(8, 6, byCoach, byDistrict, byMunicipality, byFormat, byTopic, from, until, search,
                apply, exportButton, hours);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private Node table() {
        table.setId("sessionTable");
        TableColumns.addAll(table, List.of(
                ColumnDef.of("date", I18n.text("coaching.field.date"), ColumnType.DATE, 10, SessionRow::date),
                ColumnDef.of("coach", I18n.text("coaching.field.coach"), ColumnType.TEXT, 18, SessionRow::coach),
                ColumnDef.of("municipality", I18n.text("coaching.field.municipality"), ColumnType.TEXT, 18,
                        SessionRow::municipality),
                ColumnDef.of("district", I18n.text("coachingui.column.district"), ColumnType.TEXT, 16,
                        SessionRow::district),
                ColumnDef.of("navigator", I18n.text("coaching.field.navigators"), ColumnType.TEXT, 18,
                        SessionRow::navigator),
                ColumnDef.of("hours", I18n.text("coachingui.column.hours"), ColumnType.DECIMAL, 7, SessionRow::hours),
                ColumnDef.<SessionRow>of("format", I18n.text("coaching.field.format"), ColumnType.TEXT, 9,
                        r -> I18n.of("coaching.format", r.format())),
                ColumnDef.of("topic", I18n.text("coaching.field.topic"), ColumnType.TEXT, 18, SessionRow::topic),
                ColumnDef.of("note", I18n.text("coaching.field.note"), ColumnType.TEXT, 24, SessionRow::note)));
        table.setItems(model.rows());
        table.setPlaceholder(new Label(I18n.text("coachingui.session.none")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.edit(is);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private Node side() {
        date.setId("sessionDate");
        date.textProperty().bindBidirectional(model.dateTextProperty());
        coach.setId("sessionCoach");
        coach.setItems(model.coaches());
        coach.setConverter(converter(CoachOption::name, null));
        coach.valueProperty().bindBidirectional(model.coachProperty());
        coach.setMaxWidth(Double.MAX_VALUE);
        municipality.node().setId("sessionMunicipality");
        model.municipalities().addListener((javafx.collections.ListChangeListener<MunicipalityOption>) c ->
                municipality.setItems(List.copyOf(model.municipalities())));
        municipality.valueProperty().addListener((obs, was, is) -> {
            if (is != model.municipalityProperty().get()) {
                model.municipalityProperty().set(is);
            }
        });
        model.municipalityProperty().addListener((obs, was, is) -> {
            if (is != municipality.valueProperty().get()) {
                municipality.textProperty().set(is == null ? "" : is.label());
            }
        });
        navigatorList();
        hours.setId("sessionHours");
        hours.setPromptText("1,5");
        hours.textProperty().bindBidirectional(model.hoursTextProperty());
        format.setId("sessionFormat");
        format.getItems().setAll(SessionFormat.values());
        format.setConverter(converter(f -> I18n.of("coaching.format", f), null));
        format.valueProperty().bindBidirectional(model.formatProperty());
        topic.setId("sessionTopic");
        topic.setEditable(true);
        topic.setItems(model.topics());
        topic.valueProperty().bindBidirectional(model.topicProperty());
        topic.setMaxWidth(Double.MAX_VALUE);
        note.setId("sessionNote");
        note.textProperty().bindBidirectional(model.noteProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        for (var pair : List.<Object[]>of(new Object[] {"coaching.field.date", date},
                new Object[] {"coaching.field.coach", coach},
                new Object[] {"coaching.field.municipality", municipality.node()},
                new Object[] {"coaching.field.navigators", navigator},
                new Object[] {"coaching.field.hours", hours}, new Object[] {"coaching.field.format", format},
                new Object[] {"coaching.field.topic", topic}, new Object[] {"coaching.field.note", note})) {
            Label label = new Label(I18n.text((String) pair[0]));
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setLabelFor((Node) pair[1]);
            form.addRow(row++, label, (Node) pair[1]);
            GridPane.setHgrow((Node) pair[1], Priority.ALWAYS);
        }
        // Enter moves on to the next field; on the last one it saves
        List<Node> order = List.of(date, coach, municipality.node(), navigator, hours, format, topic, note);
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || municipality.isShowingSuggestions()) {
                return;
            }
            Node target = e.getTarget() == topic.getEditor() ? topic : (Node) e.getTarget();
            if (target == topic) {
                model.topicProperty().set(topic.getEditor().getText());
            }
            int at = order.indexOf(target);
            if (at < 0) {
                return;
            }
            e.consume();
            if (target == note) {
                model.saveCommand().run();
            } else {
                order.get(at + 1).requestFocus();
            }
        });

        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(javafx.beans.binding.Bindings.when(model.editingProperty().isNull())
                .then(I18n.text("coachingui.session.newHeading")).otherwise(I18n.text("coachingui.session.editHeading")));
        Label problem = new Label();
        problem.setId("sessionProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());
        Button save = new Button(I18n.text("coachingui.session.save"));
        save.setId("sessionSave");
        save.disableProperty().bind(model.saveCommand().canRunBinding().not());
        save.setOnAction(e -> model.saveCommand().run());
        Button fresh = new Button(I18n.text("coachingui.session.new"));
        fresh.setId("sessionNew");
        fresh.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.newCommand().run();
        });
        Button delete = new Button(I18n.text("coachingui.session.delete"));
        delete.setId("sessionDelete");
        delete.disableProperty().bind(model.deleteCommand().canRunBinding().not());
        delete.setOnAction(e -> {
            model.deleteCommand().run();
            table.getSelectionModel().clearSelection();
        });
        Button topics = new Button(I18n.text("coachingui.topic.edit"));
        topics.setId("sessionTopics");
        topics.setOnAction(e -> TopicListDialog.show(root.getScene().getWindow(), model));
        FlowPane buttons = new FlowPane(8, 6, save, fresh, delete, topics);
        for (Button b : List.of(save, fresh, delete, topics)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        ComboBox<TotalBy> by = new ComboBox<>();
        by.setId("sessionTotalBy");
        by.getItems().setAll(TotalBy.values());
        by.setConverter(converter(b -> I18n.of("coachingui.totalBy", b), null));
        by.valueProperty().bindBidirectional(model.totalByProperty());
        totalsTable.setId("sessionTotals");
        TableColumns.addAll(totalsTable, List.of(
                ColumnDef.of("label", I18n.text("coachingui.column.group"), ColumnType.TEXT, 22, Total::label),
                ColumnDef.of("sessions", I18n.text("coachingui.column.sessions"), ColumnType.INTEGER, 8,
                        Total::sessions),
                ColumnDef.of("hours", I18n.text("coachingui.column.hours"), ColumnType.DECIMAL, 8, Total::hours)));
        totalsTable.setItems(model.totals());
        VBox.setVgrow(totalsTable, Priority.ALWAYS);
        Label totalsHeading = new Label(I18n.text("coachingui.session.totals"));
        totalsHeading.getStyleClass().add("title-4");
        VBox side = new VBox(8, heading, form, problem, buttons, new HBox(8, totalsHeading, by), totalsTable);
        side.setPadding(new Insets(8));
        side.setMinWidth(380);
        return side;
    }

    private void navigatorList() {
        navigator.setId("sessionNavigator");
        navigator.setItems(model.navigators());
        navigator.setMaxWidth(Double.MAX_VALUE);
        navigator.setPrefHeight(100);
        navigator.setMinHeight(70);
        Label none = new Label(I18n.text("coachingui.session.noNavigators"));
        none.setWrapText(true);
        none.setPadding(new Insets(4));
        navigator.setPlaceholder(none);
        navigator.setAccessibleText(I18n.text("coaching.field.navigators"));
        var checkCells = CheckBoxListCell.forListView(this::checkedProperty,
                converter((MunicipalityNavigator n) -> n.coach() == null || n.coach().isBlank() ? n.name()
                        : n.name() + " · " + n.coach(), null));
        // as wide as the list, long names end in "…": no horizontal scroll bar to eat the few rows
        navigator.setCellFactory(list -> {
            ListCell<MunicipalityNavigator> cell = checkCells.call(list);
            cell.prefWidthProperty().bind(list.widthProperty().subtract(20));
            cell.setMaxWidth(Region.USE_PREF_SIZE);
            return cell;
        });
        model.chosenNavigators().addListener((javafx.collections.ListChangeListener<MunicipalityNavigator>) c ->
                syncChecks());
        navigator.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                MunicipalityNavigator focused = navigator.getFocusModel().getFocusedItem();
                if (focused != null) {
                    BooleanProperty p = checkedProperty(focused);
                    p.set(!p.get());
                }
                e.consume();
            }
        });
        navigator.focusedProperty().addListener((obs, was, is) -> {
            if (is && navigator.getFocusModel().getFocusedIndex() < 0 && !navigator.getItems().isEmpty()) {
                navigator.getFocusModel().focus(0);
            }
        });
    }

    private BooleanProperty checkedProperty(MunicipalityNavigator n) {
        return checked.computeIfAbsent(n.id(), id -> {
            BooleanProperty p = new SimpleBooleanProperty(
                    model.chosenNavigators().stream().anyMatch(x -> x.id() == id));
            p.addListener((obs, was, is) -> {
                if (!syncingChecks) {
                    model.navigators().stream().filter(x -> x.id() == id).findFirst()
                            .ifPresent(current -> model.toggleNavigator(current, is));
                }
            });
            return p;
        });
    }

    private void syncChecks() {
        syncingChecks = true;
        try {
            checked.forEach((id, p) -> p.set(model.chosenNavigators().stream().anyMatch(x -> x.id() == id)));
        } finally {
            syncingChecks = false;
        }
    }

    private static <T> ComboBox<T> choice(ObservableList<T> items, Function<T, String> label, String allKey) {
        ComboBox<T> box = new ComboBox<>();
        Runnable fill = () -> {
            T keep = box.getValue();
            box.getItems().setAll((T) null);
            box.getItems().addAll(items);
            box.setValue(keep);
        };
        fill.run();
        items.addListener((javafx.collections.ListChangeListener<T>) c -> fill.run());
        box.setConverter(converter(label, allKey));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? I18n.text(allKey) : label.apply(item));
            }
        });
        box.setPrefWidth(160);
        return box;
    }

    static <T> StringConverter<T> converter(Function<T, String> label, String nullKey) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? (nullKey == null ? "" : I18n.text(nullKey)) : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** For tests: asks for a topic name. */
    static String askName(String title, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(title);
        d.setHeaderText(null);
        return d.showAndWait().orElse(null);
    }
}
