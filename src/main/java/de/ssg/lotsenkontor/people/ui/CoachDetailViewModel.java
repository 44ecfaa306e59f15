package de.ssg.lotsenkontor.people.ui;

import static de.ssg.lotsenkontor.ui.TypedText.orEmpty;
import static de.ssg.lotsenkontor.ui.TypedText.same;
import static de.ssg.lotsenkontor.ui.TypedText.sameDate;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.CoachDetails;
import de.ssg.lotsenkontor.ui.DetailFormModel;
import de.ssg.lotsenkontor.ui.InputCheck;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The form of one coach, new or loaded: what the user typed, whether it may be saved, and a
 * warning (that does not block) when the coach has more navigators than the capacity allows.
 * Needs no running JavaFX toolkit.
 */
public class CoachDetailViewModel extends DetailFormModel<CoachDetails> implements PersonForm {

    private final Clock clock;
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty capacityText = new SimpleStringProperty("");
    private final StringProperty activeFromText = new SimpleStringProperty("");
    private final StringProperty activeUntilText = new SimpleStringProperty("");
    private final ObservableSet<String> focusDistricts = FXCollections.observableSet();
    private final StringBinding title;
    private final StringBinding capacityWarning;

    public CoachDetailViewModel(Clock clock) {
        this.clock = clock;
        watch(firstName, lastName, email, phone, capacityText, activeFromText, activeUntilText, focusDistricts);
        title = Bindings.createStringBinding(() -> details() != null ? details().fullName()
                : I18n.text("peopleui.coach.newTitle"), detailsProperty());
        capacityWarning = Bindings.createStringBinding(this::capacityWarningText, detailsProperty(), capacityText);
    }

    /** A new coach is active from today. */
    @Override
    protected void fill(CoachDetails d) {
        if (d == null) {
            firstName.set("");
            lastName.set("");
            email.set("");
            phone.set("");
            capacityText.set("");
            activeFromText.set(creatingProperty().get() ? Formats.date(today()) : "");
            activeUntilText.set("");
            focusDistricts.clear();
            return;
        }
        firstName.set(d.firstName());
        lastName.set(d.lastName());
        email.set(orEmpty(d.email()));
        phone.set(orEmpty(d.phone()));
        capacityText.set(Integer.toString(d.capacity()));
        activeFromText.set(Formats.date(d.activeFrom()));
        activeUntilText.set(Formats.date(d.activeUntil()));
        focusDistricts.clear();
        focusDistricts.addAll(d.focusDistrictKeys());
    }

    /** The change to hand to the service; call only when {@link #canSaveBinding()} is true. */
    public CoachChange change() {
        CoachDetails d = details();
        return new CoachChange(d == null ? null : d.id(), d == null ? 0 : d.version(), firstName.get(), lastName.get(),
                email.get(), phone.get(), capacity().orElse(null), Formats.parseDate(activeFromText.get()).orElse(null),
                Formats.parseDate(activeUntilText.get()).orElse(null), Set.copyOf(focusDistricts));
    }

    @Override
    protected List<Violation> findViolations() {
        InputCheck check = new InputCheck();
        if (!Checks.isBlank(capacityText.get()) && capacity().isEmpty()) {
            check.unreadable("people.field.capacity", "peopleui.validation.wholeNumber");
        }
        check.date(activeFromText.get(), "people.field.activeFrom");
        check.date(activeUntilText.get(), "people.field.activeUntil");
        return check.andRules(change().validate());
    }

    private Optional<Integer> capacity() {
        Optional<Long> parsed = Formats.parseInteger(capacityText.get());
        return parsed.filter(n -> n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE).map(Long::intValue);
    }

    private String capacityWarningText() {
        CoachDetails d = details();
        Optional<Integer> capacity = capacity();
        if (d == null || capacity.isEmpty() || capacity.get() < 0) {
            return "";
        }
        int current = d.currentNavigators().size();
        return current > capacity.get() ? I18n.text("peopleui.coach.overCapacity", current, capacity.get()) : "";
    }

    @Override
    protected boolean differsFromNew() {
        return !Checks.isBlank(firstName.get()) || !Checks.isBlank(lastName.get()) || !Checks.isBlank(email.get())
                || !Checks.isBlank(phone.get()) || !Checks.isBlank(capacityText.get())
                || !Objects.equals(Formats.parseDate(activeFromText.get()).orElse(null), today())
                || !Checks.isBlank(activeUntilText.get()) || !focusDistricts.isEmpty();
    }

    @Override
    protected boolean differsFrom(CoachDetails d) {
        return !same(firstName.get(), d.firstName()) || !same(lastName.get(), d.lastName())
                || !same(email.get(), d.email()) || !same(phone.get(), d.phone())
                || !capacity().equals(Optional.of(d.capacity())) || !sameDate(activeFromText.get(), d.activeFrom())
                || !sameDate(activeUntilText.get(), d.activeUntil())
                || !focusDistricts.equals(Set.copyOf(d.focusDistrictKeys()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private CoachDetails details() {
        return detailsProperty().get();
    }

    /** Whether the shown coach may be deactivated now: stored, still without an end, nothing unsaved. */
    public boolean canDeactivate() {
        CoachDetails d = details();
        return d != null && d.activeUntil() == null && !isDirty() && !busyProperty().get();
    }

    /** Whether the shown coach may be deleted: stored and without any history. */
    public boolean canDelete() {
        CoachDetails d = details();
        return d != null && d.history().isEmpty() && !busyProperty().get();
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty capacityTextProperty() {
        return capacityText;
    }

    public StringProperty activeFromTextProperty() {
        return activeFromText;
    }

    public StringProperty activeUntilTextProperty() {
        return activeUntilText;
    }

    /** Keys of the chosen focus districts. */
    public ObservableSet<String> focusDistricts() {
        return focusDistricts;
    }

    public StringBinding title() {
        return title;
    }

    /** Empty, or a warning that the coach has more navigators than the (typed) capacity. */
    public StringBinding capacityWarning() {
        return capacityWarning;
    }
}
