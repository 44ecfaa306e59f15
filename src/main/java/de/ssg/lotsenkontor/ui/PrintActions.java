package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.print.PrintDocument;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * "Drucken …" for any report the app builds, one mechanism for all: a menu button with
 * "Druckvorschau …" (the {@link PrintPreview} window), "Drucken …" (the operating system's print
 * dialog) and "Als PDF speichern …" (PDF/A through the one render entry point). The report comes
 * from a {@link Printable} that the area makes from what it has selected; it is built and laid out
 * in the background (progress in the status bar). Nothing here knows a report.
 *
 * <pre>
 * MenuButton print = printActions.button("printHours", model::hoursPrintable,
 *         model.exportHoursCommand().canRunBinding());
 * toolbar.getChildren().add(print);
 * </pre>
 *
 * Nothing chosen (the source throws a {@link DomainException} or gives null), no printer, a PDF
 * target that cannot be written: each gets a German message, never a blank page.
 */
public final class PrintActions {

    /** One report of a menu with several: its menu text and where it comes from. */
    public record Entry(String label, Supplier<Printable> source) {
    }

    private final BackgroundTasks tasks;
    private final DialogService dialogs;

    public PrintActions(BackgroundTasks tasks, DialogService dialogs) {
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    /**
     * The "Drucken …" menu button for one report.
     *
     * @param id      the button's id; its items get {@code id + "Preview"}, {@code "Print"}, {@code "Pdf"}
     * @param source  called on the FX thread when an item is chosen: the report as the area shows it now
     * @param enabled when there is something to print (a year, an event chosen), or null for always
     */
    public MenuButton button(String id, Supplier<Printable> source, ObservableBooleanValue enabled) {
        return button(id, null, source, enabled);
    }

    /** {@link #button(String, Supplier, ObservableBooleanValue)} with its own text ("Teilnehmerliste drucken …"). */
    public MenuButton button(String id, String text, Supplier<Printable> source, ObservableBooleanValue enabled) {
        MenuButton button = newButton(id, text, enabled);
        button.getItems().setAll(items(id, source, button));
        return button;
    }

    /** The "Drucken …" menu button for several reports: one submenu per report. */
    public MenuButton button(String id, List<Entry> entries, ObservableBooleanValue enabled) {
        MenuButton button = newButton(id, null, enabled);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Menu menu = new Menu(entry.label());
            menu.setId(id + (i + 1));
            menu.getItems().setAll(items(id + (i + 1), entry.source(), button));
            button.getItems().add(menu);
        }
        return button;
    }

    private static MenuButton newButton(String id, String text, ObservableBooleanValue enabled) {
        MenuButton button = new MenuButton(text == null ? I18n.text("printpreview.actions.button") : text,
                new FontIcon(Material2MZ.PRINT));
        button.setId(id);
        button.setTooltip(new Tooltip(I18n.text("printpreview.actions.tooltip")));
        button.setMinWidth(Region.USE_PREF_SIZE); // a crowded toolbar wraps or shrinks others, not this label
        if (enabled != null) {
            button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !enabled.get(),
                    enabled));
        }
        return button;
    }

    private List<MenuItem> items(String id, Supplier<Printable> source, Node owner) {
        MenuItem preview = new MenuItem(I18n.text("printpreview.menu.preview"), new FontIcon(Material2MZ.PAGEVIEW));
        preview.setId(id + "Preview");
        preview.setOnAction(e -> chosen(source, I18n.text("printpreview.failed")).ifPresent(this::preview));
        MenuItem print = new MenuItem(I18n.text("printpreview.print"), new FontIcon(Material2MZ.PRINT));
        print.setId(id + "Print");
        print.setOnAction(e -> chosen(source, I18n.text("printpreview.printFailed")).ifPresent(p -> print(p, owner)));
        MenuItem pdf = new MenuItem(I18n.text("printpreview.menu.pdf"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
        pdf.setId(id + "Pdf");
        pdf.setOnAction(e -> chosen(source, I18n.text("printpreview.saveFailed")).ifPresent(p -> savePdf(p, owner)));
        return List.of(preview, print, pdf);
    }

    /** What the source gives now, or empty after a German message saying why there is nothing. */
    private Optional<Printable> chosen(Supplier<Printable> source, String title) {
        try {
            Printable printable = source.get();
            if (printable == null) {
                dialogs.showInfo(title, I18n.text("printpreview.actions.nothing"));
            }
            return Optional.ofNullable(printable);
        } catch (DomainException e) {
            dialogs.showInfo(title, e.getMessage());
            return Optional.empty();
        }
    }

    /** Builds and lays the report out in the background, then opens the preview. FX thread. */
    public void preview(Printable printable) {
        new PrintPreview(tasks, dialogs).show(printable.title(), () -> build(printable), printable.pdfFileName());
    }

    /** Builds the report in the background and prints it through the operating system's dialog. FX thread. */
    public void print(Printable printable, Node owner) {
        tasks.run(I18n.text("printpreview.printing"), progress -> {
            try (PrintDocument document = PrintDocument.of(build(printable), progress)) {
                return document.print();
            }
        })
                .onSuccess(printed -> message(owner, I18n.text(printed ? "printpreview.printed"
                        : "printpreview.printCancelled")))
                .onFailure(error -> dialogs.showFailure(I18n.text("printpreview.printFailed"), error))
                .start();
    }

    /** Asks for a file, then builds the report and writes it as PDF/A in the background. FX thread. */
    public void savePdf(Printable printable, Node owner) {
        Optional<Path> chosen = dialogs.chooseSaveFile(I18n.text("printpreview.save.title"), printable.pdfFileName(),
                I18n.text("printpreview.save.filter"), "pdf");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = PrintPreview.withPdf(chosen.get());
        tasks.run(I18n.text("printpreview.pdf.running", printable.title()), progress -> {
            ReportRenderers.render(build(printable), ReportFormat.PDF, file, progress);
            return file;
        })
                .onSuccess(saved -> message(owner, I18n.text("printpreview.saved", saved)))
                .onFailure(error -> dialogs.showFailure(I18n.text("printpreview.saveFailed"), error))
                .start();
    }

    private static Report build(Printable printable) throws Exception {
        Report report = printable.report().call();
        if (report == null) {
            throw new DomainException("printpreview.actions.nothing");
        }
        return report;
    }

    private void message(Node owner, String text) {
        Optional<StatusBar> bar = owner == null ? Optional.empty() : StatusBar.of(owner);
        if (bar.isPresent()) {
            bar.get().setMessage(text);
        } else {
            dialogs.showInfo(I18n.text("printpreview.actions.button"), text);
        }
    }
}
