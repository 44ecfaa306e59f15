package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DirectoryStand;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.ContactData;
import de.ssg.lotsenkontor.municipality.ContactRow;
import de.ssg.lotsenkontor.municipality.MemberRow;
import de.ssg.lotsenkontor.municipality.MunicipalityColumns;
import de.ssg.lotsenkontor.municipality.MunicipalityDetails;
import de.ssg.lotsenkontor.municipality.MunicipalityRow;
import de.ssg.lotsenkontor.municipality.MunicipalityTable;
import de.ssg.lotsenkontor.municipality.ParticipationEntry;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryTexts;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.AreaView;
import de.ssg.lotsenkontor.ui.DetailSelection;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.FilterBar;
import de.ssg.lotsenkontor.ui.FormButtons;
import de.ssg.lotsenkontor.ui.IconsWhenNarrow;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.GermanDates;
import de.ssg.lotsenkontor.ui.MasterDetailPane;
import de.ssg.lotsenkontor.ui.MasterDetailView;
import de.ssg.lotsenkontor.ui.MasterTable;
import de.ssg.lotsenkontor.ui.SearchField;
import de.ssg.lotsenkontor.ui.TableExport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Kommunen area: the table of all municipalities with instant search and filters, and the
 * detail form of the selected one (participation status with date and note, contact person).
 */
