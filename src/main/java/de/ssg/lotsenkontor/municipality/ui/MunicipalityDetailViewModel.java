package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.MunicipalityChange;
import de.ssg.lotsenkontor.municipality.MunicipalityDetails;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail form of one municipality: the loaded details, and the change of participation
 * status the user is typing (status, date, note). Validation runs on every change with the same
 * rules the service enforces, so the save button is disabled with the reason shown, and typed
 * input is never thrown away. Needs no running JavaFX toolkit.
 */
public class MunicipalityDetailViewModel {

    private final Clock clock;
    private final ObjectProperty<MunicipalityDetails> details = new SimpleObjectProperty<>();
    private final ObjectProperty<ParticipationStatus> status = new SimpleObjectProperty<>();
    private final StringProperty statusDateText = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<Violation> violations = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;

    public MunicipalityDetailViewModel(Clock clock) {
        this.clock = clock;
        Observable[] inputs = {details, status, statusDateText, note};
        for (Observable input : inputs) {
            input.addListener(o -> validate());
        }
        // A new status gets today's date unless the user typed one.
        status.addListener((obs, old, now) -> {
            if (statusChanged() && Checks.isBlank(statusDateText.get())) {
                statusDateText.set(Formats.date(LocalDate.now(clock)));
            }
        });
        dirty = Bindings.createBooleanBinding(this::isDirty, inputs);
        canSave = Bindings.createBooleanBinding(
                () -> details.get() != null && statusChanged() && violations.isEmpty() && !busy.get(),
                details, status, statusDateText, note, violations, busy);
    }

    /** Shows freshly loaded details and resets the form to them. */
    public void show(MunicipalityDetails loaded) {
        details.set(loaded);
        revert();
    }

    /** Takes fresh details from the database (a newer version) but keeps what the user typed. */
    public void refreshKeepingInput(MunicipalityDetails fresh) {
        details.set(fresh);
    }

    /** Throws away what the user typed and shows the loaded values again. */
    public void revert() {
        MunicipalityDetails d = details.get();
        if (d == null) {
            return;
        }
        status.set(d.status());
        statusDateText.set("");
        note.set("");
    }

    /** The change to hand to the service; call only when {@link #canSaveBinding()} is true. */
    public MunicipalityChange change() {
        MunicipalityDetails d = details.get();
        return new MunicipalityChange(d.id(), d.version(), status.get(), parsedDate().orElse(null), note.get());
    }

    /** Whether the user picked a status other than the current one; date and note belong to that change. */
    public boolean statusChanged() {
        MunicipalityDetails d = details.get();
        return d != null && status.get() != null && status.get() != d.status();
    }

    private void validate() {
        MunicipalityDetails d = details.get();
        if (d == null) {
            violations.clear();
            return;
        }
        List<Violation> found = new ArrayList<>();
        boolean unreadableDate = !Checks.isBlank(statusDateText.get()) && parsedDate().isEmpty();
        if (unreadableDate) {
            found.add(new Violation("municipality.field.statusDate", "common.validation.date"));
        }
        for (Violation v : change().validate(d, LocalDate.now(clock))) {
            // an unreadable date is already reported, not also as missing
            if (!(unreadableDate && v.fieldKey().equals("municipality.field.statusDate"))) {
                found.add(v);
            }
        }
        violations.setAll(found);
    }

    private Optional<LocalDate> parsedDate() {
        return Formats.parseDate(statusDateText.get());
    }

    private boolean isDirty() {
        return statusChanged() || !Checks.isBlank(note.get());
    }

    /** All violations as one text, one per line; empty when the input is fine. */
    public String violationText() {
        return String.join("\n", violations.stream().map(Violation::message).toList());
    }

    public ObjectProperty<MunicipalityDetails> detailsProperty() {
        return details;
    }

    public ObjectProperty<ParticipationStatus> statusProperty() {
        return status;
    }

    public StringProperty statusDateTextProperty() {
        return statusDateText;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<Violation> violations() {
        return violations;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
