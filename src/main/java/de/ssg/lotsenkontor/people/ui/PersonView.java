package de.ssg.lotsenkontor.people.ui;

import atlantafx.base.controls.CustomTextField;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.CoachingPeriod;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DetailFormModel;
import de.ssg.lotsenkontor.ui.DetailSelection;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.FormButtons;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.MasterDetailPane;
import de.ssg.lotsenkontor.ui.MasterDetailView;
import de.ssg.lotsenkontor.ui.SearchField;
import de.ssg.lotsenkontor.ui.TableExport;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The layout both tabs of "Lotsen &amp; Navigatoren" share: the toolbar's search, export and
 * "Neu" buttons, the table beside the form in a {@link MasterDetailPane}, the form's head (title,
 * facts, name), contact rows, save/revert/reload and deactivate/delete buttons, and the tab's
 * contract with the area. {@link CoachView} and {@link NavigatorView} add only their own fields,
 * filters and sections. Ids follow two prefixes: {@code listId} for table and toolbar
 * ({@code navigatorTable}, {@code navigatorNew}), {@code formId} for the form ({@code navFirstName}).
 */
abstract class PersonView<R, D, F extends DetailFormModel<D> & PersonForm, M extends PersonViewModel<?, R, D, F>>
        extends MasterDetailView<R, M> implements PeopleView.TabContent {

    protected final F detail;
    protected final BorderPane root = new BorderPane();
    protected final CustomTextField search;
    private final String listId;
    private final String formId;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Label saveError;
    private Runnable onChange = () -> { };
    private TextField firstNameField;

    protected PersonView(M vm, String listId, String formId, ToLongFunction<R> idOf, BackgroundTasks tasks,
            DialogService dialogs, Clock clock) {
        super(vm);
        this.detail = vm.detail();
        this.listId = listId;
        this.formId = formId;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.search = SearchField.create(listId + "Search", I18n.text("peopleui." + vm.kind() + ".search.prompt"),
                vm.rows().searchProperty());
        // a saved person's row is selected a few rows below the top when the table has to scroll
        vm.setSelection(new DetailSelection<>(table, idOf, vm::mayDiscard, vm::open).scrollingToSelected());
        vm.setOnChange(() -> onChange.run());
        this.saveError = FormButtons.saveError(formId + "SaveError", vm);
        root.setId(listId + "View");
    }

    /**
     * Puts the toolbar on top and the table beside the form (shown while an entry is edited) below
     * it; {@code paneName} is what the split is remembered under.
     */
    protected final void layOut(Node toolbar, Node tablePane, String paneName, String placeholderKey, Node form) {
        root.setTop(toolbar);
        root.setCenter(new MasterDetailPane(paneName, tablePane, Forms.placeholder(placeholderKey), 380)
                .showingFormWhile(detail.editingBinding(), () -> form).keepingDetailWidth().node());
    }

    // ------------------------------------------------------------------ the tab's contract

    @Override
    public Node node() {
        return root;
    }

    /** Called after anything was written that the other tab shows too (assignments, counts, names). */
    @Override
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Tells the other tab that something it shows was written here. */
    protected final void changed() {
        onChange.run();
    }

    /** Where short confirmations ("Gespeichert: …") go. */
    public void setStatusMessage(Consumer<String> statusMessage) {
        vm.setStatusMessage(statusMessage);
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
    }

    /** A new, empty form (Ctrl+N); asks first when typed input would be lost. */
    @Override
    public void newItem() {
        if (vm.startNew()) {
            Forms.focusWhenShown(firstNameField);
        }
    }

    /** Saves when the form allows it (Ctrl+S). */
    @Override
    public void saveIfPossible() {
        vm.saveCommand().run();
    }

    // ------------------------------------------------------------------ toolbar

    /** "Neu": an empty form for a new person. */
    protected final Button newButton() {
        Button add = new Button(I18n.text("peopleui.button.new"), new FontIcon(Material2AL.ADD));
        add.setId(listId + "New");
        add.getStyleClass().add("accent");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip(I18n.text("peopleui." + vm.kind() + ".new.tooltip")));
        add.setOnAction(e -> newItem());
        return add;
    }

    /** "Exportieren …", bound to the view model's export of the table as shown. */
    protected final Button exportButton() {
        Button export = new TableExport(tasks, dialogs, clock).button(table, vm.exportCommand());
        export.setId(listId + "Export");
        return export;
    }

    // ------------------------------------------------------------------ form

    /** Title, facts ({@code facts} of the shown person), the heading "Person" and first and last name; returns the next row. */
    protected final int addHead(GridPane form, Function<D, String> facts) {
        Label title = Forms.title(listId + "Title");
        title.textProperty().bind(detail.title());
        Label factsLabel = Forms.muted(listId + "Facts");
        factsLabel.textProperty().bind(Bindings.createStringBinding(() -> facts.apply(detail.detailsProperty().get()),
                detail.detailsProperty()));
        firstNameField = Forms.field(formId + "FirstName", detail.firstNameProperty());
        int row = 0;
        row = Forms.addWide(form, row, title);
        row = Forms.addWide(form, row, factsLabel);
        row = Forms.addWide(form, row, Forms.heading("peopleui.section.person"));
        row = Forms.addRow(form, row, "people.field.firstName", firstNameField);
        return Forms.addRow(form, row, "people.field.lastName", Forms.field(formId + "LastName",
                detail.lastNameProperty()));
    }

    /** E-mail and phone; returns the next row. */
    protected final int addContact(GridPane form, int row) {
        row = Forms.addRow(form, row, "people.field.email", Forms.field(formId + "Email", detail.emailProperty()));
        return Forms.addRow(form, row, "people.field.phone", Forms.field(formId + "Phone", detail.phoneProperty()));
    }

    /** What keeps the form from being saved, the service's refusal, save/revert/reload and deactivate/delete; returns the next row. */
    protected final int addButtons(GridPane form, int row) {
        Label problems = Forms.problems(formId + "Problems", detail.violations(), detail::violationText);
        Button save = FormButtons.save(formId + "Save", vm.saveCommand());
        save.setTooltip(new Tooltip(I18n.text("peopleui.button.save.tooltip")));
        FlowPane buttons = new FlowPane(8, 8, save, FormButtons.revert(formId + "Revert", vm.revertCommand()),
                FormButtons.reload(formId + "Reload", vm));
        FlowPane actions = PersonActions.create(formId, detail, vm.deactivateCommand(), vm.deleteCommand());
        row = Forms.addWide(form, row, problems);
        row = Forms.addWide(form, row, saveError);
        row = Forms.addWide(form, row, buttons);
        return Forms.addWide(form, row, actions);
    }

    /** A list of coaching periods, one line each as {@code text} says, wrapping long names instead of scrolling sideways. */
    protected static ListView<CoachingPeriod> periods(String id, double height, String emptyKey,
            Function<CoachingPeriod, String> text) {
        ListView<CoachingPeriod> list = new ListView<>();
        list.setId(id);
        list.setPrefHeight(height);
        list.setPlaceholder(new Label(I18n.text(emptyKey)));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CoachingPeriod p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : text.apply(p));
            }

            {
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        return list;
    }

    /** The form in a scroll pane as wide as the detail pane. */
    protected final Node scrolling(GridPane form) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setId(listId + "Detail");
        return scroll;
    }
}
