package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The app shell: menu bar, navigation between the areas, the current area's view and the status
 * bar. It shows at once; areas get their views when the database is open ({@link #attach}).
 */
public final class MainWindow {

    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox navigation = new VBox(2);
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, Area> areas = new LinkedHashMap<>();
    private final Map<String, AreaView> views = new HashMap<>();
    private AreaView shown;
    private static final String STYLESHEET = MainWindow.class.getResource("/de/ssg/lotsenkontor/ui/lotsenkontor.css")
            .toExternalForm();

    private final StatusBar statusBar;
    private final List<Area> areaList;
    private boolean attached;
    private String selected;

    public MainWindow(Stage stage, BackgroundTasks tasks, List<Area> areaList, List<Menu> menus) {
        this.stage = stage;
        this.statusBar = new StatusBar(tasks);
        root.setId("mainWindow");
        MenuBar menuBar = new MenuBar();
        menuBar.getMenus().addAll(menus);
        root.setTop(menuBar);

        navigation.getStyleClass().add("navigation");
        navigation.setId("navigation");
        navigation.setPadding(new Insets(12, 8, 12, 8));
        navigation.setPrefWidth(240);
        navigation.setMinWidth(Region.USE_PREF_SIZE);
        for (Area area : areaList) {
            areas.put(area.id(), area);
            ToggleButton button = new ToggleButton(area.title(), new FontIcon(area.icon()));
            button.setId("nav-" + area.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().addAll("flat", "nav-button");
            button.setUserData(area.id());
            if (area.shortcut() != null) {
                button.setTooltip(new Tooltip(area.shortcut().getDisplayText()));
            }
            navigation.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one area is always selected
            } else {
                show((String) now.getUserData());
            }
        });
        root.setLeft(navigation);
        content.getStyleClass().add("area-content");
        content.setId("areaContent");
        root.setCenter(content);
        root.setBottom(statusBar.node());

        this.areaList = List.copyOf(areaList);
    }

    /**
     * Puts the shell into the stage's scene, replacing whatever the scene showed while starting
     * (or creating the scene when there is none).
     */
    public void install() {
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(root, 1280, 800);
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
        }
        scene.getStylesheets().add(STYLESHEET);
        for (Area area : areaList) {
            if (area.shortcut() != null) {
                scene.getAccelerators().put(area.shortcut(), () -> select(area.id()));
            }
        }
        stage.setTitle(I18n.text("ui.app.title"));
    }

    /**
     * Prepares the window before it is first shown: a nearly empty content (so that it can show
     * before the shell is built), its size (most of the screen, at most 1600 × 1000) and the
     * smallest size the shell still works in.
     */
    public static void prepareStage(Stage stage, Rectangle2D screen) {
        Label label = new Label(I18n.text("ui.status.starting"));
        label.getStyleClass().add("title-3");
        double width = Math.min(1600, screen.getWidth() * 0.94);
        double height = Math.min(1000, screen.getHeight() * 0.94);
        stage.setScene(new Scene(new StackPane(label), width, height));
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(620, screen.getHeight()));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setTitle(I18n.text("ui.app.title"));
    }

    public Stage stage() {
        return stage;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    /** Selects an area (its navigation button and its view). */
    public void select(String areaId) {
        for (var toggle : group.getToggles()) {
            if (areaId.equals(toggle.getUserData())) {
                group.selectToggle(toggle);
                return;
            }
        }
    }

    /** Until the database is open, every area shows this. */
    public void showLoading(String text) {
        content.getChildren().setAll(PlaceholderView.loading(text));
    }

    /** Shows something in place of every area, e.g. why the database could not be opened. */
    public void showBlocked(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(640);
        label.setId("blockedMessage");
        content.getChildren().setAll(label);
        navigation.setDisable(true);
    }

    /** The database is open: areas may build their views now. */
    public void attach() {
        attached = true;
        if (selected != null) {
            show(selected);
        }
    }

    private void show(String areaId) {
        selected = areaId;
        if (!attached) {
            return;
        }
        AreaView view = views.computeIfAbsent(areaId, id -> areas.get(id).view().get());
        Scene scene = stage.getScene();
        if (shown != null && shown != view && scene != null) {
            shown.shortcuts().forEach((key, action) -> scene.getAccelerators().remove(key, action));
        }
        shown = view;
        if (scene != null) {
            scene.getAccelerators().putAll(view.shortcuts());
        }
        content.getChildren().setAll(view.node());
        view.reloadIfStale();
    }

    public BorderPane root() {
        return root;
    }
}
