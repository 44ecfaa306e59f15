package de.ssg.lotsenkontor.print;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.Aggregate;
import de.ssg.lotsenkontor.report.Computed;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.ReportRow;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.RowKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A table on pages: a shaded header row repeated on every page the table runs over, data rows
 * striped, group headers shaded (repeated as "(Fortsetzung)" when a group runs onto the next
 * page), subtotals and totals bold with a rule above, their sums computed exactly
 * ({@link ReportTable#aggregate}). Values are formatted as on screen and in a workbook
 * ({@code 1.234,56 €}, {@code 31.12.2024}); numbers are right-aligned.
 *
 * <p>Widths follow the columns' hints and content: numbers and dates always fit, text columns
 * take what their hint and content ask (up to half again the hint) and wrap beyond it; the
 * columns are then stretched to the width of the page, or narrowed (text columns first, then the
 * type size) to fit it. A row taller than a page is continued on the next one. Nothing is cut.
 */
final class TableBlock {

    /** Wider tables (in the workbook's character widths) are printed in landscape, as in a workbook. */
    static final int PORTRAIT_MAX_CHARS = 95;

    private static final float BODY_SIZE = 8.5f;
    private static final float HEAD_SIZE = 8f;
    private static final float PAD_X = 3f;
    private static final float PAD_Y = 2.6f;
    /** Type is made no smaller than this before words are broken. */
    private static final float MIN_SCALE = 0.8f;
    private static final int HEADER_FILL = 0xDCE6F0;
    private static final int ZEBRA = 0xF4F6F9;
    private static final int GROUP_FILL = 0xE4EBF3;
    private static final int SUBTOTAL_FILL = 0xEEF2F6;
    private static final int TOTAL_FILL = 0xD5E1EC;

    private final PageLayout layout;
    private final ReportTable table;
    private final String title;
    private final List<ReportTable.Column> columns;
    private final int n;
    private final float[] x;
    private final float[] w;
    private final float size;
    private final float headSize;
    private final float leading;
    private final float headLeading;
    private final List<List<String>> headerLines = new ArrayList<>();
    private final float headerHeight;
    private String group;
    private int dataIndex;

    TableBlock(PageLayout layout, ReportTable table, String title) {
        this.layout = layout;
        this.table = table;
        this.title = title;
        this.columns = table.columns();
        this.n = columns.size();
        if (isWide(table)) {
            layout.orientation(true);
        }
        this.x = new float[n];
        this.w = new float[n];
        float scale = fitWidths();
        this.size = BODY_SIZE * scale;
        this.headSize = HEAD_SIZE * scale;
        this.leading = size * 1.22f;
        this.headLeading = headSize * 1.22f;
        float max = 0;
        for (int c = 0; c < n; c++) {
            List<String> lines = layout.bold.wrap(columns.get(c).title(), headSize, w[c] - 2 * PAD_X);
            headerLines.add(lines);
            max = Math.max(max, lines.size());
        }
        this.headerHeight = max * headLeading + 2 * PAD_Y + 1f;
    }

    /** Whether the table is printed in landscape: the workbook renderer's rule. */
    static boolean isWide(ReportTable table) {
        int total = 0;
        for (int width : workbookWidths(table)) {
            total += width;
        }
        return total > PORTRAIT_MAX_CHARS;
    }

    void draw() {
        float titleHeight = title == null ? 0 : 18f;
        float first = table.rows().isEmpty() ? leading + 2 * PAD_Y : height(rowLines(0));
        layout.ensure(titleHeight + headerHeight + Math.min(first, layout.pageContentHeight() / 3));
        if (title != null) {
            drawTitle(layout.bold.printable(title), 10.5f, PageLayout.TEXT);
        }
        drawHeader();
        List<ReportRow> rows = table.rows();
        if (rows.isEmpty()) {
            RowLines empty = spanning(I18n.text("print.table.empty"), layout.regular);
            drawRow(empty, null, true);
        }
        for (int r = 0; r < rows.size(); r++) {
            ReportRow row = rows.get(r);
            RowLines lines = rowLines(r);
            if (row.kind() == RowKind.GROUP_HEADER) {
                // a group header never stands alone at the bottom of a page
                float next = r + 1 < rows.size() ? height(rowLines(r + 1)) : 0;
                if (height(lines) + next > layout.remaining() && layout.pageUsed()) {
                    breakPage(false);
                }
            }
            drawRow(lines, row.kind(), false);
            switch (row.kind()) {
                case GROUP_HEADER -> group = firstText(row);
                case SUBTOTAL, TOTAL -> group = null;
                default -> { }
            }
            layout.rowDone();
        }
        layout.canvas().line(layout.contentLeft(), layout.y, layout.contentLeft() + totalWidth(), layout.y, 0.6f,
                PageLayout.RULE);
    }

    // ---- rows ----------------------------------------------------------------------------------

    /** A row broken into lines per cell; a label may span the empty cells to its right. */
    private record RowLines(List<List<String>> cells, int[] spanEnd, boolean[] right, boolean bold, int lineCount) {
    }

    private float height(RowLines lines) {
        return lines.lineCount * leading + 2 * PAD_Y;
    }

    private RowLines rowLines(int r) {
        ReportRow row = table.rows().get(r);
        boolean labelRow = row.kind() != RowKind.DATA;
        PdfFont font = labelRow ? layout.bold : layout.regular;
        List<List<String>> cells = new ArrayList<>(n);
        int[] spanEnd = new int[n];
        boolean[] right = new boolean[n];
        int maxLines = 1;
        for (int c = 0; c < n; c++) {
            Object value = row.cell(c);
            ColumnType type = columns.get(c).type();
            if (value instanceof Aggregate || value instanceof Computed) { // sums and formulas: their value
                value = table.aggregate(r, c);
            }
            int end = c;
            String text;
            if (labelRow && value instanceof String label) {
                while (end + 1 < n && row.cell(end + 1) == null) {
                    end++;
                }
                text = label;
            } else {
                text = CellText.of(type, value);
                right[c] = CellText.numeric(type);
            }
            spanEnd[c] = end;
            float width = x[end] + w[end] - x[c] - 2 * PAD_X;
            List<String> lines = text.isEmpty() ? List.of() : font.wrap(text, size, width);
            cells.add(lines);
            maxLines = Math.max(maxLines, lines.size());
            for (int skipped = c + 1; skipped <= end; skipped++) {
                cells.add(List.of());
                spanEnd[skipped] = skipped;
            }
            c = end;
        }
        if (!labelRow) {
            maxLines = Math.max(maxLines, table.layout().dataRowLines());
        }
        return new RowLines(cells, spanEnd, right, labelRow, maxLines);
    }

    private RowLines spanning(String text, PdfFont font) {
        List<List<String>> cells = new ArrayList<>(n);
        int[] spanEnd = new int[n];
        for (int c = 0; c < n; c++) {
            cells.add(List.of());
            spanEnd[c] = c;
        }
        List<String> lines = font.wrap(text, size, totalWidth() - 2 * PAD_X);
        cells.set(0, lines);
        spanEnd[0] = n - 1;
        return new RowLines(cells, spanEnd, new boolean[n], font == layout.bold, Math.max(1, lines.size()));
    }

    /** Draws a row, on the next page when it does not fit here; a row taller than a page is continued. */
    private void drawRow(RowLines lines, RowKind kind, boolean muted) {
        float freshPage = layout.pageContentHeight() - headerHeight - (title == null ? 0 : 14f) - 2 * leading;
        if (height(lines) > layout.remaining() && height(lines) <= freshPage) {
            breakPage(kind != RowKind.GROUP_HEADER);
        }
        int maxLines = lines.lineCount;
        int from = 0;
        boolean stripe = kind == RowKind.DATA && (dataIndex++ % 2 == 1);
        boolean fresh = false;
        while (true) {
            int fit = (int) Math.floor((layout.remaining() - 2 * PAD_Y) / leading);
            int left = Math.max(1, maxLines - from);
            if (fit < 1 && !fresh) {
                breakPage(kind != RowKind.GROUP_HEADER);
                fresh = true;
                continue;
            }
            fit = Math.max(1, fit);
            if (left <= fit) {
                paint(lines, kind, muted, stripe, from, from + left);
                return;
            }
            paint(lines, kind, muted, stripe, from, from + fit);
            from += fit;
            breakPage(kind != RowKind.GROUP_HEADER);
            fresh = true;
        }
    }

    private void paint(RowLines lines, RowKind kind, boolean muted, boolean stripe, int from, int to) {
        float top = layout.y;
        float height = (to - from) * leading + 2 * PAD_Y;
        float left = layout.contentLeft();
        float width = totalWidth();
        PageCanvas canvas = layout.canvas();
        if (kind != null) {
            switch (kind) {
                case DATA -> {
                    if (stripe) {
                        canvas.fillRect(left, top, width, height, ZEBRA);
                    }
                    if (table.layout().dataRowLines() > 1) {
                        // a line to sign on, inside the row: the next row's shading would cover one below it
                        canvas.line(left, top + height - 0.4f, left + width, top + height - 0.4f, 0.4f, PageLayout.RULE);
                    }
                }
                case GROUP_HEADER -> canvas.fillRect(left, top, width, height, GROUP_FILL);
                case SUBTOTAL -> {
                    canvas.fillRect(left, top, width, height, SUBTOTAL_FILL);
                    canvas.line(left, top, left + width, top, 0.5f, PageLayout.RULE);
                }
                case TOTAL -> {
                    canvas.fillRect(left, top, width, height, TOTAL_FILL);
                    canvas.line(left, top, left + width, top, 1f, PageLayout.ACCENT);
                }
            }
        }
        PdfFont font = lines.bold ? layout.bold : layout.regular;
        int rgb = muted ? PageLayout.GREY : PageLayout.TEXT;
        for (int c = 0; c < n; c++) {
            List<String> cell = lines.cells.get(c);
            int end = lines.spanEnd[c];
            float cellLeft = x[c] + PAD_X;
            float cellRight = x[end] + w[end] - PAD_X;
            for (int i = from; i < Math.min(to, cell.size()); i++) {
                String text = cell.get(i);
                float baseline = top + PAD_Y + (i - from) * leading + size * 0.93f;
                float tx = lines.right[c] ? cellRight - font.width(text, size) : cellLeft;
                canvas.text(tx, baseline, font, size, rgb, text);
            }
        }
        layout.y = top + height;
    }

    private void breakPage(boolean continueGroup) {
        layout.newPage(layout.isLandscape());
        if (title != null) {
            drawTitle(layout.regular.printable(I18n.text("print.continued", title)), 8.5f, PageLayout.GREY);
        }
        drawHeader();
        if (continueGroup && group != null) {
            RowLines lines = spanning(I18n.text("print.continued", group), layout.bold);
            paint(lines, RowKind.GROUP_HEADER, false, false, 0, lines.cells.get(0).size());
        }
    }

    private void drawTitle(String text, float fontSize, int rgb) {
        PdfFont font = fontSize > 10 ? layout.bold : layout.regular;
        List<String> lines = font.wrap(text, fontSize, layout.contentWidth());
        for (String line : lines) {
            layout.y += fontSize + 3f;
            layout.canvas().text(layout.contentLeft(), layout.y, font, fontSize, rgb, line);
        }
        layout.y += 5f;
    }

    private void drawHeader() {
        float top = layout.y;
        PageCanvas canvas = layout.canvas();
        float left = layout.contentLeft();
        canvas.fillRect(left, top, totalWidth(), headerHeight, HEADER_FILL);
        for (int c = 0; c < n; c++) {
            boolean right = CellText.numeric(columns.get(c).type());
            List<String> lines = headerLines.get(c);
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i);
                float baseline = top + PAD_Y + i * headLeading + headSize * 0.93f;
                float tx = right ? x[c] + w[c] - PAD_X - layout.bold.width(text, headSize) : x[c] + PAD_X;
                canvas.text(tx, baseline, layout.bold, headSize, PageLayout.ACCENT, text);
            }
        }
        canvas.line(left, top + headerHeight, left + totalWidth(), top + headerHeight, 0.8f, PageLayout.ACCENT);
        layout.y = top + headerHeight;
    }

    private float totalWidth() {
        return x[n - 1] + w[n - 1] - x[0];
    }

    private static String firstText(ReportRow row) {
        for (Object cell : row.cells()) {
            if (cell instanceof String s) {
                return s;
            }
        }
        return null;
    }

    // ---- widths --------------------------------------------------------------------------------

    /** Sets {@link #x} and {@link #w} to fill the page width; returns the type scale (1 unless narrowed). */
    private float fitWidths() {
        int[][] chars = printChars();
        float digit = layout.regular.width("0", BODY_SIZE);
        float[] min = new float[n];
        float sum = 0;
        for (int c = 0; c < n; c++) {
            w[c] = chars[0][c] * digit + 2 * PAD_X;
            min[c] = chars[1][c] * digit + 2 * PAD_X;
            sum += w[c];
        }
        float available = layout.contentWidth();
        float scale = 1f;
        if (sum > available) {
            float slack = 0;
            for (int c = 0; c < n; c++) {
                slack += w[c] - min[c];
            }
            float excess = sum - available;
            if (slack >= excess) {
                for (int c = 0; c < n; c++) {
                    w[c] -= excess * (w[c] - min[c]) / slack;
                }
            } else {
                // even at their least the columns are too wide: smaller type first (down to
                // MIN_SCALE), then text columns break inside words, then everything shrinks
                float narrowed = 0;
                for (int c = 0; c < n; c++) {
                    narrowed += min[c];
                }
                scale = Math.max(MIN_SCALE, available / narrowed);
                float total = 0;
                float textSlack = 0;
                float floor = 4 * digit * scale + 2 * PAD_X;
                for (int c = 0; c < n; c++) {
                    w[c] = min[c] * scale;
                    total += w[c];
                    if (isText(c)) {
                        textSlack += Math.max(0, w[c] - floor);
                    }
                }
                if (total > available && textSlack > 0) {
                    float cut = Math.min(textSlack, total - available);
                    for (int c = 0; c < n; c++) {
                        if (isText(c)) {
                            float part = Math.max(0, w[c] - floor) / textSlack * cut;
                            w[c] -= part;
                            total -= part;
                        }
                    }
                }
                if (total > available) {
                    float rest = available / total;
                    scale *= rest;
                    for (int c = 0; c < n; c++) {
                        w[c] *= rest;
                    }
                }
            }
        } else if (sum < available) {
            float textWidth = 0;
            for (int c = 0; c < n; c++) {
                if (columns.get(c).type() == ColumnType.TEXT) {
                    textWidth += w[c];
                }
            }
            float extra = available - sum;
            for (int c = 0; c < n; c++) {
                if (textWidth > 0) {
                    if (columns.get(c).type() == ColumnType.TEXT) {
                        w[c] += extra * w[c] / textWidth;
                    }
                } else {
                    w[c] += extra * w[c] / sum;
                }
            }
        }
        float at = layout.contentLeft();
        for (int c = 0; c < n; c++) {
            x[c] = at;
            at += w[c];
        }
        return scale;
    }

    private boolean isText(int c) {
        ColumnType type = columns.get(c).type();
        return type == ColumnType.TEXT;
    }

    /** The longest word of a column's heading, in characters (bold is a little wider). */
    private int headerWord(int c) {
        int longest = 0;
        for (String word : columns.get(c).title().split("[\\s/-]+")) {
            longest = Math.max(longest, word.length());
        }
        return (int) Math.ceil(longest * 1.12) + 1;
    }

    /**
     * Print widths in characters: {@code [0]} preferred, {@code [1]} the least before the type is
     * made smaller. Numbers and dates always fit their values; text takes its content up to half
     * again its hint, and may be narrowed to its heading's longest word (it wraps).
     */
    private int[][] printChars() {
        int[] content = contentLengths(table);
        int[] words = longestWords(table);
        int[][] chars = new int[2][n];
        for (int c = 0; c < n; c++) {
            ReportTable.Column column = columns.get(c);
            int hint = Math.max(4, column.widthChars());
            int word = headerWord(c);
            int preferred;
            int least;
            if (CellText.numeric(column.type()) || column.type() == ColumnType.DATE
                    || column.type() == ColumnType.BOOLEAN) {
                least = Math.max(content[c] + 1, Math.min(word, 10));
                preferred = Math.max(least, Math.max(word, Math.min(hint, 12)));
            } else {
                // whole words, and short values (a name, a code) on one line
                least = Math.max(Math.max(Math.min(word, 18), Math.min(words[c], 20) + 1), Math.min(content[c] + 1, 12));
                preferred = Math.max(word, Math.min(content[c] + 1, Math.max(hint, hint * 3 / 2)));
            }
            chars[0][c] = Math.max(4, Math.min(80, Math.max(preferred, least)));
            chars[1][c] = Math.max(4, Math.min(chars[0][c], least));
        }
        return chars;
    }

    /** The longest word (what a line is not broken inside) of each text column's data, in characters. */
    private static int[] longestWords(ReportTable table) {
        int n = table.columns().size();
        int[] longest = new int[n];
        for (ReportRow row : table.rows()) {
            if (row.kind() != RowKind.DATA) {
                continue;
            }
            for (int c = 0; c < n; c++) {
                if (table.columns().get(c).type() == ColumnType.TEXT && row.cell(c) != null) {
                    String text = row.cell(c).toString();
                    int run = 0;
                    for (int i = 0; i < text.length(); i++) {
                        if (PdfFont.breaksAfter(text.charAt(i))) {
                            longest[c] = Math.max(longest[c], run + 1);
                            run = 0;
                        } else {
                            run++;
                        }
                    }
                    longest[c] = Math.max(longest[c], run);
                }
            }
        }
        return longest;
    }

    /** The longest value per column, in characters; labels of groups and sums are left out. */
    private static int[] contentLengths(ReportTable table) {
        int n = table.columns().size();
        int[] content = new int[n];
        for (int r = 0; r < table.rows().size(); r++) {
            ReportRow row = table.rows().get(r);
            for (int c = 0; c < n; c++) {
                Object value = row.cell(c);
                if (value == null || (value instanceof String && row.kind() != RowKind.DATA)) {
                    continue;
                }
                if (value instanceof Aggregate || value instanceof Computed) { // sums and formulas: their value
                    value = table.aggregate(r, c);
                }
                content[c] = Math.max(content[c], CellText.length(table.columns().get(c).type(), value));
            }
        }
        return content;
    }

    /** The column widths the workbook renderer gives (its {@code ColumnWidths}), for the same orientation. */
    static int[] workbookWidths(ReportTable table) {
        int[] content = contentLengths(table);
        int n = table.columns().size();
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            ReportTable.Column column = table.columns().get(c);
            int hint = Math.max(column.widthChars(), column.title().length() + 3);
            boolean numeric = CellText.numeric(column.type());
            if (numeric) {
                hint += 1;
            }
            int wanted;
            if (numeric || column.type() == ColumnType.DATE) {
                wanted = Math.max(hint, content[c] + 2);
            } else {
                int cap = Math.max(hint, column.widthChars() * 3 / 2);
                wanted = Math.max(hint, Math.min(cap, content[c] + 1));
            }
            widths[c] = Math.max(6, Math.min(60, wanted));
        }
        return widths;
    }
}
