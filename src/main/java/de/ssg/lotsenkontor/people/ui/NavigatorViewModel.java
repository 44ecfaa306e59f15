package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.people.NavigatorService;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.people.NavigatorTable;
import de.ssg.lotsenkontor.ui.BackgroundTasks.Work;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * The "Digital-Navigatoren" tab's view model: the navigator table with its filters, the form, and
 * the commands load, save, revert, reload, deactivate and delete. Reads go to
 * {@link NavigatorQueries}, writes to {@link NavigatorService}, both through the task runner;
 * confirmations through the dialog ports.
 */
public class NavigatorViewModel
        extends PersonViewModel<NavigatorTable, NavigatorRow, NavigatorDetails, NavigatorDetailViewModel> {

    private final NavigatorQueries queries;
    private final NavigatorService service;
    private final NavigatorListViewModel list;
    private final NavigatorDetailViewModel detail;
    private final ObjectProperty<NavigatorTable> table = new SimpleObjectProperty<>();
    private final Command importList;
    private Runnable importer = () -> { };

    public NavigatorViewModel(NavigatorQueries queries, NavigatorService service, TaskRunner tasks, DialogPort dialogs,
            LastDayQuestion lastDay, Clock clock) {
        this(queries, service, tasks, dialogs, lastDay, new NavigatorListViewModel(),
                new NavigatorDetailViewModel(clock));
        offerExport(clock, () -> I18n.text("peopleui.tab.navigators"));
    }

    private NavigatorViewModel(NavigatorQueries queries, NavigatorService service, TaskRunner tasks,
            DialogPort dialogs, LastDayQuestion lastDay, NavigatorListViewModel list, NavigatorDetailViewModel detail) {
        super("navigator", tasks, dialogs, list.rows(), detail, lastDay);
        this.queries = queries;
        this.service = service;
        this.list = list;
        this.detail = detail;
        // the import flow (file choice, preview, apply) is the shared dialog flow; it writes in the background
        this.importList = new Command(new SimpleBooleanProperty(true), () -> importer.run());
        // besides the next edit, a change of what keeps the form from being saved makes an old refusal obsolete
        detail.violations().addListener((ListChangeListener<Object>) c -> saveErrorProperty().set(""));
    }

    public NavigatorListViewModel list() {
        return list;
    }

    /** The table and its choices as last read. */
    public ObjectProperty<NavigatorTable> table() {
        return table;
    }

    /** "Importieren …": asks for a list of navigators and shows its preview (through the import flow). */
    public Command importCommand() {
        return importList;
    }

    /** How a list is imported: the view hands in the start of the shared import flow. */
    public void setImporter(Runnable importer) {
        this.importer = importer;
    }

    /** Another feature wrote about the shown navigator (e.g. assigned a coach): read it again, input kept. */
    public void changedElsewhere() {
        refreshShown();
        changed();
    }

    @Override
    protected NavigatorTable readTable() {
        return queries.table();
    }

    @Override
    protected void showTable(NavigatorTable data) {
        list.setData(data);
        detail.setMunicipalities(data.municipalities());
        table.set(data);
    }

    @Override
    protected NavigatorDetails readDetails(long id) {
        return queries.details(id);
    }

    @Override
    protected NavigatorRow readRow(long id) {
        return queries.row(id);
    }

    @Override
    protected long idOf(NavigatorDetails details) {
        return details.id();
    }

    @Override
    protected String fullName(NavigatorDetails details) {
        return details.fullName();
    }

    @Override
    protected boolean confirmSave() {
        NavigatorChange change = detail.change();
        NavigatorDetails before = detail.detailsProperty().get();
        boolean deactivates = before != null && change.status() == NavigatorStatus.INAKTIV
                && before.status() != NavigatorStatus.INAKTIV;
        return !deactivates || dialogs.confirm(I18n.text("peopleui.deactivate.navigator.title"),
                deactivationText(before, change.until()), I18n.text("peopleui.deactivate.saveButton"));
    }

    @Override
    protected Work<NavigatorDetails> write() {
        NavigatorChange change = detail.change();
        return progress -> service.save(change);
    }

    static String deactivationText(NavigatorDetails d, LocalDate lastDay) {
        String text = I18n.text("peopleui.deactivate.navigator.text", d.fullName());
        if (d.currentAssignment() != null) {
            text += "\n\n" + I18n.text("peopleui.deactivate.navigator.coaching", d.currentAssignment().coachName(),
                    lastDay == null ? I18n.text("peopleui.theDay") : Formats.date(lastDay));
        }
        return text;
    }

    @Override
    protected String lastDayField() {
        return "people.field.until";
    }

    @Override
    protected LocalDate firstDay(NavigatorDetails details) {
        return details.since();
    }

    @Override
    protected boolean proposeToday() {
        return true;
    }

    @Override
    protected String deactivationQuestion(NavigatorDetails details, LocalDate day) {
        return deactivationText(details, day);
    }

    @Override
    protected NavigatorDetails writeDeactivation(NavigatorDetails details, LocalDate lastDay) {
        return service.deactivate(details.id(), details.version(), lastDay);
    }

    @Override
    protected void writeDeletion(NavigatorDetails details) {
        service.delete(details.id(), details.version());
    }
}
