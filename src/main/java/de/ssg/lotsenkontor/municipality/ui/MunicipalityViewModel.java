package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.ContactChange;
import de.ssg.lotsenkontor.municipality.ContactRow;
import de.ssg.lotsenkontor.municipality.DirectoryStand;
import de.ssg.lotsenkontor.municipality.DistrictSummaryRow;
import de.ssg.lotsenkontor.municipality.MunicipalityChange;
import de.ssg.lotsenkontor.municipality.MunicipalityDetails;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.municipality.MunicipalityRow;
import de.ssg.lotsenkontor.municipality.MunicipalityService;
import de.ssg.lotsenkontor.municipality.MunicipalityTable;
import de.ssg.lotsenkontor.ui.BackgroundTasks.Work;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.MasterDetailModel;
import de.ssg.lotsenkontor.ui.TableExportCommand;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Kommunen area's view model: the municipality table with its filters, the participation
 * form, and the commands load, save, revert, reload, save and remove a contact, and the district
 * summary. Reads go to {@link MunicipalityQueries}, writes to {@link MunicipalityService}, both
 * through the task runner; confirmations through the dialog port.
 */
public class MunicipalityViewModel extends MasterDetailModel<MunicipalityTable, MunicipalityRow, MunicipalityDetails> {

    private final MunicipalityQueries queries;
    private final MunicipalityService service;
    private final MunicipalityListViewModel list;
    private final MunicipalityDetailViewModel detail;
    private final ObjectProperty<DirectoryStand> directoryStand = new SimpleObjectProperty<>();
    private final TableExportCommand<DistrictSummaryRow> districtExport;

    public MunicipalityViewModel(MunicipalityQueries queries, MunicipalityService service, TaskRunner tasks,
            DialogPort dialogs, Clock clock) {
        this(queries, service, tasks, dialogs, clock, new MunicipalityListViewModel(),
                new MunicipalityDetailViewModel(clock));
    }

    private MunicipalityViewModel(MunicipalityQueries queries, MunicipalityService service, TaskRunner tasks,
            DialogPort dialogs, Clock clock, MunicipalityListViewModel list, MunicipalityDetailViewModel detail) {
        super(tasks, dialogs, new Texts(I18n.text("municipalityui.loading"), I18n.text("municipalityui.loadingDetails"),
                I18n.text("municipalityui.saving"), I18n.text("municipalityui.saveFailed"),
                I18n.text("municipalityui.conflict.title"), I18n.text("municipalityui.conflict.hint")), list.rows(),
                detail);
        this.queries = queries;
        this.service = service;
        this.list = list;
        this.detail = detail;
        offerExport(clock, () -> I18n.text("ui.area.municipalities"));
        this.districtExport = new TableExportCommand<>(tasks, dialogs, clock,
                () -> I18n.text("municipalityui.tab.districts"), null);
    }

    public MunicipalityListViewModel list() {
        return list;
    }

    public MunicipalityDetailViewModel detail() {
        return detail;
    }

    /** The directory edition the data comes from, as last read (null when none was imported). */
    public ObjectProperty<DirectoryStand> directoryStand() {
        return directoryStand;
    }

    /** Saves a contact person of the shown municipality (the contact dialog's command). */
    public MunicipalityDetails saveContact(ContactChange change) {
        return service.saveContact(change);
    }

    /** Shows details returned by a contact's save, keeping the participation form's typed input. */
    public void showSaved(MunicipalityDetails saved) {
        detail.refreshKeepingInput(saved);
    }

    /** Removes a contact person of the shown municipality after the user confirmed. */
    public void removeContact(ContactRow contact) {
        MunicipalityDetails d = detail.detailsProperty().get();
        if (d == null || contact == null || !dialogs.confirm(I18n.text("municipalityui.contact.removeTitle"),
                I18n.text("municipalityui.contact.removeConfirm", contact.data().name(), d.name()),
                I18n.text("municipalityui.contact.removeButton"))) {
            return;
        }
        tasks.run(I18n.text("municipalityui.contact.removing"),
                progress -> service.removeContact(d.id(), contact.id(), contact.version()), this::showSaved,
                error -> dialogs.showFailure(I18n.text("municipalityui.contact.removing"), error));
    }

    /** Reads the navigators of municipality {@code id} (the people feature answers) and hands them to {@code show}. */
    public void loadNavigators(long id, MunicipalityView.NavigatorLookup lookup,
            Consumer<List<MunicipalityView.NavigatorLine>> show) {
        tasks.run(I18n.text("municipalityui.loadingDetails"), progress -> lookup.navigatorsOf(id), show,
                error -> dialogs.showFailure(I18n.text("municipalityui.loadingDetails"), error));
    }

    /** Writes the district summary as the user sees it as a workbook or PDF. */
    public TableExportCommand<DistrictSummaryRow> districtExportCommand() {
        return districtExport;
    }

    /** Reads the district summary and hands it to {@code show}. */

    public void loadDistrictSummary(Consumer<List<DistrictSummaryRow>> show) {
        tasks.run(I18n.text("municipalityui.districts.loading"), progress -> queries.districtSummary(), show,
                error -> dialogs.showFailure(I18n.text("municipalityui.districts.loading"), error));
    }

    @Override
    protected MunicipalityTable readTable() {
        return queries.table();
    }

    @Override
    protected void showTable(MunicipalityTable data) {
        list.setData(data.rows(), data.districts());
        directoryStand.set(data.directory());
    }

    @Override
    protected MunicipalityDetails readDetails(long id) {
        return queries.details(id);
    }

    @Override
    protected MunicipalityRow readRow(long id) {
        return queries.row(id);
    }

    @Override
    protected long idOf(MunicipalityDetails details) {
        return details.id();
    }

    @Override
    protected String entryName() {
        MunicipalityDetails shown = detail.detailsProperty().get();
        return shown == null ? "" : shown.name();
    }

    @Override
    protected Work<MunicipalityDetails> write() {
        MunicipalityChange change = detail.change();
        return progress -> service.save(change);
    }
}
