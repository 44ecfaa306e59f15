package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.people.navigatorimport.ImportContext;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorFile;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportResult;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportService;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportTexts;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * "Importieren …" in the navigator tab (and "Datei → Navigatoren importieren …"): pick the file,
 * read it and the database state in the background, show the preview with the column mapping and
 * the row errors, apply in the background in one transaction, then let the navigator table
 * reload and say how many were taken and skipped (and which rows, so they can be fixed).
 */
public final class NavigatorImportFlow {

    private final NavigatorImportService service;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> statusMessage;
    private final Runnable afterApply;
    private BiFunction<Window, Prepared, Optional<NavigatorImportDialog.Request>> preview = this::ask;

    /** The file as read and the database state to check it against. */
    record Prepared(NavigatorFile file, ImportContext context) {
    }

    /**
     * @param statusMessage shows a short line in the status bar
     * @param afterApply    runs on the FX thread after a successful import (reload the table)
     */
    public NavigatorImportFlow(NavigatorImportService service, BackgroundTasks tasks, DialogService dialogs,
            Consumer<String> statusMessage, Runnable afterApply) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.statusMessage = statusMessage;
        this.afterApply = afterApply;
    }

    /** Replaces the preview dialog (tests answer it without a window). */
    void answerPreviewWith(BiFunction<Window, Prepared, Optional<NavigatorImportDialog.Request>> answer) {
        this.preview = answer;
    }

    /** Asks for the file and goes on in the background; call on the FX thread. */
    public void start() {
        dialogs.chooseOpenFile(I18n.text("navimportui.choose.title"), I18n.text("navimportui.choose.filter"),
                "xlsx", "csv", "txt").ifPresent(this::read);
    }

    /** Reads {@code file} and the database state in the background, then shows the preview. */
    public void read(Path file) {
        tasks.run(I18n.text("navimportui.reading", file.getFileName()),
                progress -> new Prepared(service.read(file, null, progress), service.context()))
                .onSuccess(this::showPreview)
                .onFailure(error -> dialogs.showFailure(I18n.text("navimportui.readFailed"), error))
                .start();
    }

    private void showPreview(Prepared prepared) {
        Optional<NavigatorImportDialog.Request> request = preview.apply(dialogs.owner(), prepared);
        if (request.isPresent()) {
            apply(request.get());
        } else {
            statusMessage.accept(I18n.text("navimportui.cancelled"));
        }
    }

    private Optional<NavigatorImportDialog.Request> ask(Window owner, Prepared prepared) {
        Path path = prepared.file().path();
        NavigatorImportViewModel model = new NavigatorImportViewModel(prepared.file(), prepared.context());
        return NavigatorImportDialog.ask(owner, model, (sheet, loaded, failed) ->
                tasks.run(I18n.text("navimportui.readingSheet", sheet), progress -> service.read(path, sheet, progress))
                        .onSuccess(loaded)
                        .onFailure(error -> {
                            failed.run();
                            dialogs.showFailure(I18n.text("navimportui.readFailed"), error);
                        })
                        .start());
    }

    private void apply(NavigatorImportDialog.Request request) {
        tasks.run(I18n.text("navimportui.applying"),
                progress -> service.apply(request.file(), request.mapping(), request.mode(), progress))
                .onSuccess(this::applied)
                .onFailure(error -> dialogs.showFailure(I18n.text("navimportui.applyFailed"), error))
                .onCancelled(() -> statusMessage.accept(I18n.text("navimportui.cancelled")))
                .start();
    }

    private void applied(NavigatorImportResult result) {
        afterApply.run();
        String summary = NavigatorImportTexts.result(result);
        statusMessage.accept(summary);
        if (result.skipped() > 0) {
            summary += "\n\n" + I18n.text("navimportui.done.skipped") + NavigatorImportTexts.problemList(
                    result.checked().problems(), NavigatorImportService.LISTED);
        }
        dialogs.showInfo(I18n.text("navimportui.done.title"), summary);
    }
}
