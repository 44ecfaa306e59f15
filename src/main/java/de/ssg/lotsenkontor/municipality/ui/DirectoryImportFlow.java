package de.ssg.lotsenkontor.municipality.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryImportResult;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryImportService;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Vanished;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryTexts;
import de.ssg.lotsenkontor.municipality.directoryimport.StateFilter;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.ImportFlow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * "Datei → Gemeindeverzeichnis importieren …": the shared {@link ImportFlow} with the directory's
 * steps — read and compare the file in the background, show the differences, apply, then tell
 * the user what happened, including the municipalities that no longer exist but still have
 * programme data attached.
 *
 * <p>The import takes Saxony (Land 14), the programme's state; the command line can take others.
 */
public final class DirectoryImportFlow {

    private final ImportFlow<Prepared, DirectoryFile, DirectoryImportResult> flow;

    /** The file as read, with its differences to the database. */
    record Prepared(DirectoryFile file, DirectoryPreview preview) {
    }

    /**
     * @param statusMessage shows a short line in the status bar
     * @param afterApply    runs on the FX thread after a successful import (reload the views)
     */
    public DirectoryImportFlow(DirectoryImportService service, BackgroundTasks tasks, DialogService dialogs,
            Consumer<String> statusMessage, Runnable afterApply) {
        ImportFlow.Texts texts = new ImportFlow.Texts(I18n.text("directoryui.choose.title"),
                I18n.text("directoryui.choose.filter"), List.of("xlsx"),
                name -> I18n.text("directoryui.reading", name), I18n.text("directoryui.readFailed"),
                I18n.text("directoryui.applying"), I18n.text("directoryui.applyFailed"),
                I18n.text("directoryui.cancelled"));
        flow = new ImportFlow<>(texts, new Steps(service), tasks, dialogs, statusMessage, afterApply);
    }

    /** Replaces the preview dialog (tests answer it without a window). */
    void answerPreviewWith(BiFunction<Window, DirectoryPreview, Boolean> answer) {
        flow.answerPreviewWith((owner, prepared) -> Boolean.TRUE.equals(answer.apply(owner, prepared.preview()))
                ? Optional.of(prepared.file()) : Optional.empty());
    }

    /** Asks for the file and goes on in the background; call on the FX thread. */
    public void start() {
        flow.start();
    }

    /** Reads and compares {@code file} in the background, then shows the preview. */
    public void read(Path file) {
        flow.read(file);
    }

    /** What is the directory's own at each step. */
    private record Steps(DirectoryImportService service)
            implements ImportFlow.Steps<Prepared, DirectoryFile, DirectoryImportResult> {

        @Override
        public Prepared read(Path file, Progress progress) {
            DirectoryFile directory = service.read(file, StateFilter.SAXONY, progress);
            return new Prepared(directory, service.preview(directory));
        }

        @Override
        public Optional<DirectoryFile> preview(Window owner, Prepared prepared) {
            return DirectoryImportDialog.ask(owner, prepared.preview()) ? Optional.of(prepared.file())
                    : Optional.empty();
        }

        @Override
        public DirectoryImportResult apply(DirectoryFile file, Progress progress) {
            return service.apply(file, progress);
        }

        @Override
        public ImportFlow.Done done(DirectoryImportResult result) {
            DirectoryPreview p = result.applied();
            String stand = Formats.date(p.referenceDate());
            String status = I18n.text("directoryui.done.status", stand);
            String summary = I18n.text("directoryui.done.message", stand, DirectoryTexts.counts(p));
            String title = I18n.text("directoryui.done.title");
            if (result.toResolve().isEmpty()) {
                return new ImportFlow.Done(status, title, summary, false);
            }
            StringBuilder list = new StringBuilder();
            for (Vanished v : result.toResolve()) {
                list.append("\n• ").append(v.ags()).append(' ').append(v.name()).append(": ")
                        .append(DirectoryTexts.references(v.references()));
            }
            return new ImportFlow.Done(status, title,
                    summary + "\n\n" + I18n.text("directoryui.done.toResolve", result.toResolve().size()) + list, true);
        }
    }
}
