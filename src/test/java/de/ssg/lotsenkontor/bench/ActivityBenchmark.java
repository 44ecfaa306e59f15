package de.ssg.lotsenkontor.bench;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.events.ui.EventChoices;
import de.ssg.lotsenkontor.events.ui.EventsView;
import de.ssg.lotsenkontor.events.ui.EventsViewModel;
import de.ssg.lotsenkontor.overview.Sachbericht;
import de.ssg.lotsenkontor.projects.ui.ProjectsView;
import de.ssg.lotsenkontor.projects.ui.ProjectsViewModel;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.ui.PrintActions;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * How long the events list and the project board take to open (from building the view until its
 * rows are read and laid out), and how long the Sachbericht figures of a year take to compute, on
 * a real database filled by {@code demo --scale 100}. Started by {@code src/bench/activity.sh}.
 */
public final class ActivityBenchmark {

    private ActivityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        I18n.setLocale(Locale.GERMAN);
        AppContext c = AppContext.open(DataPaths.of(Path.of(args[0])));
        c.database().startMapping();
        c.database().ready().join();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        BackgroundTasks tasks = new BackgroundTasks();
        running = tasks;
        Stage[] stage = new Stage[1];
        StackPane root = new StackPane();
        onFx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(root, 1366, 768));
            stage[0].show();
        });
        DialogService dialogs = new DialogService(() -> stage[0], c.paths().logs());

        System.out.printf(Locale.ROOT, "events: %d, projects: %d%n", c.eventQueries().events().size(),
                c.projectQueries().projects().size());
        time("events list opens", root, () -> {
            EventsViewModel model = new EventsViewModel(c.eventQueries(), c.events(),
                    () -> new EventChoices(c.eventQueries().events(), c.eventQueries().modules(), c.coachQueries().options(),
                            c.municipalityQueries().districts()),
                    () -> new EventChoices.People(c.navigatorQueries().list(), c.municipalityQueries().options()),
                    tasks, (t, m, b) -> false, Throwable::printStackTrace, c.clock());
            return new Opened(new EventsView(model, dialogs, new PrintActions(tasks, dialogs)).node(), model.loadCommand().busyProperty());
        });
        time("project board opens", root, () -> {
            ProjectsViewModel model = new ProjectsViewModel(c.projectQueries(), c.projects(),
                    () -> new ProjectsViewModel.Data(c.projectQueries().projects(), c.municipalityQueries().districts(),
                            c.coachQueries().options()),
                    tasks, (t, m, b) -> false, Throwable::printStackTrace, c.clock());
            return new Opened(new ProjectsView(model, dialogs, new PrintActions(tasks, dialogs)).node(), model.loadCommand().busyProperty());
        });

        var districts = c.municipalityQueries().districts();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            long start = System.nanoTime();
            Sachbericht.Result r = c.sachbericht().compute(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                    districts, null);
            millis.add((System.nanoTime() - start) / 1e6);
            if (i == 0) {
                System.out.printf(Locale.ROOT, "Sachbericht 2025: %d sessions, %d events, %d participations%n",
                        r.total().coaching().sessions(), r.total().events().events(), r.total().events().participants());
            }
        }
        report("Sachbericht figures of a year (14 rows, all districts)", millis.subList(3, millis.size()));
        tasks.shutdown();
        c.close();
        Platform.exit();
    }

    private record Opened(Node node, BooleanProperty loading) {
    }

    private static BackgroundTasks running;

    private static BackgroundTasks tasksOf(StackPane root) {
        return running;
    }

    private static boolean busy(BackgroundTasks tasks) throws Exception {
        boolean[] busy = new boolean[1];
        onFx(() -> busy[0] = !tasks.running().isEmpty());
        return busy[0];
    }

    /** Builds the view, shows it, waits until its load command is done and one layout pass ran. */
    private static void time(String what, StackPane root, Supplier<Opened> view) throws Exception {
        List<Double> millis = new ArrayList<>();
        List<Double> followUps = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            CountDownLatch done = new CountDownLatch(1);
            long[] start = new long[1];
            long[] built = new long[3];
            onFx(() -> {
                start[0] = System.nanoTime();
                Opened opened = view.get();
                root.getChildren().setAll(opened.node());
                built[0] = System.nanoTime();
                Runnable finish = () -> {
                    built[1] = System.nanoTime();
                    Parent p = root.getScene().getRoot();
                    p.applyCss();
                    p.layout();
                    built[2] = System.nanoTime(); // the rows are on screen: the list is open
                    done.countDown();
                };
                if (!opened.loading().get()) {
                    finish.run();
                } else {
                    opened.loading().addListener((o, was, is) -> {
                        if (!is) {
                            Platform.runLater(finish);
                        }
                    });
                }
            });
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(what + ": not loaded");
            }
            // the next round starts when the follow-up reads of this one (people for the forms) are done
            for (int wait = 0; wait < 600 && busy(tasksOf(root)); wait++) {
                Thread.sleep(100);
            }
            long end = System.nanoTime();
            millis.add((built[2] - start[0]) / 1e6);
            followUps.add((end - start[0]) / 1e6);
            if (System.getProperty("bench.detail") != null) {
                System.out.printf(Locale.ROOT, "  %s: build %.0f ms, read %.0f ms, layout %.0f ms%n", what,
                        (built[0] - start[0]) / 1e6, (built[1] - built[0]) / 1e6, (end - built[1]) / 1e6);
            }
        }
        report(what, millis.subList(1, millis.size())); // the first round pays for class loading
        // what only the forms need (the people to register, the qualification) is read after the rows show
        report(what + ", with the follow-up reads for the forms", followUps.subList(1, followUps.size()));
    }

    private static void report(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: median %.0f ms, min %.0f ms, max %.0f ms (%d runs)%n", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static void onFx(Runnable action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await(60, TimeUnit.SECONDS);
    }
}
