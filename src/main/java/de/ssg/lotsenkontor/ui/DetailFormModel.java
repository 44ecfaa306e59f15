package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.Violation;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Base of a detail form's view model: the loaded details (or a new entry being created), the
 * violations of what the user typed, found again on every change, and whether the form is dirty,
 * busy and may be saved. A subclass holds its input properties, hands them to {@link #watch} and
 * says how to fill them, how they differ from the details and what is wrong with them. Typed input
 * is thrown away only by {@link #revert()} (and {@link #show}, {@link #startNew}, {@link #clear}).
 * Needs no running JavaFX toolkit.
 *
 * @param <D> the details of one entry as the service returns them, with their version
 */
public abstract class DetailFormModel<D> {

    private final ObjectProperty<D> details = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final ObservableList<Violation> violations = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding editing = creating.or(details.isNotNull());
    private BooleanBinding dirty;
    private BooleanBinding canSave;
    private boolean reverting;

    /**
     * Validates on every change of {@code inputs} (and of the details) and makes the dirty and
     * can-save bindings; call once from the subclass's constructor.
     */
    protected final void watch(Observable... inputs) {
        Observable[] all = new Observable[inputs.length + 2];
        all[0] = details;
        all[1] = creating;
        System.arraycopy(inputs, 0, all, 2, inputs.length);
        for (Observable input : all) {
            input.addListener(o -> validate());
        }
        dirty = Bindings.createBooleanBinding(this::isDirty, all);
        Observable[] saveInputs = new Observable[all.length + 3];
        System.arraycopy(all, 0, saveInputs, 0, all.length);
        saveInputs[all.length] = violations;
        saveInputs[all.length + 1] = busy;
        saveInputs[all.length + 2] = editing;
        canSave = Bindings.createBooleanBinding(
                () -> editing.get() && hasChangesToSave() && violations.isEmpty() && !busy.get(), saveInputs);
    }

    /** Puts the input properties to {@code loaded}'s values, or to a new (or empty) form's for null. */
    protected abstract void fill(D loaded);

    /** Whether the typed input differs from the stored {@code loaded}. */
    protected abstract boolean differsFrom(D loaded);

    /** Whether the typed input differs from a new form's defaults; forms that never create say false. */
    protected boolean differsFromNew() {
        return false;
    }

    /** What is wrong with the typed input; asked only while the form is shown. */
    protected abstract List<Violation> findViolations();

    /** Whether there is something to save; by default whenever the form is dirty. */
    protected boolean hasChangesToSave() {
        return isDirty();
    }

    /** Shows freshly loaded details and resets the form to them. */
    public void show(D loaded) {
        creating.set(false);
        details.set(loaded);
        revert();
    }

    /** An empty form for a new entry, with the defaults {@link #fill fill(null)} gives it. */
    public void startNew() {
        details.set(null);
        creating.set(true);
        revert();
    }

    /** Nothing shown (e.g. after the shown entry was deleted). */
    public void clear() {
        details.set(null);
        creating.set(false);
        revert();
    }

    /** Takes fresh details from the database (a newer version) but keeps what the user typed. */
    public void refreshKeepingInput(D fresh) {
        details.set(fresh);
    }

    /** Throws away what the user typed and shows the loaded values (or a new form's defaults) again. */
    public void revert() {
        reverting = true;
        try {
            fill(details.get());
        } finally {
            reverting = false;
        }
    }

    /** True while {@link #revert()} fills the inputs, so that listeners can tell this from typing. */
    protected final boolean isReverting() {
        return reverting;
    }

    protected final boolean isEditing() {
        return creating.get() || details.get() != null;
    }

    protected final boolean isDirty() {
        D d = details.get();
        return d != null ? differsFrom(d) : creating.get() && differsFromNew();
    }

    /** Finds the violations again, e.g. after something the rules depend on changed. */
    protected final void validate() {
        if (!isEditing()) {
            violations.clear();
            return;
        }
        violations.setAll(findViolations());
    }

    /** All violations as one text, one per line; empty when the input is fine. */
    public String violationText() {
        return String.join("\n", violations.stream().map(Violation::message).toList());
    }

    /** The shown entry as last read or saved; null for a new or no entry. */
    public ObjectProperty<D> detailsProperty() {
        return details;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public ObservableList<Violation> violations() {
        return violations;
    }

    /** True while the shown entry is being written; the form's commands wait. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Whether a form is shown: a loaded entry or a new one. */
    public BooleanBinding editingBinding() {
        return editing;
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
