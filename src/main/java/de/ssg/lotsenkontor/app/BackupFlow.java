package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.storage.BackupManifest;
import de.ssg.lotsenkontor.storage.Backups;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.storage.Database;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups in the window: Datei → Sicherung erstellen … / Sicherung wiederherstellen …, and the
 * offer to restore the newest backup when the database file is damaged. Work runs in the
 * background with the status bar; questions go through the {@link DialogService}. After a
 * restore the program starts again on the restored database.
 */
final class BackupFlow {

    private static final Logger LOG = LoggerFactory.getLogger(BackupFlow.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final DataPaths paths;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final Clock clock;

    BackupFlow(DataPaths paths, BackgroundTasks tasks, DialogService dialogs, Consumer<String> status, Clock clock) {
        this.paths = paths;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.clock = clock;
    }

    /** Asks where, then writes a backup of {@code database} in the background. */
    void create(Database database) {
        Optional<Path> file = dialogs.chooseSaveFile(I18n.text("backupui.create.title"),
                Backups.suggestedName(clock), I18n.text("backupui.filter"), "zip");
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get().getFileName().toString().endsWith(".zip") ? file.get()
                : file.get().resolveSibling(file.get().getFileName() + ".zip");
        tasks.run(I18n.text("backupui.create.running"), progress -> Backups.create(database, target,
                VersionProvider.version()))
                .onSuccess(m -> status.accept(I18n.text("backupui.create.done", target, BackupCommand.describe(m))))
                .start();
    }

    /**
     * Asks for a backup file, checks it in the background, asks for confirmation and then closes
     * the database ({@code closeDatabase}), restores and starts the program again.
     */
    void restore(Runnable closeDatabase) {
        Optional<Path> file = dialogs.chooseOpenFile(I18n.text("backupui.restore.title"),
                I18n.text("backupui.filter"), "zip");
        file.ifPresent(f -> restore(f, closeDatabase));
    }

    void restore(Path file, Runnable closeDatabase) {
        tasks.run(I18n.text("backupui.restore.checking"), progress -> Backups.verify(file))
                .onSuccess(manifest -> {
                    if (dialogs.confirm(I18n.text("backupui.restore.title"), question(file, manifest),
                            I18n.text("backupui.restore.button"))) {
                        tasks.run(I18n.text("backupui.restore.running"), progress -> {
                            closeDatabase.run();
                            return Backups.restore(paths, file, VersionProvider.version());
                        }).onSuccess(result -> restart(I18n.text("backupui.restore.done", file,
                                BackupCommand.describe(result.manifest()))))
                                .onFailure(error -> {
                                    dialogs.showFailure(I18n.text("backupui.restore.failed"), error);
                                    restart(null);
                                })
                                .start();
                    }
                })
                .start();
    }

    private String question(Path file, BackupManifest m) {
        return I18n.text("backupui.restore.confirm", file.getFileName(),
                m.createdAt().atZone(ZoneId.systemDefault()).format(SHOWN), BackupCommand.describe(m), paths.root());
    }

    /** Starts the program again with the same command line and ends this one. */
    private void restart(String message) {
        if (message != null) {
            dialogs.showInfo(I18n.text("backupui.restore.title"), message + "\n\n" + I18n.text("backupui.restart"));
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        try {
            List<String> command = new ArrayList<>();
            command.add(info.command().orElseThrow());
            command.addAll(List.of(info.arguments().orElse(new String[0])));
            new ProcessBuilder(command).inheritIO().start();
        } catch (Exception e) {
            LOG.warn("Could not start the program again", e);
            dialogs.showInfo(I18n.text("backupui.restore.title"), I18n.text("backupui.startAgain"));
        }
        Platform.exit();
    }
}
