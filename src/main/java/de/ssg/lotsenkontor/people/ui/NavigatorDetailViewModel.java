package de.ssg.lotsenkontor.people.ui;

import static de.ssg.lotsenkontor.ui.TypedText.orEmpty;
import static de.ssg.lotsenkontor.ui.TypedText.same;
import static de.ssg.lotsenkontor.ui.TypedText.sameDate;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.ui.DetailFormModel;
import de.ssg.lotsenkontor.ui.InputCheck;
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
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
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
public class NavigatorDetailViewModel extends DetailFormModel<NavigatorDetails> implements PersonForm {

    private final Clock clock;
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
    private final StringBinding title;
    private final StringBinding furtherHint;
    private Map<Long, MunicipalityOption> municipalitiesById = Map.of();
    private List<MunicipalityOption> municipalities = List.of();

    public NavigatorDetailViewModel(Clock clock) {
        this.clock = clock;
        watch(firstName, lastName, municipality, municipalityText, further, department, email, phone, status,
                sinceText, untilText);
        municipality.addListener((obs, old, now) -> {
            if (now != null && !now.label().equals(municipalityText.get())) {
                municipalityText.set(now.label());
            }
            updateCandidates();
        });
        further.addListener((Observable o) -> updateCandidates());
        // choosing "inaktiv" suggests today as the last day, unless the user typed one
        status.addListener((obs, old, now) -> {
            if (!isReverting() && now == NavigatorStatus.INAKTIV && Checks.isBlank(untilText.get())) {
                untilText.set(Formats.date(today()));
            }
        });
        title = Bindings.createStringBinding(() -> details() != null ? details().fullName()
                : I18n.text("peopleui.navigator.newTitle"), detailsProperty());
        furtherHint = Bindings.createStringBinding(this::furtherHintText, municipality);
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
        MunicipalityOption current = details() == null ? null : details().municipality();
        return municipalities.stream().filter(m -> !m.dissolved() || (current != null && m.id() == current.id()))
                .toList();
    }

    /** A new navigator is in qualification, since today. */
    @Override
    protected void fill(NavigatorDetails d) {
        if (d == null) {
            firstName.set("");
            lastName.set("");
            municipality.set(null);
            municipalityText.set("");
            further.clear();
            department.set("");
            email.set("");
            phone.set("");
            status.set(creatingProperty().get() ? NavigatorStatus.IN_QUALIFIZIERUNG : null);
            sinceText.set(creatingProperty().get() ? Formats.date(today()) : "");
            untilText.set("");
            return;
        }
        firstName.set(d.firstName());
        lastName.set(d.lastName());
        municipality.set(d.municipality());
        municipalityText.set(d.municipality().label());
        further.setAll(d.furtherMunicipalities());
        department.set(orEmpty(d.department()));
        email.set(orEmpty(d.email()));
        phone.set(orEmpty(d.phone()));
        status.set(d.status());
        sinceText.set(Formats.date(d.since()));
        untilText.set(Formats.date(d.until()));
    }

    /** The change to hand to the service; call only when {@link #canSaveBinding()} is true. */
    public NavigatorChange change() {
        NavigatorDetails d = details();
        return new NavigatorChange(d == null ? null : d.id(), d == null ? 0 : d.version(), firstName.get(),
                lastName.get(), municipality.get() == null ? null : municipality.get().id(),
                further.stream().map(MunicipalityOption::id).toList(), department.get(), email.get(), phone.get(),
                status.get(), Formats.parseDate(sinceText.get()).orElse(null),
                Formats.parseDate(untilText.get()).orElse(null));
    }

    @Override
    protected List<Violation> findViolations() {
        InputCheck check = new InputCheck();
        if (municipality.get() == null && !Checks.isBlank(municipalityText.get())) {
            check.unreadable("people.field.municipality", "peopleui.validation.pickMunicipality");
        }
        check.date(sinceText.get(), "people.field.since");
        check.date(untilText.get(), "people.field.until");
        return check.andRules(change().validate(municipalitiesById::get));
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

    @Override
    protected boolean differsFromNew() {
        return !Checks.isBlank(firstName.get()) || !Checks.isBlank(lastName.get())
                || !Checks.isBlank(municipalityText.get()) || !further.isEmpty()
                || !Checks.isBlank(department.get()) || !Checks.isBlank(email.get())
                || !Checks.isBlank(phone.get()) || status.get() != NavigatorStatus.IN_QUALIFIZIERUNG
                || !Objects.equals(Formats.parseDate(sinceText.get()).orElse(null), today())
                || !Checks.isBlank(untilText.get());
    }

    @Override
    protected boolean differsFrom(NavigatorDetails d) {
        return !same(firstName.get(), d.firstName()) || !same(lastName.get(), d.lastName())
                || !sameMunicipality(d) || !new HashSet<>(further).equals(new HashSet<>(d.furtherMunicipalities()))
                || !same(department.get(), d.department()) || !same(email.get(), d.email())
                || !same(phone.get(), d.phone()) || status.get() != d.status()
                || !sameDate(sinceText.get(), d.since()) || !sameDate(untilText.get(), d.until());
    }

    private boolean sameMunicipality(NavigatorDetails d) {
        return municipality.get() != null ? municipality.get().id() == d.municipality().id()
                : Objects.equals(Checks.clean(municipalityText.get()), d.municipality().label());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private NavigatorDetails details() {
        return detailsProperty().get();
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
        NavigatorDetails d = details();
        return d != null && d.status() != NavigatorStatus.INAKTIV && !isDirty() && !busyProperty().get();
    }

    /** Whether the shown navigator may be deleted: stored and without any history. */
    public boolean canDelete() {
        NavigatorDetails d = details();
        return d != null && d.history().isEmpty() && !busyProperty().get();
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

    public StringBinding title() {
        return title;
    }
}
