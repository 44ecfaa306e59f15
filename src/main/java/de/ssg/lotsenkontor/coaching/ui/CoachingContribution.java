package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.ui.NavigatorFormExtension;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * What coaching adds to the navigator form of the people feature: the button "Lotse zuweisen …",
 * bound to an {@link AssignCoachViewModel}. Wired by the app as the form's
 * {@link NavigatorFormExtension}.
 */
public final class CoachingContribution implements NavigatorFormExtension {

    private final CoachQueries coaches;
    private final CoachingService coaching;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Consumer<String> statusMessage;
    private final String stylesheet;
    private AssignCoachViewModel model;

    /** @param stylesheet the stylesheet of the form the dialog's content should look like, or null */
    public CoachingContribution(CoachQueries coaches, CoachingService coaching, BackgroundTasks tasks,
            DialogService dialogs, Clock clock, Consumer<String> statusMessage, String stylesheet) {
        this.coaches = coaches;
        this.coaching = coaching;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.statusMessage = statusMessage;
        this.stylesheet = stylesheet;
    }

    @Override
    public Node create(ObservableValue<NavigatorDetails> shown, ObservableBooleanValue busy, Runnable changed) {
        model = new AssignCoachViewModel(coaches, coaching, tasks, dialogs, clock, shown, busy);
        model.setForm(new AssignCoachDialog(dialogs, stylesheet));
        model.setOnChanged(changed);
        model.setStatusMessage(statusMessage);
        Button assign = new Button(I18n.text("coachingui.button.assignCoach"), new FontIcon(Material2AL.ASSIGNMENT_IND));
        assign.setId("navAssignCoach");
        assign.setMinWidth(Region.USE_PREF_SIZE);
        assign.setTooltip(new Tooltip(I18n.text("coachingui.assign.title")));
        assign.disableProperty().bind(model.assignCommand().canRunBinding().not());
        assign.setOnAction(e -> model.assignCommand().run());
        return assign;
    }

    /** The view model of the last form built (tests drive it). */
    public AssignCoachViewModel model() {
        return model;
    }
}