public final class MunicipalityView extends MasterDetailView<MunicipalityRow, MunicipalityViewModel>
        implements AreaView {

    /** The navigators of a municipality with their current coach; supplied by the people feature. */
    @FunctionalInterface
    public interface NavigatorLookup {
        List<NavigatorLine> navigatorsOf(long municipalityId);
    }

    /** One navigator as a line in the detail view. */
    public record NavigatorLine(String name, String status, String coach) {
    }

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final NavigatorLookup navigators;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final MunicipalityListViewModel list;
    private final MunicipalityDetailViewModel detail;
    private final TabPane root = new TabPane();
    private final BorderPane listPane = new BorderPane();
    private DistrictSummaryView districtSummary;
    private final CustomTextField search;
    private final Label directoryStand = new Label();
    private final Map<KeyCombination, Runnable> shortcuts;

    /**
     * @param initial the table's data when it was already read (at start-up, while the window
     *                opened); null to read it now
     */
    public MunicipalityView(MunicipalityViewModel vm, BackgroundTasks tasks, DialogService dialogs, Clock clock,
            MunicipalityTable initial, NavigatorLookup navigators) {
        super(vm);
        this.list = vm.list();
        this.detail = vm.detail();
        this.navigators = navigators;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.search = SearchField.create("municipalitySearch", I18n.text("municipalityui.search.prompt"),
                list.rows().searchProperty());
        listPane.setId("municipalityView");
        listPane.setTop(toolbar(clock));
        // the form is built when the first municipality is selected
        listPane.setCenter(new MasterDetailPane("municipalities", tablePane(),
                Forms.placeholder("municipalityui.detail.none"), 340)
                .showingFormWhile(detail.editingBinding(), this::buildDetailForm).node());
        Label count = new Label();
        count.setId("municipalityCount");
        count.textProperty().bind(list.rows().countText());
        directoryStand.setId("directoryStand");
        directoryStand.getStyleClass().add("text-muted");
        vm.directoryStand().addListener((obs, old, stand) -> showDirectoryStand(stand));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(count, gap, directoryStand);
        footer.getStyleClass().add("view-footer");
        listPane.setBottom(footer);
        Tab listTab = new Tab(I18n.text("municipalityui.tab.list"), listPane);
        listTab.setClosable(false);
        listTab.setId("municipalityListTab");
        Tab districtTab = new Tab(I18n.text("municipalityui.tab.districts"));
        districtTab.setClosable(false);
        districtTab.setId("districtSummaryTab");
        districtTab.setOnSelectionChanged(e -> {
            if (districtTab.isSelected()) {
                if (districtTab.getContent() == null) {
                    districtSummary = new DistrictSummaryView(vm, tasks, dialogs, clock);
                    districtTab.setContent(districtSummary.node());
                } else {
                    districtSummary.reload();
                }
            }
        });
        root.getTabs().setAll(listTab, districtTab);
        // installed by the shell while the area is shown, removed when another one is
        shortcuts = Map.of(FIND, search::requestFocus, SAVE, () -> vm.saveCommand().run());
        if (initial != null) {
            vm.showLoaded(initial);
        } else {
            vm.reload();
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return shortcuts;
    }

    /** "Gemeindeverzeichnis, Stand 31.12.2024" beside the count; the source in the tooltip. */
    private void showDirectoryStand(DirectoryStand stand) {
        directoryStand.setText(DirectoryTexts.stand(stand));
        directoryStand.setTooltip(stand == null ? null : new javafx.scene.control.Tooltip(stand.source()));
    }

    private Node toolbar(Clock clock) {
        search.setPrefColumnCount(22);

        ComboBox<Choice<DistrictOption>> district = new ComboBox<>(list.districtChoices());
        district.setId("districtFilter");
        district.valueProperty().bindBidirectional(list.districtProperty());
        ComboBox<Choice<ParticipationStatus>> status = new ComboBox<>(list.statusChoices());
        status.setId("statusFilter");
        status.valueProperty().bindBidirectional(list.statusProperty());
        ComboBox<Choice<de.ssg.lotsenkontor.municipality.SizeClass>> size = new ComboBox<>(list.sizeChoices());
        size.setId("sizeFilter");
        size.valueProperty().bindBidirectional(list.sizeClassProperty());

        Button reset = SearchField.resetButton(I18n.text("municipalityui.filter.reset"), list::resetFilters);
        reset.setId("resetFilters");

        // the filters show their full text; where the row is short they wrap into a second one
        search.setMinWidth(205); // "Name oder AGS suchen" in full
        Button export = new TableExport(tasks, dialogs, clock).button(table, vm.exportCommand());
        export.setId("municipalityExport");
        export.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new IconsWhenNarrow(List.of(export));
        bar.getChildren().setAll(FilterBar.of(search, district, status, size, reset), export);
        bar.getStyleClass().add("view-toolbar");
        return bar;
    }

    private Node tablePane() {
        MasterTable.setUp(table, "municipalityTable", MunicipalityColumns.all(), list.rows().tableRows(),
                I18n.text("municipalityui.table.empty"));
        // a status change that is typed but not saved is only thrown away when the user agrees
        vm.setSelection(new DetailSelection<>(table, MunicipalityRow::id, vm::mayDiscard, vm::open));
        return table;
    }

    private ScrollPane buildDetailForm() {
        Label name = Forms.title("detailName");
        Label facts = new Label();
        facts.setId("detailFacts");
        facts.setWrapText(true);
        facts.getStyleClass().add("text-muted");
        Label current = new Label();
        current.setId("detailCurrentStatus");

        VBox association = new VBox(4);
        association.setId("detailAssociation");
        VBox navigatorList = new VBox(4);
        navigatorList.setId("detailNavigators");
        ContactsPane contacts = new ContactsPane();

        VBox history = new VBox(4);
        history.setId("detailHistory");

        Consumer<MunicipalityDetails> showDetails = d -> {
            name.setText(d == null ? "" : d.name());
            facts.setText(d == null ? "" : facts(d));
            current.setText(d == null ? "" : I18n.text("municipalityui.currentStatus",
                    I18n.of("municipality.status", d.status()),
                    d.statusSince() == null ? "–" : Formats.date(d.statusSince())));
            showHistory(history, d);
            showAssociation(association, d);
            contacts.show(d);
            showNavigators(navigatorList, d);
        };
        detail.detailsProperty().addListener((obs, old, d) -> showDetails.accept(d));

        VBox box = new VBox(6,
                name, facts, current,
                Forms.heading("municipalityui.section.status"), statusForm(),
                Forms.heading("municipalityui.section.history"), history,
                Forms.heading("municipalityui.section.contacts"), contacts.node(),
                Forms.heading("municipalityui.section.association"), association,
                Forms.heading("municipalityui.section.navigators"), navigatorList);
        box.getStyleClass().add("detail-form");
        showDetails.accept(detail.detailsProperty().get());

        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("municipalityDetail");
        return scroll;
    }

    /** Status, date and note of a participation change, with save, discard and reload. */
    private Node statusForm() {
        ComboBox<ParticipationStatus> status = new ComboBox<>();
        status.setId("detailStatus");
        status.getItems().setAll(ParticipationStatus.values());
        status.setConverter(GermanDates.enumConverter("municipality.status"));
        status.valueProperty().bindBidirectional(detail.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);

        DatePicker date = Forms.date("detailStatusDate", detail.statusDateTextProperty());
        TextArea note = new TextArea();
        note.setId("detailNote");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(detail.noteProperty());
        // date and note belong to a change of status
        var noStatusChange = Bindings.createBooleanBinding(() -> !detail.statusChanged(),
                detail.statusProperty(), detail.detailsProperty());
        date.disableProperty().bind(noStatusChange);
        note.disableProperty().bind(noStatusChange);

        Label problems = new Label();
        problems.setId("detailProblems");
        problems.getStyleClass().add("validation-message");
        problems.setWrapText(true);
        detail.violations().addListener((ListChangeListener<Object>) c -> problems.setText(detail.violationText()));
        problems.setText(detail.violationText());

        FlowPane buttons = new FlowPane(8, 8, FormButtons.save("detailSave", vm.saveCommand()),
                FormButtons.revert("detailRevert", vm.revertCommand()), FormButtons.reload("detailReload", vm));

        GridPane form = Forms.grid();
        form.getStyleClass().remove("detail-form"); // sits inside the detail form already
        int row = 0;
        row = Forms.addRow(form, row, "municipality.field.status", status);
        row = Forms.addRow(form, row, "municipality.field.statusDate", date);
        row = Forms.addRow(form, row, "municipality.field.note", note);
        form.add(problems, 0, row++, 2, 1);
        form.add(buttons, 0, row, 2, 1);
        return form;
    }

    /** Newest first, one wrapped line per status change with its note. */
    private static void showHistory(VBox box, MunicipalityDetails d) {
        box.getChildren().clear();
        if (d == null) {
            return;
        }
        if (d.history().isEmpty()) {
            Label none = new Label(I18n.text("municipalityui.history.empty"));
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
            return;
        }
        List<ParticipationEntry> newestFirst = new ArrayList<>(d.history());
        Collections.reverse(newestFirst);
        for (ParticipationEntry entry : newestFirst) {
            Label line = new Label(I18n.text("municipalityui.history.entry", Formats.date(entry.validFrom()),
                    I18n.of("municipality.status", entry.status()),
                    entry.note() == null ? "" : " – " + entry.note()));
            line.setWrapText(true);
            box.getChildren().add(line);
        }
    }

    private void showAssociation(VBox box, MunicipalityDetails d) {
        box.getChildren().clear();
        if (d == null) {
            return;
        }
        if (d.associationName() == null) {
            Label none = new Label(I18n.text("municipalityui.association.none"));
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
            return;
        }
        box.getChildren().add(new Label(I18n.text("municipalityui.association.name", d.associationName(),
                I18n.of("municipality.associationType", d.associationType()))));
        if (!d.associationMembers().isEmpty()) {
            Label members = new Label(I18n.text("municipalityui.association.members"));
            members.getStyleClass().add("text-muted");
            FlowPane links = new FlowPane(4, 2);
            for (MemberRow member : d.associationMembers()) {
                Hyperlink link = new Hyperlink(member.name() + " (" + I18n.of("municipality.status", member.status())
                        + ")");
                link.setOnAction(e -> select(member.id()));
                links.getChildren().add(link);
            }
            box.getChildren().addAll(members, links);
        }
    }

    private void showNavigators(VBox box, MunicipalityDetails d) {
        box.getChildren().clear();
        if (d == null) {
            return;
        }
        long id = d.id();
        vm.loadNavigators(id, navigators, lines -> {
                    MunicipalityDetails shown = detail.detailsProperty().get();
                    if (shown == null || shown.id() != id) {
                        return; // another municipality was selected meanwhile
                    }
                    box.getChildren().clear();
                    if (lines.isEmpty()) {
                        Label none = new Label(I18n.text("municipalityui.navigators.none"));
                        none.setWrapText(true);
                        none.getStyleClass().add("text-muted");
                        box.getChildren().add(none);
                    }
                    for (NavigatorLine line : lines) {
                        Label label = new Label(line.coach() == null
                                ? I18n.text("municipalityui.navigators.lineNoCoach", line.name(), line.status())
                                : I18n.text("municipalityui.navigators.line", line.name(), line.status(),
                                        line.coach()));
                        label.setWrapText(true);
                        box.getChildren().add(label);
                    }
                });
    }

    /** Shows one municipality (e.g. clicked on the map of the Übersicht); once the table is loaded. */
    public void showMunicipality(long municipalityId) {
        BooleanProperty loaded = vm.loadedProperty();
        if (loaded.get()) {
            select(municipalityId);
        } else {
            loaded.addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                    if (Boolean.TRUE.equals(is)) {
                        loaded.removeListener(this);
                        select(municipalityId);
                    }
                }
            });
        }
    }

    /** Selects a municipality in the table, clearing filters that hide it. */
    private void select(long municipalityId) {
        MunicipalityRow target = list.rows().all().stream().filter(r -> r.id() == municipalityId).findFirst()
                .orElse(null);
        if (target == null) {
            return;
        }
        if (!table.getItems().contains(target)) {
            list.resetFilters();
        }
        table.getSelectionModel().select(target);
        table.scrollTo(target);
    }

    /** The contact persons of the shown municipality, with add, edit and remove. */
    private final class ContactsPane {

        private final ListView<ContactRow> contactTable = new ListView<>();
        private final VBox root;

        ContactsPane() {
            contactTable.setId("detailContacts");
            contactTable.setPrefHeight(150);
            contactTable.setPlaceholder(new Label(I18n.text("municipalityui.contacts.empty")));
            contactTable.setCellFactory(list -> new ListCell<>() {
                private final Label who = new Label();
                private final Label reach = new Label();
                private final VBox lines = new VBox(2, who, reach);

                {
                    who.setWrapText(true);
                    reach.setWrapText(true);
                    reach.getStyleClass().add("text-muted");
                    // wrap to the list's width instead of widening it
                    who.maxWidthProperty().bind(list.widthProperty().subtract(30));
                    reach.maxWidthProperty().bind(list.widthProperty().subtract(30));
                    setOnMouseClicked(e -> {
                        if (e.getClickCount() == 2 && getItem() != null) {
                            edit(getItem());
                        }
                    });
                }

                @Override
                protected void updateItem(ContactRow c, boolean empty) {
                    super.updateItem(c, empty);
                    if (empty || c == null) {
                        setGraphic(null);
                        return;
                    }
                    who.setText(describe(c));
                    reach.setText(reachability(c.data()));
                    reach.setVisible(!reach.getText().isEmpty());
                    reach.setManaged(reach.isVisible());
                    setGraphic(lines);
                }
            });
            Button add = new Button(I18n.text("municipalityui.contact.new"), new FontIcon(Material2AL.ADD));
            add.setId("contactAdd");
            add.setOnAction(e -> edit(null));
            Button change = new Button(I18n.text("municipalityui.contact.edit"), new FontIcon(Material2AL.EDIT));
            change.setId("contactEdit");
            change.disableProperty().bind(contactTable.getSelectionModel().selectedItemProperty().isNull());
            change.setOnAction(e -> edit(contactTable.getSelectionModel().getSelectedItem()));
            Button remove = new Button(I18n.text("municipalityui.contact.remove"), new FontIcon(Material2AL.DELETE));
            remove.setId("contactRemove");
            remove.disableProperty().bind(contactTable.getSelectionModel().selectedItemProperty().isNull());
            remove.setOnAction(e -> remove(contactTable.getSelectionModel().getSelectedItem()));
            for (Button b : List.of(add, change, remove)) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
            root = new VBox(6, contactTable, new FlowPane(8, 8, add, change, remove));
        }

        Node node() {
            return root;
        }

        void show(MunicipalityDetails d) {
            contactTable.getItems().setAll(d == null ? List.of() : d.contacts());
        }

        private void edit(ContactRow existing) {
            MunicipalityDetails d = detail.detailsProperty().get();
            if (d == null) {
                return;
            }
            ContactFormViewModel form = new ContactFormViewModel(d.id(), existing, d.contacts().isEmpty());
            ContactDialog.show(form, d.name(), dialogs, tasks, vm::saveContact, vm::showSaved);
        }

        private void remove(ContactRow contact) {
            vm.removeContact(contact);
        }

        /** "Erika Beispiel (Haupt) – Hauptamt". */
        private static String describe(ContactRow c) {
            ContactData d = c.data();
            StringBuilder s = new StringBuilder(d.name());
            if (c.primary()) {
                s.append(" (").append(I18n.text("municipalityui.contact.primaryMark")).append(')');
            }
            if (d.role() != null) {
                s.append(" – ").append(d.role());
            }
            return s.toString();
        }

        /** "erika@… · 0351 555-100", or empty. */
        private static String reachability(ContactData d) {
            return String.join(" · ", java.util.stream.Stream.of(d.email(), d.phone())
                    .filter(java.util.Objects::nonNull).toList());
        }
    }

    private static String facts(MunicipalityDetails d) {
        StringBuilder s = new StringBuilder();
        s.append(I18n.text("municipality.field.ags")).append(' ').append(d.ags())
                .append(" · ").append(I18n.of("municipality.type", d.type()))
                .append(" · ").append(d.districtName());
        if (d.associationName() != null) {
            s.append(" · ").append(d.associationName());
        }
        s.append('\n');
        if (d.population() != null) {
            s.append(I18n.text("municipalityui.facts.population", Formats.integer(d.population())));
        }
        if (d.areaKm2() != null) {
            s.append(" · ").append(I18n.text("municipalityui.facts.area", Formats.decimal(d.areaKm2(), 2)));
        }
        if (d.postcode() != null) {
            s.append(" · ").append(I18n.text("municipalityui.facts.postcode", d.postcode()));
        }
        if (d.dissolvedOn() != null) {
            s.append('\n').append(I18n.text("municipalityui.facts.dissolved", Formats.date(d.dissolvedOn())));
        }
        return s.toString();
    }

}
