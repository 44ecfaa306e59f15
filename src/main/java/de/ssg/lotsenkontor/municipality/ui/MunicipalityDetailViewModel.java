package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.MunicipalityChange;
import de.ssg.lotsenkontor.municipality.MunicipalityDetails;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import de.ssg.lotsenkontor.ui.DetailFormModel;
import de.ssg.lotsenkontor.ui.InputCheck;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The detail form of one municipality: the loaded details, and the change of participation
 * status the user is typing (status, date, note). Validation runs on every change with the same
 * rules the service enforces, so the save button is disabled with the reason shown, and typed
 * input is never thrown away. Municipalities are never created here. Needs no running JavaFX
 * toolkit.
 */
public class MunicipalityDetailViewModel extends DetailFormModel<MunicipalityDetails> {

    private final Clock clock;
    private final ObjectProperty<ParticipationStatus> status = new SimpleObjectProperty<>();
    private final StringProperty statusDateText = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    public MunicipalityDetailViewModel(Clock clock) {
        this.clock = clock;
        watch(status, statusDateText, note);
        // A new status gets today's date unless the user typed one.
        status.addListener((obs, old, now) -> {
            if (statusChanged() && Checks.isBlank(statusDateText.get())) {
                statusDateText.set(Formats.date(LocalDate.now(clock)));
            }
        });
    }

    /** The loaded status again, without date and note; nothing to fill while no municipality is shown. */
    @Override
    protected void fill(MunicipalityDetails d) {
        if (d == null) {
            return;
        }
        status.set(d.status());
        statusDateText.set("");
        note.set("");
    }

    /** The change to hand to the service; call only when {@link #canSaveBinding()} is true. */
    public MunicipalityChange change() {
        MunicipalityDetails d = detailsProperty().get();
        return new MunicipalityChange(d.id(), d.version(), status.get(), parsedDate().orElse(null), note.get());
    }

    /** Whether the user picked a status other than the current one; date and note belong to that change. */
    public boolean statusChanged() {
        MunicipalityDetails d = detailsProperty().get();
        return d != null && status.get() != null && status.get() != d.status();
    }

    @Override
    protected List<Violation> findViolations() {
        InputCheck check = new InputCheck();
        check.date(statusDateText.get(), "municipality.field.statusDate");
        return check.andRules(change().validate(detailsProperty().get(), LocalDate.now(clock)));
    }

    private Optional<LocalDate> parsedDate() {
        return Formats.parseDate(statusDateText.get());
    }

    @Override
    protected boolean differsFrom(MunicipalityDetails loaded) {
        return statusChanged() || !Checks.isBlank(note.get());
    }

    /** Only a new status is saved; a note alone makes the form dirty but gives nothing to save. */
    @Override
    protected boolean hasChangesToSave() {
        return statusChanged();
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
}
