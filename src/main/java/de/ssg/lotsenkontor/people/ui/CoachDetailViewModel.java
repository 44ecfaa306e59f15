package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.CoachDetails;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The form of one coach, new or loaded: what the user typed, whether it may be saved, and a
 * warning (that does not block) when the coach has more navigators than the capacity allows.
 * Needs no running JavaFX toolkit.
 */
public class CoachDetailViewModel {

    private final Clock clock;
    private final ObjectProperty<CoachDetails> details = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty capacityText = new SimpleStringProperty("");
    private final StringProperty activeFromText = new SimpleStringProperty("");
    private final StringProperty activeUntilText = new SimpleStringProperty("");
    private final ObservableSet<String> focusDistricts = FXCollections.observableSet();
    private final ObservableList<Violation> violations = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding editing;
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;
    private final StringBinding title;
    private final StringBinding capacityWarning;

    public CoachDetailViewModel(Clock clock) {
        this.clock = clock;
        Observable[] inputs = {details, creating, firstName, lastName, email, phone, capacityText, activeFromText,
            activeUntilText, focusDistricts};
        for (Observable input : inputs) {
            input.addListener(o -> validate());
        }
        editing = creating.or(details.isNotNull());
        dirty = Bindings.createBooleanBinding(this::isDirty, inputs);
        Observable[] saveInputs = new Observable[inputs.length + 3];
        System.arraycopy(inputs, 0, saveInputs, 0, inputs.length);
        saveInputs[inputs.length] = violations;
        saveInputs[inputs.length + 1] = busy;
        saveInputs[inputs.length + 2] = editing;
        canSave = Bindings.createBooleanBinding(() -> editing.get() && isDirty() && violations.isEmpty() && !busy.get(),
                saveInputs);
        title = Bindings.createStringBinding(() -> details.get() != null ? details.get().fullName()
                : I18n.text("peopleui.coach.newTitle"), details);
        capacityWarning = Bindings.createStringBinding(this::capacityWarningText, details, capacityText);
    }

    public void show(CoachDetails loaded) {
        creating.set(false);
        details.set(loaded);
        revert();
    }

    /** An empty form for a new coach, active from today. */
    public void startNew() {
        details.set(null);
        creating.set(true);
        revert();
    }

    public void clear() {
        details.set(null);
        creating.set(false);
        revert();
    }

    /** Takes fresh details from the database (a newer version) but keeps what the user typed. */
    public void refreshKeepingInput(CoachDetails fresh) {
        details.set(fresh);
    }

    public void revert() {
        CoachDetails d = details.get();
        if (d == null) {
            firstName.set("");
            lastName.set("");
            email.set("");
            phone.set("");
            capacityText.set("");
            activeFromText.set(creating.get() ? Formats.date(today()) : "");
            activeUntilText.set("");
            focusDistricts.clear();
            return;
        }
        firstName.set(d.firstName());
        lastName.set(d.lastName());
        email.set(nullToEmpty(d.email()));
        phone.set(nullToEmpty(d.phone()));
        capacityText.set(Integer.toString(d.capacity()));
        activeFromText.set(Formats.date(d.activeFrom()));
        activeUntilText.set(Formats.date(d.activeUntil()));
        focusDistricts.clear();
        focusDistricts.addAll(d.focusDistrictKeys());
    }

    /** The change to hand to the service; call only when {@link #canSaveBinding()} is true. */
    public CoachChange change() {
        CoachDetails d = details.get();
        return new CoachChange(d == null ? null : d.id(), d == null ? 0 : d.version(), firstName.get(), lastName.get(),
                email.get(), phone.get(), capacity().orElse(null), date(activeFromText).orElse(null),
                date(activeUntilText).orElse(null), Set.copyOf(focusDistricts));
    }

