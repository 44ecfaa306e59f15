package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

/**
 * The form of one navigator, new or loaded: what the user typed, and whether it may be saved.
 * Validation runs on every change with the rules the service enforces ({@link NavigatorChange}),
 * so the save button is disabled with the reasons shown; typed input is never thrown away except
 * by {@link #revert()}. Needs no running JavaFX toolkit.
 */
public class NavigatorDetailViewModel {

    private final Clock clock;
    private final ObjectProperty<NavigatorDetails> details = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final ObjectProperty<MunicipalityOption> municipality = new SimpleObjectProperty<>();
    private final StringProperty municipalityText = new SimpleStringProperty("");
    private final ObservableList<MunicipalityOption> further = FXCollections.observableArrayList();
    private final ObservableList<MunicipalityOption> furtherCandidates = FXCollections.observableArrayList();
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<NavigatorStatus> status = new SimpleObjectProperty<>();
    private final StringProperty sinceText = new SimpleStringProperty("");
    private final StringProperty untilText = new SimpleStringProperty("");
    private final ObservableList<Violation> violations = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding editing;
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;
    private final StringBinding title;
    private final StringBinding furtherHint;
    private Map<Long, MunicipalityOption> municipalitiesById = Map.of();
    private List<MunicipalityOption> municipalities = List.of();
    private boolean reverting;

    public NavigatorDetailViewModel(Clock clock) {
        this.clock = clock;
        Observable[] inputs = {details, creating, firstName, lastName, municipality, municipalityText, further,
            department, email, phone, status, sinceText, untilText};
        for (Observable input : inputs) {
            input.addListener(o -> validate());
        }
        municipality.addListener((obs, old, now) -> {
            if (now != null && !now.label().equals(municipalityText.get())) {
                municipalityText.set(now.label());
            }
            updateCandidates();
        });
        further.addListener((Observable o) -> updateCandidates());
        // choosing "inaktiv" suggests today as the last day, unless the user typed one
        status.addListener((obs, old, now) -> {
            if (!reverting && now == NavigatorStatus.INAKTIV && Checks.isBlank(untilText.get())) {
                untilText.set(Formats.date(today()));
            }
        });
        editing = creating.or(details.isNotNull());
        dirty = Bindings.createBooleanBinding(this::isDirty, inputs);
        canSave = Bindings.createBooleanBinding(() -> editing.get() && isDirty() && violations.isEmpty() && !busy.get(),
                concat(inputs, violations, busy, editing));
        title = Bindings.createStringBinding(() -> details.get() != null ? details.get().fullName()
                : I18n.text("peopleui.navigator.newTitle"), details);
        furtherHint = Bindings.createStringBinding(this::furtherHintText, municipality);
    }

    private static Observable[] concat(Observable[] inputs, Observable... more) {
        Observable[] all = new Observable[inputs.length + more.length];
        System.arraycopy(inputs, 0, all, 0, inputs.length);
        System.arraycopy(more, 0, all, inputs.length, more.length);
        return all;
    }

    /** Every municipality (the picker's entries); ids of the form are looked up here. */
    public void setMunicipalities(List<MunicipalityOption> all) {
        municipalities = List.copyOf(all);
        Map<Long, MunicipalityOption> byId = new HashMap<>();
        all.forEach(m -> byId.put(m.id(), m));
        municipalitiesById = byId;
        updateCandidates();
        validate();
    }

    /** The municipalities a new navigator may be placed in: all that still exist, plus the current one. */
    public List<MunicipalityOption> selectableMunicipalities() {
        MunicipalityOption current = details.get() == null ? null : details.get().municipality();
        return municipalities.stream().filter(m -> !m.dissolved() || (current != null && m.id() == current.id()))
                .toList();
    }

    /** Shows freshly loaded details and resets the form to them. */
    public void show(NavigatorDetails loaded) {
        creating.set(false);
        details.set(loaded);
        revert();
    }

    /** An empty form for a new navigator: in qualification, since today. */
    public void startNew() {
        details.set(null);
        creating.set(true);
        revert();
    }

    /** Nothing shown (e.g. after the shown navigator was deleted). */
    public void clear() {
        details.set(null);
        creating.set(false);
        revert();
    }

