package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.print.PrintDocument;
import de.ssg.lotsenkontor.report.Report;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The print preview of any report: its pages exactly as they are printed and saved (one layout,
 * {@link PrintDocument}), one page at a time, with zoom ("Seitenbreite", "Ganze Seite", 50–200 %),
 * page navigation, "Drucken …" (the operating system's print dialog) and "Als PDF speichern …".
 * Pages are rendered off the FX thread; the window stays responsive for any number of pages.
 *
 * <pre>
 * new PrintPreview(tasks, dialogs).show(report, "Kommunen_2026-11-26.pdf");
 * </pre>
 *
 * Keys: Bild auf/ab and the arrow keys turn pages, Pos1/Ende go to the first/last page, Strg+Plus
 * and Strg+Minus (or Strg+wheel) zoom, Strg+P prints, Strg+S saves, Esc closes.
 */
public final class PrintPreview {

    private static final Logger LOG = LoggerFactory.getLogger(PrintPreview.class);
    private static final String STYLESHEET = PrintPreview.class.getResource("/de/ssg/lotsenkontor/ui/lotsenkontor.css")
            .toExternalForm();
    /** Zoom steps in percent; 100 % is the real size on a 96-dpi screen. */
    private static final List<Integer> ZOOMS = List.of(50, 75, 100, 125, 150, 200);
    private static final int FIT_WIDTH = -1;
    private static final int FIT_PAGE = -2;

    private final BackgroundTasks tasks;
    private final DialogService dialogs;

    public PrintPreview(BackgroundTasks tasks, DialogService dialogs) {
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    /**
     * Lays {@code report} out in the background (progress in the status bar), then opens the
     * preview window. Call on the FX thread.
     *
     * @param fileName the name proposed when the user saves the PDF
     */
    public void show(Report report, String fileName) {
        show(report.title(), () -> report, fileName);
    }

    /** Builds the report and lays it out in the background, then opens the preview window. FX thread. */
    public void show(String title, Callable<Report> report, String fileName) {
        tasks.run(I18n.text("printpreview.running", title), progress -> PrintDocument.of(report.call(), progress))
                .onSuccess(document -> open(document, fileName))
                .onFailure(error -> dialogs.showFailure(I18n.text("printpreview.failed"), error))
                .start();
    }

    /** Opens the window for a laid-out document; the window closes the document when it closes. FX thread. */
    public Stage open(PrintDocument document, String fileName) {
        Window owner = dialogs.owner();
        Stage stage = new Stage();
        if (owner != null && owner.isShowing()) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle(I18n.text("printpreview.title", document.title()));
        View view = new View(document, fileName, stage);
        stage.getProperties().put(PrintDocument.class, document); // what is shown, for whoever inspects the window
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root, Math.min(980, screen.getWidth() * 0.9), Math.min(860, screen.getHeight() * 0.92));
        scene.getStylesheets().add(STYLESHEET);
        view.installKeys(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> view.dispose());
        stage.show();
        stage.requestFocus();
        view.render();
        return stage;
    }

    /** One open preview: its controls, the page shown and the renderer thread. */
    private final class View {

        final PrintDocument document;
        final String fileName;
        final Stage stage;
        final BorderPane root = new BorderPane();
        final ImageView page = new ImageView();
        final ScrollPane scroll;
        final Label pageLabel = new Label();
        final Label status = new Label();
        final ComboBox<String> zoomBox = new ComboBox<>();
        final Button first = iconButton(Material2AL.FIRST_PAGE, "printpreview.first");
        final Button previous = iconButton(Material2AL.CHEVRON_LEFT, "printpreview.previous");
        final Button next = iconButton(Material2AL.CHEVRON_RIGHT, "printpreview.next");
        final Button last = iconButton(Material2AL.LAST_PAGE, "printpreview.last");
        final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "print-preview");
            t.setDaemon(true);
            return t;
        });
        final AtomicLong generation = new AtomicLong();
        int index;
        int zoom = FIT_WIDTH;
        double shownScale;

        View(PrintDocument document, String fileName, Stage stage) {
            this.document = document;
            this.fileName = fileName;
            this.stage = stage;
            Button print = new Button(I18n.text("printpreview.print"), new FontIcon(Material2MZ.PRINT));
            print.setId("previewPrint");
            print.setTooltip(new Tooltip(I18n.text("printpreview.print.tooltip")));
            print.setOnAction(e -> print());
            Button save = new Button(I18n.text("printpreview.save"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
            save.setId("previewSave");
            save.setOnAction(e -> save());
            Button close = new Button(I18n.text("printpreview.close"));
            close.setOnAction(e -> stage.close());
            first.setOnAction(e -> go(0));
            previous.setOnAction(e -> go(index - 1));
            next.setOnAction(e -> go(index + 1));
            last.setOnAction(e -> go(document.pageCount() - 1));
            pageLabel.setId("previewPage");
            pageLabel.setMinWidth(Region.USE_PREF_SIZE);
            Button zoomOut = iconButton(Material2MZ.ZOOM_OUT, "printpreview.zoomOut");
            Button zoomIn = iconButton(Material2MZ.ZOOM_IN, "printpreview.zoomIn");
            zoomOut.setOnAction(e -> zoomStep(-1));
            zoomIn.setOnAction(e -> zoomStep(1));
            zoomBox.setId("previewZoom");
            zoomBox.getItems().add(I18n.text("printpreview.fitWidth"));
            zoomBox.getItems().add(I18n.text("printpreview.fitPage"));
            for (int z : ZOOMS) {
                zoomBox.getItems().add(z + " %");
            }
            zoomBox.getSelectionModel().select(0);
            zoomBox.setOnAction(e -> {
                int i = zoomBox.getSelectionModel().getSelectedIndex();
                if (i >= 0) {
                    zoom = i == 0 ? FIT_WIDTH : i == 1 ? FIT_PAGE : ZOOMS.get(i - 2);
                    render();
                }
            });
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            ToolBar bar = new ToolBar(print, save, new Separator(), first, previous, pageLabel, next, last,
                    new Separator(), zoomOut, zoomBox, zoomIn, spacer, close);
            StackPane paper = new StackPane(page);
            paper.setPadding(new Insets(18));
            paper.setAlignment(Pos.TOP_CENTER);
            paper.setStyle("-fx-background-color: #8a939c;");
            page.setEffect(new DropShadow(8, javafx.scene.paint.Color.rgb(0, 0, 0, 0.4)));
            scroll = new ScrollPane(paper);
            scroll.setId("previewScroll");
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setPannable(true);
            scroll.setStyle("-fx-background: #8a939c;");
            scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
                if (zoom < 0 && Math.abs(old.getWidth() - now.getWidth()) + Math.abs(old.getHeight() - now.getHeight()) > 4) {
                    render();
                }
            });
            scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
                if (e.isShortcutDown() && e.getDeltaY() != 0) {
                    zoomStep(e.getDeltaY() > 0 ? 1 : -1);
                    e.consume();
                }
            });
            status.setId("previewStatus");
            HBox statusBar = new HBox(status);
            statusBar.setPadding(new Insets(3, 8, 3, 8));
            root.setTop(bar);
            root.setCenter(scroll);
            root.setBottom(statusBar);
            updatePageControls();
        }

        void installKeys(Scene scene) {
            var keys = scene.getAccelerators();
            keys.put(new KeyCodeCombination(KeyCode.PAGE_DOWN), () -> go(index + 1));
            keys.put(new KeyCodeCombination(KeyCode.PAGE_UP), () -> go(index - 1));
            keys.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), () -> go(index + 1));
            keys.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), () -> go(index - 1));
            keys.put(new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_DOWN), () -> go(0));
            keys.put(new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN),
                    () -> go(document.pageCount() - 1));
            keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(1));
            keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(1));
            keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(1));
            keys.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(-1));
            keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> zoomStep(-1));
            keys.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
            keys.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
            keys.put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        }

        void go(int target) {
            int clamped = Math.max(0, Math.min(document.pageCount() - 1, target));
            if (clamped != index) {
                index = clamped;
                updatePageControls();
                render();
                scroll.setVvalue(0);
            }
        }

        void zoomStep(int direction) {
            double percent = zoom > 0 ? zoom : shownScale / (96.0 / 72.0) * 100;
            int chosen = -1;
            if (direction > 0) {
                for (int z : ZOOMS) {
                    if (z > percent + 1) {
                        chosen = z;
                        break;
                    }
                }
                if (chosen < 0) {
                    chosen = ZOOMS.get(ZOOMS.size() - 1);
                }
            } else {
                for (int i = ZOOMS.size() - 1; i >= 0; i--) {
                    if (ZOOMS.get(i) < percent - 1) {
                        chosen = ZOOMS.get(i);
                        break;
                    }
                }
                if (chosen < 0) {
                    chosen = ZOOMS.get(0);
                }
            }
            zoomBox.getSelectionModel().select(2 + ZOOMS.indexOf(chosen)); // renders through the box's action
        }

        void updatePageControls() {
            int count = document.pageCount();
            pageLabel.setText(I18n.text("printpreview.page", index + 1, count));
            first.setDisable(index == 0);
            previous.setDisable(index == 0);
            next.setDisable(index >= count - 1);
            last.setDisable(index >= count - 1);
        }

        /** Pixels per point for the current zoom. */
        double scale() {
            double[] size = document.pageSize(index);
            double screen = 96.0 / 72.0;
            if (zoom > 0) {
                return zoom / 100.0 * screen;
            }
            double width = Math.max(200, scroll.getViewportBounds().getWidth() - 40);
            double height = Math.max(200, scroll.getViewportBounds().getHeight() - 40);
            double fit = width / size[0];
            if (zoom == FIT_PAGE) {
                fit = Math.min(fit, height / size[1]);
            }
            return Math.min(fit, 3 * screen);
        }

        /** Renders the current page off the FX thread; only the newest request is shown. */
        void render() {
            int pageIndex = index;
            double scale = scale();
            double outputScale = stage.getOutputScaleX() > 0 ? stage.getOutputScaleX() : 1;
            long ticket = generation.incrementAndGet();
            renderer.execute(() -> {
                if (generation.get() != ticket) {
                    return; // a newer request is waiting
                }
                try {
                    BufferedImage image = document.renderPage(pageIndex, (float) (scale * outputScale));
                    Image fx = SwingFXUtils.toFXImage(image, null);
                    Platform.runLater(() -> {
                        if (generation.get() == ticket) {
                            page.setImage(fx);
                            page.setFitWidth(image.getWidth() / outputScale);
                            page.setPreserveRatio(true);
                            shownScale = scale;
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.warn("Rendering page {} of the preview failed", pageIndex + 1, e);
                    Platform.runLater(() -> status.setText(I18n.text("printpreview.renderFailed", pageIndex + 1)));
                }
            });
        }

        void print() {
            status.setText(I18n.text("printpreview.printing"));
            tasks.run(I18n.text("printpreview.printing"), progress -> document.print())
                    .onSuccess(printed -> status.setText(I18n.text(printed ? "printpreview.printed"
                            : "printpreview.printCancelled")))
                    .onFailure(error -> {
                        status.setText("");
                        dialogs.showFailure(I18n.text("printpreview.printFailed"), error);
                    })
                    .start();
        }

        void save() {
            Optional<Path> chosen = dialogs.chooseSaveFile(I18n.text("printpreview.save.title"), fileName,
                    I18n.text("printpreview.save.filter"), "pdf");
            if (chosen.isEmpty()) {
                return;
            }
            Path file = withPdf(chosen.get());
            tasks.run(I18n.text("printpreview.saving", file.getFileName()), progress -> {
                document.save(file);
                return file;
            })
                    .onSuccess(saved -> status.setText(I18n.text("printpreview.saved", saved)))
                    .onFailure(error -> dialogs.showFailure(I18n.text("printpreview.saveFailed"), error))
                    .start();
        }

        void dispose() {
            generation.incrementAndGet();
            renderer.execute(document::close); // after a render that may still run
            renderer.shutdown();
        }

        private Button iconButton(org.kordamp.ikonli.Ikon icon, String tooltipKey) {
            Button b = new Button(null, new FontIcon(icon));
            b.setTooltip(new Tooltip(I18n.text(tooltipKey)));
            b.setAccessibleText(I18n.text(tooltipKey));
            return b;
        }
    }

    /** The chosen file, with {@code .pdf} added when the user typed a name without it. */
    static Path withPdf(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }
}
