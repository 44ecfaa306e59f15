package de.ssg.lotsenkontor.coaching.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.ui.AreaView;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.PrintActions;
import de.ssg.lotsenkontor.ui.TableExport;
import java.time.Clock;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The area "Betreuung": tabs Zuordnung, Abdeckung and Coaching-Termine. */
public final class CoachingArea implements AreaView {

    private final TabPane tabs = new TabPane();
    private final BoardViewModel board;
    private final CoverageViewModel coverage;
    private final SessionViewModel sessions;
    private final BoardView boardView;
    private boolean stale;
    /** The session tab's data is read when the tab is first shown after a reload, not with board and coverage. */
    private boolean sessionsStale;

    /**
     * @param models     the area's view models (built by the app)
     * @param changed    called after the area wrote something (other areas read again)
     * @param stylesheet the stylesheet of the dialogs' content, or null
     */
    public CoachingArea(CoachingAreaModels models, BackgroundTasks tasks, DialogService dialogs, Clock clock,
            Runnable changed, String stylesheet) {
        TableExport export = new TableExport(tasks, dialogs, clock);
        board = models.board;
        coverage = models.coverage;
        sessions = models.sessions;
        boardView = new BoardView(board, new AssignCoachDialog(dialogs, stylesheet), models::assign,
                models.navigators(), tasks, dialogs, sessions.districts());
        boardView.assignModel().setOnChanged(() -> {
            board.load();
            changed.run();
        });
        Tab boardTab = new Tab(I18n.text("coachingui.tab.board"), boardView.node());
        boardTab.setId("tabBoard");
        Tab coverageTab = new Tab(I18n.text("coachingui.tab.coverage"), new CoverageView(coverage, export).node());
        coverageTab.setId("tabCoverage");
        Tab sessionsTab = new Tab(I18n.text("coachingui.tab.sessions"), new SessionView(sessions, export,
                new PrintActions(tasks, dialogs)).node());
        sessionsTab.setId("tabSessions");
        tabs.getTabs().setAll(boardTab, coverageTab, sessionsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("coachingTabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is == sessionsTab && sessionsStale) {
                sessionsStale = false;
                sessions.load();
            }
        });
        reload();
    }

    @Override
    public Node node() {
        return tabs;
    }

    @Override
    public void reload() {
        stale = false;
        board.load();
        coverage.load();
        if (tabs.getSelectionModel().getSelectedIndex() == 2) {
            sessions.load();
        } else {
            // the 20,000 newest sessions and their totals wait until the tab is shown: the board comes first
            sessionsStale = true;
        }
    }

    @Override
    public void markStale() {
        stale = true;
    }

    @Override
    public void reloadIfStale() {
        if (stale) {
            reload();
        }
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (tabs.getSelectionModel().getSelectedIndex() == 2) {
                sessions.saveCommand().run();
            }
        }, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (tabs.getSelectionModel().getSelectedIndex() == 2) {
                sessions.newCommand().run();
            }
        });
    }

    public TabPane tabs() {
        return tabs;
    }

    public BoardViewModel board() {
        return board;
    }

    public BoardView boardView() {
        return boardView;
    }

    public SessionViewModel sessions() {
        return sessions;
    }

    public CoverageViewModel coverage() {
        return coverage;
    }
}