    /** Takes fresh details from the database (a newer version) but keeps what the user typed. */
    public void refreshKeepingInput(NavigatorDetails fresh) {
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

    private void fill(NavigatorDetails d) {
        if (d == null) {
            firstName.set("");
            lastName.set("");
            municipality.set(null);
            municipalityText.set("");
            further.clear();
            department.set("");
            email.set("");
            phone.set("");
            status.set(creating.get() ? NavigatorStatus.IN_QUALIFIZIERUNG : null);
            sinceText.set(creating.get() ? Formats.date(today()) : "");
            untilText.set("");
            return;
        }
        firstName.set(d.firstName());
        lastName.set(d.lastName());
        municipality.set(d.municipality());
        municipalityText.set(d.municipality().label());
        further.setAll(d.furtherMunicipalities());
        department.set(nullToEmpty(d.department()));
        email.set(nullToEmpty(d.email()));
        phone.set(nullToEmpty(d.phone()));
        status.set(d.status());
        sinceText.set(Formats.date(d.since()));
        untilText.set(Formats.date(d.until()));
    }

    /** The change to hand to the service; call only when {@link #canSaveBinding()} is true. */
    public NavigatorChange change() {
        NavigatorDetails d = details.get();
        return new NavigatorChange(d == null ? null : d.id(), d == null ? 0 : d.version(), firstName.get(),
                lastName.get(), municipality.get() == null ? null : municipality.get().id(),
                further.stream().map(MunicipalityOption::id).toList(), department.get(), email.get(), phone.get(),
                status.get(), date(sinceText).orElse(null), date(untilText).orElse(null));
    }

    private void validate() {
        if (!editing()) {
            violations.clear();
            return;
        }
        List<Violation> found = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        boolean unknownPlace = municipality.get() == null && !Checks.isBlank(municipalityText.get());
        if (unknownPlace) {
            found.add(new Violation("people.field.municipality", "peopleui.validation.pickMunicipality"));
            reported.add("people.field.municipality");
        }
        unreadable(found, reported, sinceText, "people.field.since");
        unreadable(found, reported, untilText, "people.field.until");
        for (Violation v : change().validate(municipalitiesById::get)) {
            // what is already reported as unreadable is not also reported as missing
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

    private void updateCandidates() {
        MunicipalityOption main = municipality.get();
        Set<MunicipalityOption> out = new LinkedHashSet<>();
        if (main != null && main.associationId() != null) {
            for (MunicipalityOption m : municipalities) {
                if (m.sameAssociationAs(main) && m.id() != main.id() && !m.dissolved()) {
                    out.add(m);
                }
            }
        }
        // chosen ones stay visible even when they no longer fit, so that they can be removed
        for (MunicipalityOption m : further) {
            if (main == null || m.id() != main.id()) {
                out.add(m);
            }
        }
        List<MunicipalityOption> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(MunicipalityOption::name));
        if (!sorted.equals(furtherCandidates)) {
            furtherCandidates.setAll(sorted);
        }
    }

    private String furtherHintText() {
        MunicipalityOption main = municipality.get();
        if (main == null) {
            return I18n.text("peopleui.further.pickFirst");
        }
        if (main.associationId() == null) {
            return I18n.text("peopleui.further.noAssociation", main.name());
        }
        return I18n.text("peopleui.further.association", main.associationName());
    }

    private boolean editing() {
        return creating.get() || details.get() != null;
    }

    private boolean isDirty() {
        NavigatorDetails d = details.get();
        if (d == null) {
            if (!creating.get()) {
                return false;
            }
            return !Checks.isBlank(firstName.get()) || !Checks.isBlank(lastName.get())
                    || !Checks.isBlank(municipalityText.get()) || !further.isEmpty()
                    || !Checks.isBlank(department.get()) || !Checks.isBlank(email.get())
                    || !Checks.isBlank(phone.get()) || status.get() != NavigatorStatus.IN_QUALIFIZIERUNG
                    || !Objects.equals(date(sinceText).orElse(null), today()) || !Checks.isBlank(untilText.get());
        }
        return !same(firstName.get(), d.firstName()) || !same(lastName.get(), d.lastName())
                || !sameMunicipality(d) || !new HashSet<>(further).equals(new HashSet<>(d.furtherMunicipalities()))
                || !same(department.get(), d.department()) || !same(email.get(), d.email())
                || !same(phone.get(), d.phone()) || status.get() != d.status()
                || !sameDate(sinceText, d.since()) || !sameDate(untilText, d.until());
    }

    private boolean sameMunicipality(NavigatorDetails d) {
        return municipality.get() != null ? municipality.get().id() == d.municipality().id()
                : Objects.equals(Checks.clean(municipalityText.get()), d.municipality().label());
    }

    private static boolean sameDate(StringProperty text, LocalDate stored) {
        Optional<LocalDate> typed = date(text);
        return typed.isPresent() ? typed.get().equals(stored)
                : Checks.isBlank(text.get()) && stored == null;
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

    /** All violations as one text, one per line; empty when the input is fine. */
    public String violationText() {
        return String.join("\n", violations.stream().map(Violation::message).toList());
    }

    /** Adds or removes a further municipality (the form's check boxes). */
    public void setFurther(MunicipalityOption m, boolean served) {
        if (served && !further.contains(m)) {
            further.add(m);
        } else if (!served) {
            further.remove(m);
        }
    }

    /** Whether the shown navigator may be deactivated now: stored, not inactive, nothing unsaved. */
    public boolean canDeactivate() {
        NavigatorDetails d = details.get();
        return d != null && d.status() != NavigatorStatus.INAKTIV && !isDirty() && !busy.get();
    }

    /** Whether the shown navigator may be deleted: stored and without any history. */
    public boolean canDelete() {
        NavigatorDetails d = details.get();
        return d != null && d.history().isEmpty() && !busy.get();
    }

    public ObjectProperty<NavigatorDetails> detailsProperty() {
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

    public ObjectProperty<MunicipalityOption> municipalityProperty() {
        return municipality;
    }

    public StringProperty municipalityTextProperty() {
        return municipalityText;
    }

    public ObservableList<MunicipalityOption> further() {
        return further;
    }

    /** The municipalities offered as further ones: the association's others, and any chosen. */
    public ObservableList<MunicipalityOption> furtherCandidates() {
        return furtherCandidates;
    }

    public StringBinding furtherHint() {
        return furtherHint;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<NavigatorStatus> statusProperty() {
        return status;
    }

    public StringProperty sinceTextProperty() {
        return sinceText;
    }

    public StringProperty untilTextProperty() {
        return untilText;
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
}
