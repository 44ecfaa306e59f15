package de.ssg.lotsenkontor.people.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportResult;
import de.ssg.lotsenkontor.importing.ImportTexts;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorField;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportContext;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportRow;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportService;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorImportTexts;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.ui.ImportFlow;
import de.ssg.lotsenkontor.ui.ImportPreviewDialog.Request;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * "Importieren …" in the navigator tab (and "Datei → Navigatoren importieren …"): the shared
 * {@link ImportFlow} with the navigator's steps — read the list and the database state, show the
 * preview with the column mapping and the row errors, apply in one transaction, then say how many
 * were taken and skipped (and which rows, so they can be fixed).
 */
public final class NavigatorImportFlow {

    private final ImportFlow<Prepared, Request<NavigatorField>, ImportResult<NavigatorField, NavigatorImportRow>> flow;

    /** The file as read and the database state to check it against. */
    record Prepared(ImportFile file, NavigatorImportContext context) {
    }

    /**
     * @param statusMessage shows a short line in the status bar
     * @param afterApply    runs on the FX thread after a successful import (reload the table)
     */
    public NavigatorImportFlow(NavigatorImportService service, BackgroundTasks tasks, DialogService dialogs,
            Consumer<String> statusMessage, Runnable afterApply) {
        ImportFlow.Texts texts = new ImportFlow.Texts(I18n.text("navimportui.choose.title"),
                I18n.text("navimportui.choose.filter"), List.of("xlsx", "csv", "txt"),
                name -> I18n.text("navimportui.reading", name), I18n.text("navimportui.readFailed"),
                I18n.text("navimportui.applying"), I18n.text("navimportui.applyFailed"),
                I18n.text("navimportui.cancelled"));
        flow = new ImportFlow<>(texts, new Steps(service, tasks, dialogs), tasks, dialogs, statusMessage, afterApply);
    }

    /** Replaces the preview dialog (tests answer it without a window). */
    void answerPreviewWith(BiFunction<Window, Prepared, Optional<Request<NavigatorField>>> answer) {
        flow.answerPreviewWith(answer);
    }

    /** Asks for the file and goes on in the background; call on the FX thread. */
    public void start() {
        flow.start();
    }

    /** Reads {@code file} and the database state in the background, then shows the preview. */
    public void read(Path file) {
        flow.read(file);
    }

    /** What is the navigator's own at each step. */
    private record Steps(NavigatorImportService service, BackgroundTasks tasks, DialogService dialogs)
            implements ImportFlow.Steps<Prepared, Request<NavigatorField>,
                    ImportResult<NavigatorField, NavigatorImportRow>> {

        @Override
        public Prepared read(Path file, Progress progress) {
            return new Prepared(service.read(file, null, progress), service.context());
        }

        @Override
        public Optional<Request<NavigatorField>> preview(Window owner, Prepared prepared) {
            Path path = prepared.file().path();
            NavigatorImportViewModel model = new NavigatorImportViewModel(prepared.file(), prepared.context());
            return NavigatorImportDialog.ask(owner, model, (sheet, loaded, failed) ->
                    tasks.run(I18n.text("navimportui.readingSheet", sheet),
                            progress -> service.read(path, sheet, progress))
                            .onSuccess(loaded)
                            .onFailure(error -> {
                                failed.run();
                                dialogs.showFailure(I18n.text("navimportui.readFailed"), error);
                            })
                            .start());
        }

        @Override
        public ImportResult<NavigatorField, NavigatorImportRow> apply(Request<NavigatorField> request,
                Progress progress) {
            return service.apply(request.file(), request.mapping(), request.mode(), progress);
        }

        @Override
        public ImportFlow.Done done(ImportResult<NavigatorField, NavigatorImportRow> result) {
            String summary = NavigatorImportTexts.result(result);
            String message = summary;
            if (result.skipped() > 0) {
                message += "\n\n" + I18n.text("navimportui.done.skipped") + ImportTexts.problemList(
                        result.checked().problems(), NavigatorImportService.LISTED);
            }
            return new ImportFlow.Done(summary, I18n.text("navimportui.done.title"), message, false);
        }
    }
}
