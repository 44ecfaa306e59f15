package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryImportResult;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryImportService;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Vanished;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryTexts;
import de.ssg.lotsenkontor.municipality.directoryimport.StateFilter;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * "Datei → Gemeindeverzeichnis importieren …": pick the file, read and compare it in the
 * background (with progress in the status bar), show the preview, apply in the background, then
 * let the Kommunen view reload and tell the user what happened, including the municipalities
 * that no longer exist but still have programme data attached.
 *
 * <p>The import takes Saxony (Land 14), the programme's state; the command line can take others.
 */
public final class DirectoryImportFlow {

    private final DirectoryImportService service;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> statusMessage;
    private final Runnable afterApply;
    private BiFunction<Window, DirectoryPreview, Boolean> preview = DirectoryImportDialog::ask;

    /** The file as read, with its differences to the database. */
    record Prepared(DirectoryFile file, DirectoryPreview preview) {
    }

    /**
     * @param statusMessage shows a short line in the status bar
     * @param afterApply    runs on the FX thread after a successful import (reload the views)
     */
    public DirectoryImportFlow(DirectoryImportService service, BackgroundTasks tasks, DialogService dialogs,
            Consumer<String> statusMessage, Runnable afterApply) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.statusMessage = statusMessage;
        this.afterApply = afterApply;
    }

    /** Replaces the preview dialog (tests answer it without a window). */
    void answerPreviewWith(BiFunction<Window, DirectoryPreview, Boolean> answer) {
        this.preview = answer;
    }

    /** Asks for the file and goes on in the background; call on the FX thread. */
    public void start() {
        dialogs.chooseOpenFile(I18n.text("directoryui.choose.title"), I18n.text("directoryui.choose.filter"), "xlsx")
                .ifPresent(this::read);
    }

    /** Reads and compares {@code file} in the background, then shows the preview. */
    public void read(Path file) {
        tasks.run(I18n.text("directoryui.reading", file.getFileName()), progress -> {
            DirectoryFile directory = service.read(file, StateFilter.SAXONY, progress);
            return new Prepared(directory, service.preview(directory));
        })
                .onSuccess(this::showPreview)
                .onFailure(error -> dialogs.showFailure(I18n.text("directoryui.readFailed"), error))
                .start();
    }

    private void showPreview(Prepared prepared) {
        if (Boolean.TRUE.equals(preview.apply(dialogs.owner(), prepared.preview()))) {
            apply(prepared.file());
        } else {
            statusMessage.accept(I18n.text("directoryui.cancelled"));
        }
    }

    private void apply(DirectoryFile file) {
        tasks.run(I18n.text("directoryui.applying"), progress -> service.apply(file, progress))
                .onSuccess(this::applied)
                .onFailure(error -> dialogs.showFailure(I18n.text("directoryui.applyFailed"), error))
                .start();
    }

    private void applied(DirectoryImportResult result) {
        afterApply.run();
        DirectoryPreview p = result.applied();
        String stand = Formats.date(p.referenceDate());
        statusMessage.accept(I18n.text("directoryui.done.status", stand));
        String summary = I18n.text("directoryui.done.message", stand, DirectoryTexts.counts(p));
        if (result.toResolve().isEmpty()) {
            dialogs.showInfo(I18n.text("directoryui.done.title"), summary);
            return;
        }
        StringBuilder list = new StringBuilder();
        for (Vanished v : result.toResolve()) {
            list.append("\n• ").append(v.ags()).append(' ').append(v.name()).append(": ")
                    .append(DirectoryTexts.references(v.references()));
        }
        dialogs.showWarning(I18n.text("directoryui.done.title"),
                summary + "\n\n" + I18n.text("directoryui.done.toResolve", result.toResolve().size()) + list);
    }
}
