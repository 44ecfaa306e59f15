package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.stage.Window;

/**
 * The one flow of every import: pick the file, read it (and whatever it is checked against) in
 * the background with progress in the status bar, show the preview, apply what the user chose in
 * the background, then let the views reload and say what happened. A failure on the way gets its
 * German message; cancelling changes nothing. Knows no feature: the feature gives its
 * {@link Steps} (read, preview, apply, the summary) and its {@link Texts}.
 *
 * @param <P> what reading a file prepares for the preview
 * @param <Q> what the user chose in the preview
 * @param <A> what applying wrote
 */
public final class ImportFlow<P, Q, A> {

    /** What the feature does at each step. */
    public interface Steps<P, Q, A> {

        /** Reads the file and what it is checked against; in the background. */
        P read(Path file, Progress progress) throws Exception;

        /** Shows the preview and waits; what to apply, or empty when the user cancelled. On the FX thread. */
        Optional<Q> preview(Window owner, P prepared);

        /** Applies the user's choice in one transaction; in the background. */
        A apply(Q request, Progress progress) throws Exception;

        /** What to tell the user about what was written. */
        Done done(A result);
    }

    /**
     * The result in words.
     *
     * @param status  a short line for the status bar
     * @param warning whether the message asks the user to do something
     */
    public record Done(String status, String title, String message, boolean warning) {
    }

    /**
     * The feature's texts.
     *
     * @param reading what the status bar says while a file is read, given the file's name
     */
    public record Texts(String chooseTitle, String chooseFilter, List<String> extensions,
            Function<String, String> reading, String readFailed, String applying,
            String applyFailed, String cancelled) {
    }

    private final Texts texts;
    private final Steps<P, Q, A> steps;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> statusMessage;
    private final Runnable afterApply;
    private BiFunction<Window, P, Optional<Q>> preview;

    /**
     * @param statusMessage shows a short line in the status bar
     * @param afterApply    runs on the FX thread after a successful import (reload the views)
     */
    public ImportFlow(Texts texts, Steps<P, Q, A> steps, BackgroundTasks tasks, DialogService dialogs,
            Consumer<String> statusMessage, Runnable afterApply) {
        this.texts = texts;
        this.steps = steps;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.statusMessage = statusMessage;
        this.afterApply = afterApply;
        this.preview = steps::preview;
    }

    /** Replaces the preview dialog (tests answer it without a window). */
    public void answerPreviewWith(BiFunction<Window, P, Optional<Q>> answer) {
        this.preview = answer;
    }

    /** Asks for the file and goes on in the background; call on the FX thread. */
    public void start() {
        dialogs.chooseOpenFile(texts.chooseTitle(), texts.chooseFilter(), texts.extensions().toArray(String[]::new))
                .ifPresent(this::read);
    }

    /** Reads {@code file} in the background, then shows the preview. */
    public void read(Path file) {
        tasks.run(texts.reading().apply(String.valueOf(file.getFileName())), progress -> steps.read(file, progress))
                .onSuccess(this::showPreview)
                .onFailure(error -> dialogs.showFailure(texts.readFailed(), error))
                .start();
    }

    private void showPreview(P prepared) {
        Optional<Q> request = preview.apply(dialogs.owner(), prepared);
        if (request.isPresent()) {
            apply(request.get());
        } else {
            statusMessage.accept(texts.cancelled());
        }
    }

    private void apply(Q request) {
        tasks.run(texts.applying(), progress -> steps.apply(request, progress))
                .onSuccess(this::applied)
                .onFailure(error -> dialogs.showFailure(texts.applyFailed(), error))
                .onCancelled(() -> statusMessage.accept(texts.cancelled()))
                .start();
    }

    private void applied(A result) {
        afterApply.run();
        Done done = steps.done(result);
        statusMessage.accept(done.status());
        if (done.warning()) {
            dialogs.showWarning(done.title(), done.message());
        } else {
            dialogs.showInfo(done.title(), done.message());
        }
    }
}
