package de.ssg.lotsenkontor.overview.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.overview.ProgrammeFigures;
import de.ssg.lotsenkontor.overview.ProgrammeStatistics;
import de.ssg.lotsenkontor.ui.AreaView;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Übersicht: the programme's key figures at a glance. Offers demo data while the database holds
 * no people yet. (The full dashboard with map and charts is a later feature.)
 */
public final class OverviewView implements AreaView {

    private final ProgrammeStatistics statistics;
    private final BackgroundTasks tasks;
    private final VBox root = new VBox(16);
    private final FlowPane cards = new FlowPane(12, 12);
    private final Button demo = new Button();

    public OverviewView(ProgrammeStatistics statistics, BackgroundTasks tasks, Runnable createDemoData) {
        this.statistics = statistics;
        this.tasks = tasks;
        root.setId("overviewView");
        root.setPadding(new Insets(24));
        Label title = new Label(I18n.text("overviewui.title"));
        title.getStyleClass().add("title-2");
        demo.setText(I18n.text("ui.menu.demo"));
        demo.setId("overviewDemo");
        demo.getStyleClass().add("accent");
        demo.setOnAction(e -> createDemoData.run());
        demo.setVisible(false);
        demo.setManaged(false);
        Label hint = new Label(I18n.text("overviewui.emptyHint"));
        hint.setWrapText(true);
        hint.visibleProperty().bind(demo.visibleProperty());
        hint.managedProperty().bind(demo.managedProperty());
        root.getChildren().addAll(title, cards, hint, demo);
        reload();
    }

    public Node node() {
        return root;
    }

    public void reload() {
        tasks.run(I18n.text("overviewui.loading"), progress -> statistics.figures())
                .onSuccess(this::show)
                .start();
    }

    private void show(ProgrammeFigures f) {
        cards.getChildren().setAll(
                card("overviewui.municipalities", Formats.integer(f.municipalities())),
                card("overviewui.participating", Formats.integer(f.participatingMunicipalities())),
                card("overviewui.coaches", Formats.integer(f.coaches())),
                card("overviewui.navigators", Formats.integer(f.navigators())),
                card("overviewui.activeAssignments", Formats.integer(f.activeAssignments())),
                card("overviewui.sessions", Formats.integer(f.coachingSessions())),
                card("overviewui.events", Formats.integer(f.events())),
                card("overviewui.projects", Formats.integer(f.localProjects())),
                card("overviewui.expenseTotal", Formats.money(f.expenseTotal())));
        boolean empty = f.navigators() == 0 && f.coaches() == 0 && f.expenses() == 0;
        demo.setVisible(empty);
        demo.setManaged(empty);
    }

    private static Node card(String labelKey, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("figure-value");
        Label l = new Label(I18n.text(labelKey));
        l.getStyleClass().add("figure-label");
        VBox card = new VBox(4, v, l);
        card.getStyleClass().add("figure-card");
        card.setId("figure-" + labelKey.substring(labelKey.indexOf('.') + 1));
        return card;
    }
}
