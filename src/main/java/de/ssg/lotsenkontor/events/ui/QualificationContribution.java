package de.ssg.lotsenkontor.events.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.events.EventQueries;
import de.ssg.lotsenkontor.events.EventService;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.ui.NavigatorFormExtension;
import de.ssg.lotsenkontor.ui.Command.Confirmation;
import de.ssg.lotsenkontor.ui.Forms;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the events feature adds to the navigator form of the people feature: the section
 * "Grundqualifizierung" (modules completed and missing, the day it was completed, and the change to
 * "aktiv" when it is complete), bound to a {@link NavigatorQualificationModel}. Wired by the app as
 * one of the form's {@link NavigatorFormExtension}s.
 */
public final class QualificationContribution implements NavigatorFormExtension {

    private final EventQueries queries;
    private final EventService service;
    private final TaskRunner runner;
    private final Confirmation confirmation;
    private final Consumer<Throwable> failure;
    private NavigatorQualificationModel model;

    public QualificationContribution(EventQueries queries, EventService service, TaskRunner runner,
            Confirmation confirmation, Consumer<Throwable> failure) {
        this.queries = queries;
        this.service = service;
        this.runner = runner;
        this.confirmation = confirmation;
        this.failure = failure;
    }

    /** Nothing in the coaching section: the qualification is a section of its own. */
    @Override
    public Node create(ObservableValue<NavigatorDetails> shown, ObservableBooleanValue busy, Runnable changed) {
        Region none = new Region();
        none.setManaged(false);
        return none;
    }

    @Override
    public Node createSection(ObservableValue<NavigatorDetails> shown, ObservableBooleanValue busy,
            Runnable changed) {
        model = new NavigatorQualificationModel(queries, service, runner, confirmation, failure, shown, busy);
        model.setOnChanged(changed);
        Label state = label("navQualificationState", model.stateProperty());
        state.getStyleClass().add("text-bold");
        Label completed = label("navQualificationCompleted", model.completedProperty());
        Label missing = label("navQualificationMissing", model.missingProperty());
        GridPane grid = Forms.grid();
        grid.setPadding(javafx.geometry.Insets.EMPTY); // aligned with the sections above
        int row = 0;
        row = Forms.addWide(grid, row, state);
        row = Forms.addRow(grid, row, "events.ui.qualificationCompleted", completed);
        Forms.addRow(grid, row, "events.ui.qualificationMissing", missing);
        Button activate = new Button(I18n.text("events.ui.activate"));
        activate.setId("navActivateQualified");
        activate.setMinWidth(Region.USE_PREF_SIZE);
        activate.visibleProperty().bind(model.offeredBinding());
        activate.managedProperty().bind(activate.visibleProperty());
        activate.disableProperty().bind(model.activateCommand().canRunBinding().not());
        activate.setOnAction(e -> model.activate());
        VBox section = new VBox(8, Forms.heading("events.ui.qualificationSection"), grid, activate);
        section.setId("navQualification");
        return section;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        return l;
    }

    /** The view model of the last form built (tests drive it). */
    public NavigatorQualificationModel model() {
        return model;
    }
}
