package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.CoachDetails;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.CoachRow;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.people.CoachState;
import de.ssg.lotsenkontor.people.CoachTable;
import de.ssg.lotsenkontor.ui.BackgroundTasks.Work;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import de.ssg.lotsenkontor.municipality.DistrictOption;

/**
 * The "Digital-Lotsen" tab's view model: the coach table, the form, and the commands load, save,
 * revert, reload, deactivate and delete. Reads go to {@link CoachQueries}, writes to
 * {@link CoachService}, both through the task runner; confirmations through the dialog ports.
 */
public class CoachViewModel extends PersonViewModel<CoachTable, CoachRow, CoachDetails, CoachDetailViewModel> {

    private final CoachQueries queries;
    private final CoachService service;
    private final Clock clock;
    private final CoachListViewModel list;
    private final CoachDetailViewModel detail;
    private final HandoverQuestion handover;
    private final ObjectProperty<List<DistrictOption>> districts = new SimpleObjectProperty<>(List.of());

    public CoachViewModel(CoachQueries queries, CoachService service, TaskRunner tasks, DialogPort dialogs,
            LastDayQuestion lastDay, Clock clock) {
        this(queries, service, tasks, dialogs, lastDay, HandoverQuestion.END_ASSIGNMENTS, clock);
    }

    /** @param handover asks what becomes of the navigators of a coach who is deactivated */
    public CoachViewModel(CoachQueries queries, CoachService service, TaskRunner tasks, DialogPort dialogs,
            LastDayQuestion lastDay, HandoverQuestion handover, Clock clock) {
        this(queries, service, tasks, dialogs, lastDay, handover, clock, new CoachListViewModel(),
                new CoachDetailViewModel(clock));
    }

    private CoachViewModel(CoachQueries queries, CoachService service, TaskRunner tasks, DialogPort dialogs,
            LastDayQuestion lastDay, HandoverQuestion handover, Clock clock, CoachListViewModel list,
            CoachDetailViewModel detail) {
        super("coach", tasks, dialogs, list.rows(), detail, lastDay);
        this.queries = queries;
        this.service = service;
        this.clock = clock;
        this.list = list;
        this.detail = detail;
        this.handover = handover;
        offerExport(clock, () -> I18n.text("peopleui.tab.coaches"));
    }

    public CoachListViewModel list() {
        return list;
    }

    /** The districts a coach may focus on, as last read. */
    public ObjectProperty<List<DistrictOption>> districts() {
        return districts;
    }

    @Override
    protected CoachTable readTable() {
        return queries.table();
    }

    @Override
    protected void showTable(CoachTable data) {
        list.setData(data.rows());
        districts.set(data.districts());
        // the shown coach's count of navigators may have changed
        CoachDetails d = detail.detailsProperty().get();
        if (d != null) {
            tasks.run(I18n.text("peopleui.coach.loadingDetails"), progress -> queries.details(d.id()), fresh -> {
                CoachDetails now = detail.detailsProperty().get();
                if (now != null && now.id() == fresh.id() && fresh.version() == d.version()) {
                    detail.refreshKeepingInput(fresh);
                }
            }, error -> dialogs.showFailure(I18n.text("peopleui.coach.loadingDetails"), error));
        }
    }

    @Override
    protected CoachDetails readDetails(long id) {
        return queries.details(id);
    }

    @Override
    protected CoachRow readRow(long id) {
        return queries.row(id);
    }

    @Override
    protected long idOf(CoachDetails details) {
        return details.id();
    }

    @Override
    protected String fullName(CoachDetails details) {
        return details.fullName();
    }

    @Override
    protected boolean confirmSave() {
        CoachChange change = detail.change();
        CoachDetails before = detail.detailsProperty().get();
        boolean ends = before != null && before.activeUntil() == null && change.activeUntil() != null;
        return !ends || dialogs.confirm(I18n.text("peopleui.deactivate.coach.title"),
                deactivationText(before, change.activeUntil()), I18n.text("peopleui.deactivate.saveButton"));
    }

    @Override
    protected Work<CoachDetails> write() {
        CoachChange change = detail.change();
        return progress -> service.save(change);
    }

    /** The text of the deactivation question: who, and how many assignments end on which day. */
    static String deactivationText(CoachDetails d, LocalDate lastDay) {
        String text = I18n.text("peopleui.deactivate.coach.text", d.fullName());
        int running = d.currentNavigators().size();
        if (running > 0) {
            text += "\n\n" + I18n.text("peopleui.deactivate.coach.coaching", running,
                    lastDay == null ? I18n.text("peopleui.theDay") : Formats.date(lastDay));
        }
        return text;
    }

    @Override
    protected String lastDayField() {
        return "people.field.activeUntil";
    }

    @Override
    protected LocalDate firstDay(CoachDetails details) {
        return details.activeFrom();
    }

    @Override
    protected boolean proposeToday() {
        return false;
    }

    @Override
    protected String deactivationQuestion(CoachDetails details, LocalDate day) {
        return deactivationText(details, day);
    }

    @Override
    protected CoachDetails writeDeactivation(CoachDetails details, LocalDate lastDay) {
        return service.deactivate(details.id(), details.version(), lastDay);
    }

    @Override
    protected void writeDeletion(CoachDetails details) {
        service.delete(details.id(), details.version());
    }

    @Override
    protected void lastDayChosen(CoachDetails details, LocalDate until) {
        askHandover(details, until);
    }

    /**
     * A coach with running assignments: asks whether they end or go to another active coach with
     * free capacity (read in the background), then deactivates and hands over in one transaction.
     */
    private void askHandover(CoachDetails d, LocalDate until) {
        if (d.currentNavigators().isEmpty()) {
            super.lastDayChosen(d, until);
            return;
        }
        tasks.run(I18n.text("peopleui.coach.loading"), progress -> queries.options().stream()
                .filter(o -> o.id() != d.id() && o.state() == CoachState.AKTIV && o.capacity() > o.currentNavigators())
                .toList(), candidates -> handover.ask(d.fullName(), d.currentNavigators().size(), until, candidates)
                        .ifPresent(answer -> writeShown(savingText(),
                                progress -> service.deactivate(d.id(), d.version(), until, answer.handover()))),
                error -> dialogs.showFailure(I18n.text("peopleui.coach.loading"), error));
    }

    /** Today, as the clock says (for the facts line). */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
