package de.ssg.lotsenkontor.events.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.events.EventQueries;
import de.ssg.lotsenkontor.events.EventService;
import de.ssg.lotsenkontor.events.QualificationRow;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.Command.Confirmation;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * The basic qualification of the navigator the people feature's form shows: the required modules
 * completed and missing, the day it was completed, and — for a navigator still "in
 * Qualifizierung" who has them all — the change to "aktiv", only after the office confirmed it.
 * Read in the background whenever another navigator is shown.
 */
public final class NavigatorQualificationModel {

    private final EventQueries queries;
    private final EventService service;
    private final TaskRunner runner;
    private final Confirmation confirmation;
    private final Consumer<Throwable> failure;
    private final ObservableValue<NavigatorDetails> shown;
    private final ObjectProperty<QualificationRow> progress = new SimpleObjectProperty<>();
    private final StringProperty completed = new SimpleStringProperty("");
    private final StringProperty missing = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final BooleanBinding offered = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> progress.get() != null && progress.get().canBecomeActive(), progress);
    private final Command activate;
    private Runnable changed = () -> { };

    public NavigatorQualificationModel(EventQueries queries, EventService service, TaskRunner runner,
            Confirmation confirmation, Consumer<Throwable> failure, ObservableValue<NavigatorDetails> shown,
            ObservableBooleanValue formBusy) {
        this.queries = queries;
        this.service = service;
        this.runner = runner;
        this.confirmation = confirmation;
        this.failure = failure;
        this.shown = shown;
        this.activate = new Command(offered.and(javafx.beans.binding.Bindings.not(formBusy)));
        shown.addListener((o, was, is) -> {
            if (is == null || was == null || is.id() != was.id() || is.version() != was.version()) {
                read();
            }
        });
        read();
    }

    /** Called after the change to "aktiv", so that the form reads the navigator again. */
    public void setOnChanged(Runnable changed) {
        this.changed = changed;
    }

    /** Reads the shown navigator's progress again. */
    public void read() {
        NavigatorDetails d = shown.getValue();
        if (d == null) {
            show(null);
            return;
        }
        long id = d.id();
        runner.run(I18n.text("events.ui.loading"), p -> queries.qualificationOf(id), row -> {
            NavigatorDetails now = shown.getValue();
            if (now != null && now.id() == row.navigatorId()) {
                show(row);
            }
        }, failure);
    }

    private void show(QualificationRow row) {
        progress.set(row);
        if (row == null) {
            completed.set("");
            missing.set("");
            state.set("");
            return;
        }
        String none = I18n.text("events.ui.qualificationNone");
        completed.set(row.completed().isEmpty() ? none : String.join(", ", row.completed()));
        missing.set(row.missing().isEmpty() ? none : String.join(", ", row.missing()));
        state.set(row.complete() ? I18n.text("events.ui.qualificationCompleteOn", Formats.date(row.completedOn()))
                : I18n.text("events.ui.qualificationOpen", row.completed().size(),
                        row.completed().size() + row.missing().size()));
    }

    /** Asks first; then changes the navigator from "in Qualifizierung" to "aktiv". */
    public void activate() {
        QualificationRow row = progress.get();
        if (row == null || !row.canBecomeActive()) {
            return;
        }
        if (!confirmation.confirm(I18n.text("events.ui.activateTitle"),
                I18n.text("events.ui.activateQuestion", row.fullName()), I18n.text("events.ui.activate"))) {
            return;
        }
        activate.execute(runner, I18n.text("events.ui.saving"),
                p -> service.activateQualified(row.navigatorId(), row.navigatorVersion()), d -> changed.run(), failure);
    }

    public ObjectProperty<QualificationRow> progressProperty() {
        return progress;
    }

    public StringProperty completedProperty() {
        return completed;
    }

    public StringProperty missingProperty() {
        return missing;
    }

    public StringProperty stateProperty() {
        return state;
    }

    public BooleanBinding offeredBinding() {
        return offered;
    }

    public Command activateCommand() {
        return activate;
    }
}
