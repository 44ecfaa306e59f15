package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.coaching.CoachingQueries;
import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The view models of the area Betreuung, built from what the area reads and writes through; the
 * views only lay out and bind them.
 */
public final class CoachingAreaModels {

    /** What the area reads and writes through. */
    public record Sources(CoachingQueries coaching, CoachingService service, CoachQueries coaches,
            NavigatorQueries navigators, MunicipalityQueries municipalities) {
    }

    private final Sources sources;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Clock clock;
    private final Consumer<String> status;
    final BoardViewModel board;
    final CoverageViewModel coverage;
    final SessionViewModel sessions;

    /**
     * @param changed called after the area wrote something (other areas read again)
     */
    public CoachingAreaModels(Sources s, BackgroundTasks tasks, DialogService dialogs, Clock clock, Runnable changed,
            Consumer<String> status) {
        this.sources = s;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.status = status;
        board = new BoardViewModel(s.coaching(), s.service(), tasks, dialogs, clock);
        board.setOnChanged(changed);
        board.setStatusMessage(status);
        coverage = new CoverageViewModel(s.coaching(), tasks, dialogs, clock);
        sessions = new SessionViewModel(s.coaching(), s.service(), s.coaches(), s.municipalities(), s.navigators(),
                tasks, dialogs, clock);
        sessions.setOnChanged(changed);
        sessions.setStatusMessage(status);
    }

    /** The model of the dialog "Lotse zuweisen" for the navigator {@code shown}. */
    AssignCoachViewModel assign(ObjectProperty<NavigatorDetails> shown, SimpleBooleanProperty busy) {
        AssignCoachViewModel m = new AssignCoachViewModel(sources.coaches(), sources.service(), tasks, dialogs, clock,
                shown, busy);
        m.setStatusMessage(status);
        return m;
    }

    NavigatorQueries navigators() {
        return sources.navigators();
    }
}
