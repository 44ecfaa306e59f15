package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.DetailFormModel;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.MasterDetailModel;
import de.ssg.lotsenkontor.ui.SearchableRows;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;

/**
 * The master–detail view model of a person (coach or navigator): on top of {@link MasterDetailModel}
 * the commands deactivate (ask the last day, then write) and delete (confirm, then remove), and
 * the texts, which follow one pattern per kind ({@code peopleui.<kind>.saving},
 * {@code peopleui.deactivate.<kind>.title}, …). A subclass says only what differs.
 *
 * @param <F> the person's form model
 */
public abstract class PersonViewModel<T, R, D, F extends DetailFormModel<D> & PersonForm>
        extends MasterDetailModel<T, R, D> {

    private final String kind;
    private final F detail;
    private final LastDayQuestion lastDay;
    private final Command deactivate;
    private final Command delete;

    /** @param kind {@code coach} or {@code navigator}: the middle of the text keys */
    protected PersonViewModel(String kind, TaskRunner tasks, DialogPort dialogs, SearchableRows<R> rows, F detail,
            LastDayQuestion lastDay) {
        super(tasks, dialogs, new Texts(I18n.text("peopleui." + kind + ".loading"),
                I18n.text("peopleui." + kind + ".loadingDetails"), I18n.text("peopleui." + kind + ".saving"),
                I18n.text("peopleui.saveFailed"), I18n.text("peopleui.conflict.title"),
                I18n.text("peopleui.conflict.hint")), rows, detail);
        this.kind = kind;
        this.detail = detail;
        this.lastDay = lastDay;
        this.deactivate = new Command(Bindings.createBooleanBinding(detail::canDeactivate, detail.detailsProperty(),
                detail.dirtyBinding(), detail.busyProperty()), detail.busyProperty(), this::deactivate);
        this.delete = new Command(Bindings.createBooleanBinding(detail::canDelete, detail.detailsProperty(),
                detail.busyProperty()), detail.busyProperty(), this::delete);
    }

    // ------------------------------------------------------------------ what a subclass says

    /** The person's full name. */
    protected abstract String fullName(D details);

    /** The field the last day is entered in, e.g. {@code people.field.until}. */
    protected abstract String lastDayField();

    /** The earliest last day allowed: the person's first day. */
    protected abstract LocalDate firstDay(D details);

    /** Whether the last-day question proposes today in its calendar too. */
    protected abstract boolean proposeToday();

    /** What deactivating on {@code lastDay} means (null while the day cannot be read). */
    protected abstract String deactivationQuestion(D details, LocalDate lastDay);

    /** Writes the deactivation; runs on a worker thread. */
    protected abstract D writeDeactivation(D details, LocalDate lastDay) throws Exception;

    /** Deletes the person; runs on a worker thread. */
    protected abstract void writeDeletion(D details) throws Exception;

    /**
     * After the user chose the last day: deactivates. A subclass may ask more first (a coach's
     * navigators) and then call {@link #writeShown}.
     */
    protected void lastDayChosen(D details, LocalDate until) {
        writeShown(savingText(), progress -> writeDeactivation(details, until));
    }

    // ------------------------------------------------------------------ shared

    public F detail() {
        return detail;
    }

    /** {@code coach} or {@code navigator}: the middle of the person's text keys. */
    public String kind() {
        return kind;
    }

    public Command deactivateCommand() {
        return deactivate;
    }

    public Command deleteCommand() {
        return delete;
    }

    protected final String savingText() {
        return I18n.text("peopleui." + kind + ".saving");
    }

    @Override
    protected String entryName() {
        return detail.title().get();
    }

    @Override
    protected String savedMessage(D details) {
        return I18n.text("ui.status.saved", fullName(details));
    }

    private void deactivate() {
        D d = detail.detailsProperty().get();
        if (d == null) {
            return;
        }
        lastDay.ask(lastDayField(), firstDay(d), proposeToday(), I18n.text("peopleui.deactivate." + kind + ".title"),
                I18n.text("peopleui.deactivate." + kind + ".header", fullName(d)),
                day -> deactivationQuestion(d, day)).ifPresent(until -> lastDayChosen(d, until));
    }

    private void delete() {
        D d = detail.detailsProperty().get();
        if (d == null || !dialogs.confirm(I18n.text("peopleui.delete." + kind + ".title"),
                I18n.text("peopleui.delete." + kind + ".text", fullName(d)),
                I18n.text("peopleui.button.deleteConfirm"))) {
            return;
        }
        long id = idOf(d);
        removeShown(I18n.text("peopleui." + kind + ".deleting"), id, progress -> {
            writeDeletion(d);
            return id;
        }, I18n.text("peopleui.deleted", fullName(d)));
    }
}
