package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.ui.AreaView;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The area "Lotsen & Navigatoren": two tabs, Digital-Navigatoren and Digital-Lotsen, each a
 * table with search and filters beside a form. Ctrl+N starts a new entry, Ctrl+S saves,
 * Ctrl+F searches, in whichever tab is shown.
 */
public final class PeopleView implements AreaView {

    /** What the area needs of each tab. */
    interface TabContent {
        Node node();

        void newItem();

        void saveIfPossible();

        void focusSearch();

        void setOnChange(Runnable onChange);

        void markStale();

        void reloadIfStale();
    }

    public static final String STYLESHEET = PeopleView.class.getResource("people.css").toExternalForm();
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final NavigatorView navigators;
    private final CoachView coaches;
    private final Map<KeyCombination, Runnable> shortcuts;

    /**
     * @param importFlows the navigator import, given what to do after it applied
     * @param coaching what the coaching feature adds to the navigator form ("Lotse zuweisen")
     */
    public PeopleView(NavigatorViewModel navigatorModel, CoachViewModel coachModel,
            Function<Runnable, NavigatorImportFlow> importFlows, NavigatorFormExtension coaching, BackgroundTasks tasks,
            DialogService dialogs, Clock clock, Consumer<String> statusMessage) {
        navigators = new NavigatorView(navigatorModel, importFlows, coaching, tasks, dialogs, clock);
        coaches = new CoachView(coachModel, tasks, dialogs, clock);
        navigators.setStatusMessage(statusMessage);
        coaches.setStatusMessage(statusMessage);
        // what one tab writes, the other shows too (assignments, counts, names): read again when shown
        navigators.setOnChange(coaches::markStale);
        coaches.setOnChange(navigators::markStale);

        Tab navigatorTab = new Tab(I18n.text("peopleui.tab.navigators"),
                navigators.node());
        navigatorTab.setId("tabNavigators");
        navigatorTab.setGraphic(new FontIcon(Material2MZ.PERSON));
        Tab coachTab = new Tab(I18n.text("peopleui.tab.coaches"),
                coaches.node());
        coachTab.setId("tabCoaches");
        coachTab.setGraphic(new FontIcon(Material2AL.ASSIGNMENT_IND));
        tabs.getTabs().setAll(navigatorTab, coachTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> current().reloadIfStale());

        root.setId("peopleView");
        root.getStylesheets().add(STYLESHEET);
        root.setCenter(tabs);
        shortcuts = Map.of(NEW, () -> current().newItem(), SAVE, () -> current().saveIfPossible(),
                FIND, () -> current().focusSearch());
    }

    /** Ctrl+N, Ctrl+S, Ctrl+F for whichever tab is shown; the shell installs them while the area is shown. */
    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return shortcuts;
    }

    @Override
    public void markStale() {
        navigators.markStale();
        coaches.markStale();
    }

    @Override
    public void reloadIfStale() {
        current().reloadIfStale();
    }

    private TabContent current() {
        return tabs.getSelectionModel().getSelectedIndex() == 1 ? coaches : navigators;
    }

    @Override
    public Node node() {
        return root;
    }

    public NavigatorView navigators() {
        return navigators;
    }

    public CoachView coaches() {
        return coaches;
    }

    /** Shows the navigator tab and asks for a list of navigators to import. */
    public void startNavigatorImport() {
        tabs.getSelectionModel().select(0);
        navigators.startImport();
    }

    /** Reads everything again, e.g. after demo data was created. */
    @Override
    public void reload() {
        navigators.reload();
        coaches.reload();
    }
}
