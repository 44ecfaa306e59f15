package de.ssg.lotsenkontor.print;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.KeyFigures;
import de.ssg.lotsenkontor.report.Paragraph;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportBlock;
import de.ssg.lotsenkontor.report.ReportChart;
import de.ssg.lotsenkontor.report.ReportImage;
import de.ssg.lotsenkontor.report.ReportMap;
import de.ssg.lotsenkontor.report.ReportSection;
import de.ssg.lotsenkontor.report.ReportTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays a {@link Report} out on A4 pages of a {@link PDDocument}, top to bottom: a title, then
 * the sections with their headings, paragraphs, key figures as tiles, tables (see
 * {@link TableBlock}), images, charts and maps (vector graphics, see {@link ChartBlock} and
 * {@link MapBlock}). Page content is written as it is laid out, so a long table needs no more
 * memory than its page streams; the page header (programme, title, date) and the footer
 * ("Seite X von Y") are added to every page at the end, once the number of pages is known.
 *
 * <p>Pages are portrait; a table wider than a portrait page (the workbook renderer's rule:
 * more than {@value TableBlock#PORTRAIT_MAX_CHARS} characters of columns) is set on landscape
 * pages. A heading never stands alone at the bottom of a page, and nothing is cut: long text
 * wraps, a block that does not fit moves to the next page.
 */
final class PageLayout {

    static final float MARGIN_X = 42f;
    static final int ACCENT = 0x1F4E79;
    static final int TEXT = 0x1A1A1A;
    static final int GREY = 0x5F6B7A;
    static final int RULE = 0xB8C4D0;
    static final int TILE_FILL = 0xEEF3F8;

    private static final float HEADER_TOP = 24f;
    private static final float FOOTER_SPACE = 44f;
    private static final float PARAGRAPH_SIZE = 9.5f;
    private static final float PARAGRAPH_LEADING = 13f;

    final PDDocument document;
    final Report report;
    final Progress progress;
    final PdfFont regular;
    final PdfFont bold;
    final long totalRows;
    long rowsDone;

    private PDPage page;
    private PageCanvas canvas;
    private boolean landscape;
    /** Where the next block starts, from the top of the page. */
    float y;
    /** Whether anything was drawn on the current page (besides header and footer). */
    private boolean pageUsed;
    private float headerWidth = -1;
    private float headerBottom;

    private PageLayout(PDDocument document, Report report, Progress progress) {
        this.document = document;
        this.report = report;
        this.progress = progress == null ? Progress.NONE : progress;
        this.regular = PdfFont.regular(document);
        this.bold = PdfFont.bold(document);
        this.totalRows = report.tables().stream().mapToLong(t -> t.rows().size()).sum();
    }

    /** Lays {@code report} out as the pages of {@code document} (which should have none yet). */
    static void layout(PDDocument document, Report report, Progress progress) {
        new PageLayout(document, report, progress).run();
    }

    private void run() {
        progress.update(0, totalRows, null);
        newPage(startsWithWideTable(report));
        titleBlock();
        boolean anything = false;
        for (ReportSection section : report.sections()) {
            if (section.heading() != null) {
                if (!section.blocks().isEmpty() && section.blocks().get(0) instanceof ReportTable t
                        && TableBlock.isWide(t)) {
                    orientation(true); // the heading goes with its table onto the landscape page
                }
                heading(section.heading(), section.blocks().isEmpty() ? 0 : 60);
                anything = true;
            }
            for (ReportBlock block : section.blocks()) {
                block(block, section);
                anything = true;
            }
        }
        if (!anything) {
            paragraph(I18n.text("print.report.empty"), GREY);
        }
        closeCanvas();
        decoratePages();
        progress.update(totalRows, totalRows, I18n.text("print.progress", totalRows, totalRows));
    }

    /**
     * Whether the first page is landscape: when the report's first table is wide and only text and
     * key figures come before it. Otherwise the text would stand alone on a mostly empty portrait
     * page and the table would begin on the next (an attendance list's event details, say).
     */
    static boolean startsWithWideTable(Report report) {
        for (ReportBlock block : report.blocks()) {
            if (block instanceof Paragraph || block instanceof KeyFigures) {
                continue;
            }
            return block instanceof ReportTable t && TableBlock.isWide(t);
        }
        return false;
    }

    private void block(ReportBlock block, ReportSection section) {
        if (block instanceof Paragraph p) {
            paragraph(p.text(), TEXT);
            gap(6);
        } else if (block instanceof KeyFigures k) {
            tiles(k);
        } else if (block instanceof ReportTable t) {
            new TableBlock(this, t, tableTitle(t, section)).draw();
            gap(12);
        } else if (block instanceof ReportImage i) {
            image(i);
        } else if (block instanceof ReportChart c) {
            new ChartBlock(this, c).draw();
            gap(12);
        } else if (block instanceof ReportMap m) {
            new MapBlock(this, m).draw();
            gap(12);
        }
    }

    /** A table's own title, unless it only repeats its section's heading or the report's title. */
    private String tableTitle(ReportTable table, ReportSection section) {
        String title = table.title();
        if (title == null || title.isBlank() || title.equals(section.heading()) || title.equals(report.title())) {
            return null;
        }
        return title;
    }

    // ---- pages -----------------------------------------------------------------------------

    float pageWidth() {
        return page.getMediaBox().getWidth();
    }

    float contentLeft() {
        return MARGIN_X;
    }

    float contentWidth() {
        return pageWidth() - 2 * MARGIN_X;
    }

    float contentTop() {
        return headerBottom(pageWidth()) + 14f;
    }

    float contentBottom() {
        return page.getMediaBox().getHeight() - FOOTER_SPACE;
    }

    float remaining() {
        return contentBottom() - y;
    }

    /** The height a block may have at most: all of a fresh page. */
    float pageContentHeight() {
        return contentBottom() - contentTop();
    }

    boolean isLandscape() {
        return landscape;
    }

    boolean pageUsed() {
        return pageUsed;
    }

    PageCanvas canvas() {
        pageUsed = true;
        return canvas;
    }

    /** Moves to a new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (y + height > contentBottom() && pageUsed) {
            newPage(landscape);
        }
    }

    /** Makes the current page landscape (or portrait): a new page, unless nothing is on this one yet. */
    void orientation(boolean wantLandscape) {
        if (wantLandscape == landscape) {
            return;
        }
        if (pageUsed) {
            newPage(wantLandscape);
        } else {
            float top = y - contentTop();
            closeCanvas();
            document.removePage(page);
            openPage(wantLandscape);
            y = contentTop() + top;
        }
    }

    void newPage(boolean wantLandscape) {
        closeCanvas();
        openPage(wantLandscape);
        y = contentTop();
    }

    private void openPage(boolean wantLandscape) {
        PDRectangle a4 = PDRectangle.A4;
        page = new PDPage(wantLandscape ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
        document.addPage(page);
        landscape = wantLandscape;
        canvas = new PageCanvas(document, page, false);
        pageUsed = false;
    }

    private void closeCanvas() {
        if (canvas != null) {
            canvas.close();
            canvas = null;
        }
    }

    void gap(float points) {
        if (pageUsed) {
            y = Math.min(y + points, contentBottom());
        }
    }

    /** Reports progress after a table row; throws when the user cancelled. */
    void rowDone() {
        if (++rowsDone % 500 == 0) {
            progress.update(rowsDone, totalRows, I18n.text("print.progress", rowsDone, totalRows));
        }
    }

    // ---- page header and footer --------------------------------------------------------------

    private float titleWidth(float width) {
        return width - 2 * MARGIN_X - 90f;
    }

    private List<String> headerTitleLines(float width) {
        List<String> lines = bold.wrap(report.title(), 10f, titleWidth(width));
        return lines.size() > 2 ? List.of(lines.get(0), lines.get(1) + " …") : lines;
    }

    private List<String> headerSubtitleLines(float width) {
        if (report.subtitle() == null || report.subtitle().isBlank()) {
            return List.of();
        }
        List<String> lines = regular.wrap(report.subtitle(), 8f, titleWidth(width));
        return lines.size() > 2 ? List.of(lines.get(0), lines.get(1) + " …") : lines;
    }

    /** Where the header's rule runs, from the top; the same on every page of one width. */
    private float headerBottom(float width) {
        if (width == headerWidth) {
            return headerBottom;
        }
        headerWidth = width;
        headerBottom = measureHeaderBottom(width);
        return headerBottom;
    }

    private float measureHeaderBottom(float width) {
        float baseline = HEADER_TOP + 8f + 13f * headerTitleLines(width).size();
        baseline += 10f * headerSubtitleLines(width).size();
        return baseline + 5f;
    }

    private void decoratePages() {
        int count = document.getNumberOfPages();
        String programme = I18n.text("print.programme");
        String date = Formats.date(report.created());
        String footerLeft = regular.printable(I18n.text("print.footer.left"));
        for (int i = 0; i < count; i++) {
            PDPage p = document.getPage(i);
            float w = p.getMediaBox().getWidth();
            float h = p.getMediaBox().getHeight();
            try (PageCanvas c = new PageCanvas(document, p, true)) {
                float right = w - MARGIN_X;
                float baseline = HEADER_TOP + 8f;
                c.text(MARGIN_X, baseline, bold, 8f, ACCENT, bold.printable(programme));
                String d = regular.printable(date);
                c.text(right - regular.width(d, 8f), baseline, regular, 8f, GREY, d);
                for (String line : headerTitleLines(w)) {
                    baseline += 13f;
                    c.text(MARGIN_X, baseline, bold, 10f, TEXT, line);
                }
                for (String line : headerSubtitleLines(w)) {
                    baseline += 10f;
                    c.text(MARGIN_X, baseline, regular, 8f, GREY, line);
                }
                float rule = headerBottom(w);
                c.line(MARGIN_X, rule, right, rule, 0.7f, ACCENT);
                float footerRule = h - FOOTER_SPACE + 14f;
                c.line(MARGIN_X, footerRule, right, footerRule, 0.4f, RULE);
                float footerBaseline = footerRule + 12f;
                c.text(MARGIN_X, footerBaseline, regular, 7.5f, GREY, footerLeft);
                String pageText = regular.printable(I18n.text("print.footer.page", i + 1, count));
                c.text(right - regular.width(pageText, 8f), footerBaseline, regular, 8f, TEXT, pageText);
            }
        }
    }

    // ---- blocks ------------------------------------------------------------------------------

    private void titleBlock() {
        List<String> title = bold.wrap(report.title(), 16f, contentWidth());
        for (String line : title) {
            y += 17f;
            canvas().text(contentLeft(), y, bold, 16f, ACCENT, line);
            y += 3f;
        }
        if (report.subtitle() != null && !report.subtitle().isBlank()) {
            for (String line : regular.wrap(report.subtitle(), 10.5f, contentWidth())) {
                y += 14f;
                canvas().text(contentLeft(), y, regular, 10.5f, TEXT, line);
            }
        }
        y += 13f;
        canvas().text(contentLeft(), y, regular, 8.5f, GREY,
                regular.printable(I18n.text("print.created", Formats.date(report.created()))));
        y += 14f;
    }

    /** A section heading; {@code keepWithNext} points of what follows must fit below it. */
    private void heading(String text, float keepWithNext) {
        List<String> lines = bold.wrap(text, 12.5f, contentWidth());
        float h = lines.size() * 16f + 8f;
        gap(4);
        ensure(h + keepWithNext);
        for (String line : lines) {
            y += 14f;
            canvas().text(contentLeft(), y, bold, 12.5f, ACCENT, line);
            y += 2f;
        }
        y += 8f;
    }

    /** Wrapped text, broken across pages line by line. */
    void paragraph(String text, int rgb) {
        for (String line : regular.wrap(text, PARAGRAPH_SIZE, contentWidth())) {
            ensure(PARAGRAPH_LEADING);
            y += PARAGRAPH_LEADING;
            canvas().text(contentLeft(), y - 3f, regular, PARAGRAPH_SIZE, rgb, line);
        }
    }

    /** Key figures as tiles: label above, value large below, several tiles per row. */
    private void tiles(KeyFigures figures) {
        List<KeyFigures.KeyFigure> all = figures.figures();
        if (all.isEmpty()) {
            return;
        }
        float gapX = 8f;
        int perRow = Math.max(1, Math.min(all.size(), (int) ((contentWidth() + gapX) / (150f + gapX))));
        float tileW = (contentWidth() - (perRow - 1) * gapX) / perRow;
        float inner = tileW - 16f;
        for (int start = 0; start < all.size(); start += perRow) {
            List<KeyFigures.KeyFigure> row = all.subList(start, Math.min(all.size(), start + perRow));
            List<List<String>> labels = new ArrayList<>();
            List<List<String>> values = new ArrayList<>();
            float h = 0;
            for (KeyFigures.KeyFigure f : row) {
                List<String> label = regular.wrap(f.label(), 8f, inner);
                String valueText = f.value() == null ? "–" : CellText.of(f.type(), f.value());
                List<String> value = bold.wrap(valueText, 14f, inner);
                labels.add(label);
                values.add(value);
                h = Math.max(h, 8f + label.size() * 10f + 4f + value.size() * 17f + 6f);
            }
            ensure(h + 8f);
            for (int i = 0; i < row.size(); i++) {
                float x = contentLeft() + i * (tileW + gapX);
                PageCanvas c = canvas();
                c.fillRect(x, y, tileW, h, TILE_FILL);
                c.fillRect(x, y, 3f, h, ACCENT);
                float baseline = y + 6f;
                for (String line : labels.get(i)) {
                    baseline += 10f;
                    c.text(x + 10f, baseline - 2f, regular, 8f, GREY, line);
                }
                baseline += 4f;
                for (String line : values.get(i)) {
                    baseline += 17f;
                    c.text(x + 10f, baseline - 3f, bold, 14f, TEXT, line);
                }
            }
            y += h + 8f;
        }
        gap(6);
    }

    private void image(ReportImage image) {
        PDImageXObject xobject;
        try {
            xobject = PDImageXObject.createFromByteArray(document, image.png(),
                    Objects.requireNonNullElse(image.caption(), "image"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float w = image.widthPx() * 0.75f; // 96 pixels per inch
        float h = image.heightPx() * 0.75f;
        List<String> caption = image.caption() == null ? List.of() : regular.wrap(image.caption(), 8f, contentWidth());
        float captionH = caption.size() * 10f + (caption.isEmpty() ? 0 : 4f);
        float scale = Math.min(1f, contentWidth() / Math.max(1f, w));
        scale = Math.min(scale, (pageContentHeight() - captionH) / Math.max(1f, h));
        w *= scale;
        h *= scale;
        ensure(h + captionH);
        canvas().image(xobject, contentLeft(), y, w, h);
        y += h;
        if (!caption.isEmpty()) {
            y += 4f;
            for (String line : caption) {
                y += 10f;
                canvas().text(contentLeft(), y - 2f, regular, 8f, GREY, line);
            }
        }
        gap(12);
    }
}
