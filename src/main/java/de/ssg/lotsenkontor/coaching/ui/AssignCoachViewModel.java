package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachSuggestion;
import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.CoachingPeriod;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Lotse zuweisen" for the navigator the form shows: the command (enabled for a stored navigator
 * who has not left, while nothing else is written), the choices with the proposed coach, the
 * start day, the warnings, and the assignment through {@link CoachingService}. The form itself is
 * shown through the {@link Form} port. Needs no toolkit.
 */
public class AssignCoachViewModel {

    /** Shows the assignment form bound to this view model; true when the user confirms. */
    @FunctionalInterface
    public interface Form {
        boolean show(AssignCoachViewModel model);
    }

    private final CoachQueries coaches;
    private final CoachingService coaching;
    private final TaskRunner tasks;
    private final DialogPort dialogs;
    private final Clock clock;
    private final ObservableValue<NavigatorDetails> shown;
    private final ObservableList<CoachOption> choices = FXCollections.observableArrayList();
    private final ObjectProperty<CoachOption> coach = new SimpleObjectProperty<>();
    private final StringProperty fromText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding invalid;
    private final StringBinding warning;
    private final Command assign;
    private Form form = model -> false;
    private Runnable changed = () -> { };
    private Consumer<String> statusMessage = text -> { };
    private NavigatorDetails navigator;

    /**
     * @param shown     the navigator the form shows (null while none or a new one)
     * @param formBusy  true while the navigator form writes
     */
    public AssignCoachViewModel(CoachQueries coaches, CoachingService coaching, TaskRunner tasks, DialogPort dialogs,
            Clock clock, ObservableValue<NavigatorDetails> shown, ObservableBooleanValue formBusy) {
        this.coaches = coaches;
        this.coaching = coaching;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.shown = shown;
        BooleanBinding enabled = Bindings.createBooleanBinding(() -> {
            NavigatorDetails d = shown.getValue();
            return d != null && d.status() != NavigatorStatus.INAKTIV && !formBusy.get();
        }, shown, formBusy);
        this.assign = new Command(enabled, busy, this::start);
        this.invalid = Bindings.createBooleanBinding(() -> coach.get() == null
                || Formats.parseDate(fromText.get()).isEmpty(), coach, fromText);
        this.warning = Bindings.createStringBinding(() -> {
            CoachOption o = coach.get();
            return o != null && o.full() ? I18n.text("coachingui.assign.full", o.name(), o.currentNavigators(),
                    o.capacity()) : "";
        }, coach);
    }

    public void setForm(Form form) {
        this.form = form;
    }

    /** Called after an assignment was written, so that the navigator form and table read it again. */
    public void setOnChanged(Runnable changed) {
        this.changed = changed;
    }

    public void setStatusMessage(Consumer<String> statusMessage) {
        this.statusMessage = statusMessage;
    }

    /** "Lotse zuweisen …": reads the coaches, asks through the form, assigns. */
    public Command assignCommand() {
        return assign;
    }

    private void start() {
        NavigatorDetails d = shown.getValue();
        if (d == null) {
            return;
        }
        busy.set(true);
        tasks.run(I18n.text("peopleui.coach.loading"), progress -> coaches.options(), options -> {
            busy.set(false);
            ask(d, CoachSuggestion.assignable(options));
        }, error -> {
            busy.set(false);
            dialogs.showFailure(I18n.text("coachingui.assign.failed"), error);
        });
    }

    /** Prepares the form for navigator {@code d} with {@code options}, asks, and assigns when confirmed. */
    void ask(NavigatorDetails d, List<CoachOption> options) {
        if (options.isEmpty()) {
            dialogs.showInfo(I18n.text("coachingui.assign.title"), I18n.text("coachingui.assign.noCoaches"));
            return;
        }
        navigator = d;
        choices.setAll(options);
        CoachingPeriod current = d.currentAssignment();
        coach.set(CoachSuggestion.propose(options, d.municipality().districtKey(),
                current == null ? null : current.coachId()).orElse(null));
        LocalDate today = LocalDate.now(clock);
        fromText.set(Formats.date(today.isBefore(d.since()) ? d.since() : today));
        if (form.show(this)) {
            confirm();
        }
    }

    /** Assigns the chosen coach from the typed day on (the form was confirmed). */
    void confirm() {
        NavigatorDetails d = navigator;
        CoachOption chosen = coach.get();
        Optional<LocalDate> start = Formats.parseDate(fromText.get());
        if (d == null || chosen == null || start.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.run(I18n.text("coachingui.assign.running"), progress -> coaching.assign(chosen.id(), d.id(),
                start.get(), null), id -> {
                    busy.set(false);
                    statusMessage.accept(I18n.text("coachingui.assign.done", d.fullName(), chosen.name()));
                    changed.run();
                }, error -> {
                    busy.set(false);
                    dialogs.showFailure(I18n.text("coachingui.assign.failed"), error);
                });
    }

    /** The navigator being assigned. */
    public NavigatorDetails navigator() {
        return navigator;
    }

    public ObservableList<CoachOption> choices() {
        return choices;
    }

    public ObjectProperty<CoachOption> coachProperty() {
        return coach;
    }

    public StringProperty fromTextProperty() {
        return fromText;
    }

    /** True while the form cannot be confirmed: no coach, or no readable day. */
    public BooleanBinding invalidBinding() {
        return invalid;
    }

    /** Why the chosen coach may be too busy; empty when not. */
    public StringBinding warning() {
        return warning;
    }

    /** What the assignment does to the running one. */
    public String info() {
        CoachingPeriod current = navigator == null ? null : navigator.currentAssignment();
        return current == null ? I18n.text("coachingui.assign.info")
                : I18n.text("coachingui.assign.replaces", current.coachName());
    }

    /** How a coach reads in the choice: with their load, and the focus when it is the navigator's district. */
    public String label(CoachOption o) {
        if (o == null) {
            return "";
        }
        String district = navigator == null ? null : navigator.municipality().districtKey();
        return district != null && o.focusesOn(district) ? I18n.text("coachingui.assign.withFocus", o.labelWithLoad(),
                navigator.municipality().districtName()) : o.labelWithLoad();
    }
}
