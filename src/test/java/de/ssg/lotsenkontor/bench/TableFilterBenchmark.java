package de.ssg.lotsenkontor.bench;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.ui.MunicipalityView;
import de.ssg.lotsenkontor.municipality.ui.MunicipalityViewModel;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.people.ui.NavigatorFormExtension;
import de.ssg.lotsenkontor.people.ui.NavigatorImportFlow;
import de.ssg.lotsenkontor.people.ui.NavigatorView;
import de.ssg.lotsenkontor.people.ui.NavigatorViewModel;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * How long one keystroke in a search field takes, from the key to the laid-out view: filter and
 * the CSS and layout pass on the FX thread. Runs the real municipality and navigator views on a
 * real database (every German municipality after {@code import-directory FILE --state all}, plus
 * demo navigators). Started by {@code src/bench/table-filter.sh}; not a unit test.
 */
public final class TableFilterBenchmark {

    private TableFilterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        I18n.setLocale(Locale.GERMAN);
        AppContext context = AppContext.open(DataPaths.of(Path.of(args[0])));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        var table = context.municipalityQueries().table();

        Stage[] stage = new Stage[1];
        MunicipalityView[] municipalities = new MunicipalityView[1];
        onFx(() -> {
            stage[0] = new Stage();
            BackgroundTasks tasks = new BackgroundTasks();
            DialogService dialogs = new DialogService(() -> stage[0], context.paths().logs());
            municipalities[0] = new MunicipalityView(new MunicipalityViewModel(context.municipalityQueries(),
                    context.municipalities(), tasks, dialogs, Clock.systemDefaultZone()), tasks, dialogs,
                    Clock.systemDefaultZone(), table, id -> List.of());
            stage[0].setScene(new Scene((Parent) municipalities[0].node(), 1400, 900));
            stage[0].show();
            var t = municipalities[0].table();
            t.getSortOrder().setAll(List.of(t.getColumns().get(1))); // by name, as users usually look at it
        });
        measure("municipality table", stage[0], "#municipalitySearch", municipalities[0].table().getItems().size(),
                "Neustadt", "Bad Sch", "0952", "Görlitz", "ober");

        NavigatorView[] navigators = new NavigatorView[1];
        onFx(() -> {
            BackgroundTasks tasks = new BackgroundTasks();
            DialogService dialogs = new DialogService(() -> stage[0], context.paths().logs());
            navigators[0] = new NavigatorView(new NavigatorViewModel(context.navigatorQueries(), context.navigators(),
                    tasks, dialogs, (key, first, today, title, header, text) -> java.util.Optional.empty(),
                    Clock.systemDefaultZone()), after -> new NavigatorImportFlow(context.navigatorImport(), tasks,
                    dialogs, text -> { }, after), NavigatorFormExtension.NONE, tasks,
                    dialogs, Clock.systemDefaultZone());
            stage[0].setScene(new Scene((Parent) navigators[0].node(), 1400, 900));
        });
        waitForRows(navigators[0]);
        measure("navigator table", stage[0], "#navigatorSearch", navigators[0].table().getItems().size(),
                "Lind", "Maria", "Görlitz", "kommune-dresden", "amt");
        measure("navigator municipality filter (every municipality to choose from)", stage[0],
                "#navigatorMunicipalityFilter", navigators[0].table().getItems().size(),
                "Neustadt", "Bautz", "Görl");
        context.close();
        Platform.exit();
    }

    /** Types each word letter by letter and deletes it again; prints the time per keystroke. */
    private static void measure(String what, Stage stage, String fieldId, int rows, String... words)
            throws Exception {
        TextField field = (TextField) stage.getScene().lookup(fieldId);
        List<String> keystrokes = new ArrayList<>();
        for (String word : words) {
            for (int i = 1; i <= word.length(); i++) {
                keystrokes.add(word.substring(0, i));
            }
            for (int i = word.length() - 1; i >= 0; i--) {
                keystrokes.add(word.substring(0, i));
            }
        }
        // warm-up: the first keystrokes after start pay for class loading and the JIT
        for (int round = 0; round < 3; round++) {
            for (String text : keystrokes) {
                time(field, stage, text);
            }
        }
        List<Double> millis = new ArrayList<>();
        for (String text : keystrokes) {
            millis.add(time(field, stage, text));
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "%s, %d rows, %d keystrokes: median %.1f ms, 95th percentile %.1f ms,"
                + " max %.1f ms%n", what, rows, millis.size(), millis.get(millis.size() / 2),
                millis.get((int) (millis.size() * 0.95)), millis.get(millis.size() - 1));
    }

    /** Waits until the view has its rows (it reads them in the background). */
    private static void waitForRows(NavigatorView view) throws Exception {
        CountDownLatch loaded = new CountDownLatch(1);
        onFx(() -> {
            if (view.loadedProperty().get()) {
                loaded.countDown();
            } else {
                view.loadedProperty().addListener((obs, was, is) -> loaded.countDown());
            }
        });
        if (!loaded.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("navigators not loaded");
        }
    }

    /** One keystroke: set the text, then run the CSS and layout pass the next pulse would run. */
    private static double time(TextField field, Stage stage, String text) throws Exception {
        double[] result = new double[1];
        onFx(() -> {
            long start = System.nanoTime();
            field.setText(text);
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            result[0] = (System.nanoTime() - start) / 1e6;
        });
        return result[0];
    }

    private static void onFx(Runnable action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] error = new Throwable[1];
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Throwable e) {
                error[0] = e;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread did not answer");
        }
        if (error[0] != null) {
            throw new IllegalStateException(error[0]);
        }
    }
}