    private void validate() {
        if (!(creating.get() || details.get() != null)) {
            violations.clear();
            return;
        }
        List<Violation> found = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        if (!Checks.isBlank(capacityText.get()) && capacity().isEmpty()) {
            found.add(new Violation("people.field.capacity", "peopleui.validation.wholeNumber"));
            reported.add("people.field.capacity");
        }
        unreadable(found, reported, activeFromText, "people.field.activeFrom");
        unreadable(found, reported, activeUntilText, "people.field.activeUntil");
        for (Violation v : change().validate()) {
            if (!reported.contains(v.fieldKey()) || !v.reasonKey().equals("common.validation.required")) {
                found.add(v);
            }
        }
        violations.setAll(found);
    }

    private static void unreadable(List<Violation> found, Set<String> reported, StringProperty text, String field) {
        if (!Checks.isBlank(text.get()) && Formats.parseDate(text.get()).isEmpty()) {
            found.add(new Violation(field, "common.validation.date"));
            reported.add(field);
        }
    }

    private Optional<Integer> capacity() {
        Optional<Long> parsed = Formats.parseInteger(capacityText.get());
        return parsed.filter(n -> n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE).map(Long::intValue);
    }

    private String capacityWarningText() {
        CoachDetails d = details.get();
        Optional<Integer> capacity = capacity();
        if (d == null || capacity.isEmpty() || capacity.get() < 0) {
            return "";
        }
        int current = d.currentNavigators().size();
        return current > capacity.get() ? I18n.text("peopleui.coach.overCapacity", current, capacity.get()) : "";
    }

    private boolean isDirty() {
        CoachDetails d = details.get();
        if (d == null) {
            if (!creating.get()) {
                return false;
            }
            return !Checks.isBlank(firstName.get()) || !Checks.isBlank(lastName.get()) || !Checks.isBlank(email.get())
                    || !Checks.isBlank(phone.get()) || !Checks.isBlank(capacityText.get())
                    || !Objects.equals(date(activeFromText).orElse(null), today())
                    || !Checks.isBlank(activeUntilText.get()) || !focusDistricts.isEmpty();
        }
        return !same(firstName.get(), d.firstName()) || !same(lastName.get(), d.lastName())
                || !same(email.get(), d.email()) || !same(phone.get(), d.phone())
                || !capacity().equals(Optional.of(d.capacity())) || !sameDate(activeFromText, d.activeFrom())
                || !sameDate(activeUntilText, d.activeUntil()) || !focusDistricts.equals(Set.copyOf(d.focusDistrictKeys()));
    }

    private static boolean sameDate(StringProperty text, LocalDate stored) {
        Optional<LocalDate> typed = date(text);
        return typed.isPresent() ? typed.get().equals(stored) : Checks.isBlank(text.get()) && stored == null;
    }

    private static Optional<LocalDate> date(StringProperty text) {
        return Formats.parseDate(text.get());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean same(String typed, String stored) {
        return Objects.equals(Checks.clean(typed), Checks.clean(stored));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public String violationText() {
        return String.join("\n", violations.stream().map(Violation::message).toList());
    }

    /** Whether the shown coach may be deactivated now: stored, still without an end, nothing unsaved. */
    public boolean canDeactivate() {
        CoachDetails d = details.get();
        return d != null && d.activeUntil() == null && !isDirty() && !busy.get();
    }

    /** Whether the shown coach may be deleted: stored and without any history. */
    public boolean canDelete() {
        CoachDetails d = details.get();
        return d != null && d.history().isEmpty() && !busy.get();
    }

    public ObjectProperty<CoachDetails> detailsProperty() {
        return details;
    }

    public BooleanProperty creatingProperty() {
        return creating;
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

    public ObservableList<Violation> violations() {
        return violations;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding editingBinding() {
        return editing;
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public StringBinding title() {
        return title;
    }

    /** Empty, or a warning that the coach has more navigators than the (typed) capacity. */
    public StringBinding capacityWarning() {
        return capacityWarning;
    }
}
