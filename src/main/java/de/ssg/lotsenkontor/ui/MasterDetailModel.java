package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.ui.BackgroundTasks.Work;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Base of the view model of a master–detail area (Kommunen, Lotsen, Navigatoren; the coaching
 * board and the expense ledger next): the table's rows, which entry the form shows, the form with
 * its dirty state, and the commands load, save, revert, reload-keeping-input and the table's
 * export ({@link #offerExport}), each running
 * through the {@link TaskRunner} with "can run" and "busy" for the buttons. A save refused for a
 * concurrent change or by a rule is reported through the {@link DialogPort}; unsaved input is
 * thrown away only when the user agrees. Needs no toolkit: tests run it with
 * {@link TaskRunner#DIRECT} and their own dialog answers.
 *
 * @param <T> what the table's load reads: the rows and whatever filters and forms need besides
 * @param <R> the row type
 * @param <D> the details of one entry, with the version a save must expect
 */
public abstract class MasterDetailModel<T, R, D> {

    /** The area's texts for its work (status bar) and its failures, German. */
    public record Texts(String loading, String loadingDetails, String saving, String saveFailed, String conflictTitle,
            String conflictHint) {
    }

    /** An entry as just written or read: its details and its row. */
    public record Fresh<R, D>(D details, R row) {
    }

    protected final TaskRunner tasks;
    protected final DialogPort dialogs;
    private final Texts texts;
    private final SearchableRows<R> rows;
    private final DetailFormModel<D> form;
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final StringProperty saveError = new SimpleStringProperty("");
    private final Command save;
    private final Command revert;
    private final Command reloadDetails;
    private TableExportCommand<R> export;
    private RowSelection<R> selection = RowSelection.remembering();
    private Consumer<String> statusMessage = text -> { };
    private Runnable onChange = () -> { };
    private Consumer<D> onShown = d -> { };
    private boolean stale;

    protected MasterDetailModel(TaskRunner tasks, DialogPort dialogs, Texts texts, SearchableRows<R> rows,
            DetailFormModel<D> form) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.rows = rows;
        this.form = form;
        this.save = new Command(form.canSaveBinding(), form.busyProperty(), this::save);
        this.revert = new Command(form.dirtyBinding(), form::revert);
        this.reloadDetails = new Command(form.detailsProperty().isNotNull(), this::reloadKeepingInput);
        // the next edit makes an old refusal obsolete
        form.dirtyBinding().addListener((obs, was, is) -> saveError.set(""));
    }

    // ------------------------------------------------------------------ what a subclass says

    /** Reads the table and its choices; runs on a worker thread. */
    protected abstract T readTable() throws Exception;

    /** Shows what {@link #readTable} read. */
    protected abstract void showTable(T data);

    /** Reads one entry's details; runs on a worker thread. */
    protected abstract D readDetails(long id) throws Exception;

    /** Reads one entry's row; runs on a worker thread. */
    protected abstract R readRow(long id) throws Exception;

    protected abstract long idOf(D details);

    /** Writes what the form holds and returns the stored details; runs on a worker thread. */
    protected abstract Work<D> write();

    /** Asked before a save; e.g. a save that deactivates someone asks first. */
    protected boolean confirmSave() {
        return true;
    }

    /** Called whenever the form shows newly read or saved details. */
    protected void shown(D details) {
    }

    /** The status bar's "Gespeichert: …" after a save, or null for none. */
    protected String savedMessage(D details) {
        return null;
    }

    /** The name of the entry being edited, for "discard the changes to …?". */
    protected abstract String entryName();

    // ------------------------------------------------------------------ wiring

    /** The table selection of the view (a real table's, or a test's). */
    public void setSelection(RowSelection<R> selection) {
        this.selection = selection;
    }

    /** Where short confirmations ("Gespeichert: …") go. */
    public void setStatusMessage(Consumer<String> statusMessage) {
        this.statusMessage = statusMessage;
    }

    /** Called whenever the form shows newly read or saved details (null: a new or no entry). */
    public void setOnShown(Consumer<D> onShown) {
        this.onShown = onShown;
    }

    private void showing(D details) {
        shown(details);
        onShown.accept(details);
    }

    /** Called after anything was written that other areas or tabs show too. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    protected final void status(String text) {
        statusMessage.accept(text);
    }

    protected final void changed() {
        onChange.run();
    }

    // ------------------------------------------------------------------ the table

    /** Reads the table again. */
    public void reload() {
        stale = false;
        tasks.run(texts.loading(), progress -> readTable(), this::showLoaded,
                error -> dialogs.showFailure(texts.loading(), error));
    }

    /** Shows table data read elsewhere (e.g. at start-up, while the window opened). */
    public void showLoaded(T data) {
        showTable(data);
        loaded.set(true);
    }

    /** Something this area shows was changed elsewhere: read again when it is shown next. */
    public void markStale() {
        stale = true;
    }

    public void reloadIfStale() {
        if (stale) {
            reload();
        }
    }

    public boolean isStale() {
        return stale;
    }

    /** True once the table holds data (start-up measurement and tests wait for it). */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public SearchableRows<R> rows() {
        return rows;
    }

    public DetailFormModel<D> form() {
        return form;
    }

    /**
     * Offers the table's export ({@link #exportCommand}), titled {@code title} ("Kommunen") with
     * the count of shown rows ("12 von 418 Kommunen") as the page header's second line. A subclass
     * calls it once, in its constructor.
     */
    protected final void offerExport(Clock clock, Supplier<String> title) {
        export = new TableExportCommand<>(tasks, dialogs, clock, title, () -> rows.countText().get());
    }

    /** Writes the table as the user sees it as a workbook or PDF; see {@link #offerExport}. */
    public TableExportCommand<R> exportCommand() {
        if (export == null) {
            throw new IllegalStateException("this area offers no export");
        }
        return export;
    }

    // ------------------------------------------------------------------ the form

    /** Whether unsaved input may be thrown away; asks the user if there is any. */
    public boolean mayDiscard() {
        return !form.dirtyBinding().get() || dialogs.confirmDiscard(entryName());
    }

    /** The user chose entry {@code id} in the table: reads and shows its details. */
    public void open(long id) {
        selection.setShown(id);
        tasks.run(texts.loadingDetails(), progress -> readDetails(id), d -> {
            if (selection.isShown(idOf(d))) {
                saveError.set("");
                form.show(d);
                showing(d);
            }
        }, error -> dialogs.showFailure(texts.loadingDetails(), error));
    }

    /** An empty form for a new entry; false when the user keeps unsaved input instead. */
    public boolean startNew() {
        if (!mayDiscard()) {
            return false;
        }
        selection.clear(() -> { });
        form.startNew();
        saveError.set("");
        showing(null);
        return true;
    }

    /** Why the service refused the last save; the next edit clears it. */
    public StringProperty saveErrorProperty() {
        return saveError;
    }

    public Command saveCommand() {
        return save;
    }

    public Command revertCommand() {
        return revert;
    }

    /** Reads the shown entry again: its current state and version, the typed input kept. */
    public Command reloadCommand() {
        return reloadDetails;
    }

    private void save() {
        if (!confirmSave()) {
            return;
        }
        writeShown(texts.saving(), write());
    }

    /** Runs a write of the shown entry with the form busy, then shows the stored entry and its row. */
    protected final void writeShown(String title, Work<D> write) {
        whileBusy(title, progress -> {
            D saved = write.call(progress);
            return new Fresh<>(saved, readRow(idOf(saved)));
        }, this::saved, this::saveFailed);
    }

    /** Runs {@code work} with the form busy; it is no longer busy when {@code done} or {@code failed} runs. */
    protected final <X> void whileBusy(String title, Work<X> work, Consumer<X> done, Consumer<Throwable> failed) {
        form.busyProperty().set(true);
        tasks.run(title, work, result -> {
            form.busyProperty().set(false);
            done.accept(result);
        }, error -> {
            form.busyProperty().set(false);
            failed.accept(error);
        });
    }

    private void saved(Fresh<R, D> result) {
        long id = idOf(result.details());
        selection.setShown(id);
        form.show(result.details());
        showing(result.details());
        rows.replace(result.row());
        selection.select(result.row());
        String message = savedMessage(result.details());
        if (message != null) {
            statusMessage.accept(message);
        }
        onChange.run();
    }

    /** Reports a refused write: a concurrent change or a rule as a dialog, a validation refusal beside the form. */
    protected final void saveFailed(Throwable error) {
        dialogs.showSaveFailure(error, texts.saveFailed(), texts.conflictTitle(), texts.conflictHint())
                .ifPresent(saveError::set);
    }

    /** Removes the shown entry after {@code remove} ran; the form stays empty. */
    protected final void removeShown(String title, long id, Work<?> remove, String doneMessage) {
        whileBusy(title, remove, ignored -> {
            // the table would select a neighbour of the removed row; the form stays empty instead
            selection.clear(() -> rows.remove(id));
            form.clear();
            showing(null);
            statusMessage.accept(doneMessage);
            onChange.run();
        }, this::saveFailed);
    }

    private void reloadKeepingInput() {
        D shown = form.detailsProperty().get();
        if (shown == null) {
            return;
        }
        long id = idOf(shown);
        tasks.run(texts.loadingDetails(), progress -> new Fresh<>(readDetails(id), readRow(id)), fresh -> {
            form.refreshKeepingInput(fresh.details());
            rows.replace(fresh.row());
        }, error -> dialogs.showFailure(texts.loadingDetails(), error));
    }

    /** Takes fresh details of the shown entry (e.g. after another feature wrote about it), typed input kept. */
    public void refreshShown() {
        reloadKeepingInput();
    }
}
