package de.ssg.lotsenkontor.bench;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.ui.MunicipalityView;
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
 * How long one keystroke in the search field of a table takes, from the key to the laid-out
 * table: filter, sort and the table's CSS and layout pass on the FX thread. Runs the real view on
 * a real database (e.g. after {@code import-directory FILE --state all}). Started by
 * {@code src/bench/table-filter.sh}; not a unit test.
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

        MunicipalityView[] view = new MunicipalityView[1];
        Stage[] stage = new Stage[1];
        var table = context.municipalities().table();
        onFx(() -> {
            stage[0] = new Stage();
            BackgroundTasks tasks = new BackgroundTasks();
            view[0] = new MunicipalityView(context.municipalities(), tasks,
                    new DialogService(() -> stage[0], context.paths().logs()), Clock.systemDefaultZone(), table,
                    id -> List.of());
            stage[0].setScene(new Scene((Parent) view[0].node(), 1400, 900));
            stage[0].show();
            // sorted by name, as users usually look at it
            var t = view[0].table();
            t.getSortOrder().setAll(List.of(t.getColumns().get(1)));
        });
        TextField search = (TextField) stage[0].getScene().lookup("#municipalitySearch");
        int rows = view[0].table().getItems().size();

        // a user typing names and keys, correcting, and clearing the field again
        List<String> keystrokes = new ArrayList<>();
        for (String word : new String[] {"Neustadt", "Bad Sch", "0952", "Görlitz", "ober"}) {
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
                time(search, stage[0], text);
            }
        }
        List<Double> millis = new ArrayList<>();
        for (String text : keystrokes) {
            millis.add(time(search, stage[0], text));
        }
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "municipality table, %d rows, %d keystrokes: median %.1f ms, 95th percentile"
                + " %.1f ms, max %.1f ms%n", rows, millis.size(), millis.get(millis.size() / 2),
                millis.get((int) (millis.size() * 0.95)), millis.get(millis.size() - 1));
        context.close();
        Platform.exit();
    }

    /** One keystroke: set the text, then run the CSS and layout pass the next pulse would run. */
    private static double time(TextField search, Stage stage, String text) throws Exception {
        double[] result = new double[1];
        onFx(() -> {
            long start = System.nanoTime();
            search.setText(text);
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
