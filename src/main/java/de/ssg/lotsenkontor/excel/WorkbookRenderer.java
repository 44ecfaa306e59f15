package de.ssg.lotsenkontor.excel;

import de.ssg.lotsenkontor.common.AtomicFile;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.excel.WorkbookStyles.Role;
import de.ssg.lotsenkontor.report.Aggregate;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Computed;
import de.ssg.lotsenkontor.report.Formula;
import de.ssg.lotsenkontor.report.Highlight;
import de.ssg.lotsenkontor.report.KeyFigures;
import de.ssg.lotsenkontor.report.Paragraph;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportBlock;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportImage;
import de.ssg.lotsenkontor.report.ReportRenderer;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.report.ReportRow;
import de.ssg.lotsenkontor.report.ReportSection;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.RowKind;
import de.ssg.lotsenkontor.report.TableLayout;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Renders a {@link Report} as an Excel workbook (.xlsx); reached through {@link ReportRenderers}.
 *
 * <ul>
 *   <li>Paragraphs, key figures and images go on a first sheet "Übersicht" (only when the report
 *       has any); it links to the table sheets.</li>
 *   <li>Every table gets its own sheet, named after the table (else its section, else the report),
 *       made valid and unique by {@link SheetNames}.</li>
 *   <li>Cells are typed: numbers are numbers (money {@code #,##0.00 "€"}, integers {@code #,##0},
 *       decimals {@code #,##0.00}, shares {@code 0.0 %}), dates are real dates
 *       ({@code dd.mm.yyyy}), text is text (format {@code @}, so an AGS keeps its leading digits).
 *       Yes/no is written as the text "ja"/"nein": it reads, filters and prints as on screen,
 *       where TRUE/FALSE would show as WAHR/FALSCH.</li>
 *   <li>Header row bold, shaded and frozen, with an autofilter over header and data (a grand
 *       total below stays outside the filter). Widths follow the columns' hints and content
 *       ({@link ColumnWidths}).</li>
 *   <li>Group headers are bold and shaded; subtotals and totals bold with a rule above. A
 *       declared {@link Aggregate#SUM} is a live {@code SUBTOTAL(9,…)} formula (with its value
 *       cached for viewers that do not calculate): it ignores nested subtotals, so a grand total
 *       over a grouped table does not count twice, and like Excel's own "Teilergebnis" it follows
 *       the autofilter.</li>
 *   <li>Print setup: A4, landscape when the columns are wider than a portrait page, scaled to the
 *       page width, header row repeated on every page, page header with the report title (and
 *       subtitle) on the left and the creation date on the right, "Seite x von y" below.</li>
 * </ul>
 *
 * Rows are streamed ({@link SXSSFWorkbook}): memory stays flat for any number of rows. Writing
 * goes through {@link AtomicFile}: a failure or a cancellation never leaves a half-written file.
 */
public final class WorkbookRenderer implements ReportRenderer {

    /** Wider tables (in characters) are printed in landscape. */
    static final int PORTRAIT_MAX_CHARS = 95;
    private static final int ROW_WINDOW = 200;
    private static final int PROGRESS_STEP = 500;
    private static final int MAX_TEXT = 32_767;
    /** Widths of the overview sheet's columns (characters); paragraphs span all of them. */
    private static final int[] OVERVIEW_WIDTHS = {36, 18, 12, 12, 12};
    private static final int DEFAULT_ROW_PX = 20;

    /** Found through {@code META-INF/services} by {@link ReportRenderers}; features never name this class. */
    public WorkbookRenderer() {
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public void render(Report report, Path file, Progress progress) {
        write(report, file, progress);
    }

    /** Writes {@code report} to {@code file}, replacing it only when the workbook is complete. */
    static void write(Report report, Path file, Progress progress) {
        AtomicFile.write(file, out -> render(report, out, progress));
    }

    /** Writes {@code report} as a workbook to {@code out} (which stays open). */
    static void render(Report report, OutputStream out, Progress progress) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            new Renderer(workbook, ChartTables.expand(report), progress).render();
            workbook.write(out);
        } finally {
            try {
                workbook.close();
            } finally {
                workbook.dispose(); // deletes the streamed rows' temporary files
            }
        }
    }

    /** One rendering run: the workbook, its styles and where the writing stands. */
    private static final class Renderer {

        private final SXSSFWorkbook workbook;
        private final Report report;
        private final Progress progress;
        private final WorkbookStyles styles;
        private final String yes = I18n.text("workbook.yes");
        private final String no = I18n.text("workbook.no");
        private final long totalRows;
        private long rowsDone;

        Renderer(SXSSFWorkbook workbook, Report report, Progress progress) {
            this.workbook = workbook;
            this.report = report;
            this.progress = progress == null ? Progress.NONE : progress;
            this.styles = new WorkbookStyles(workbook);
            this.totalRows = report.tables().stream().mapToLong(t -> t.rows().size()).sum();
        }

        void render() {
            SheetNames names = new SheetNames(I18n.text("workbook.sheet.table"));
            boolean overview = report.blocks().stream().anyMatch(b -> !(b instanceof ReportTable));
            String overviewName = overview ? names.unique(I18n.text("workbook.sheet.overview")) : null;
            List<String> tableNames = new ArrayList<>();
            for (ReportSection section : report.sections()) {
                for (ReportBlock block : section.blocks()) {
                    if (block instanceof ReportTable table) {
                        tableNames.add(names.unique(firstOf(table.title(), section.heading(), report.title())));
                    }
                }
            }
            progress.update(0, totalRows, null); // the caller's title stays until rows are written
            if (overview) {
                writeOverview(workbook.createSheet(overviewName), tableNames);
            }
            List<ReportTable> tables = report.tables();
            for (int i = 0; i < tables.size(); i++) {
                writeTable(workbook.createSheet(tableNames.get(i)), tables.get(i));
            }
            if (workbook.getNumberOfSheets() == 0) {
                // an empty report still makes a valid workbook
                Sheet sheet = workbook.createSheet(names.unique(report.title()));
                textCell(sheet.createRow(0), 0, report.title(), styles.title());
                printSetup(sheet, 0);
            }
            workbook.setActiveSheet(0);
            workbook.setForceFormulaRecalculation(true);
            var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setTitle(report.title());
            core.setCreator(I18n.text("workbook.creator"));
            if (report.subtitle() != null) {
                core.setSubjectProperty(report.subtitle());
            }
            progress.update(totalRows, totalRows, I18n.text("workbook.progress", totalRows, totalRows));
        }

        // ---- table sheets ------------------------------------------------------------------

        private void writeTable(SXSSFSheet sheet, ReportTable table) {
            List<ReportTable.Column> columns = table.columns();
            TableLayout layout = table.layout();
            int n = columns.size();
            int totalWidth = 0;
            int[] widths = ColumnWidths.of(table);
            // title lines, an empty line, then the headings: all repeated on every printed page
            int headerRow = layout.titleLines().isEmpty() ? 0 : layout.titleLines().size() + 1;
            for (int t = 0; t < layout.titleLines().size(); t++) {
                Row line = sheet.createRow(t);
                if (t == 0) {
                    line.setHeightInPoints(20);
                }
                textCell(line, 0, layout.titleLines().get(t), t == 0 ? styles.sheetTitle() : styles.plain());
            }
            Row header = sheet.createRow(headerRow);
            header.setHeightInPoints(20);
            for (int c = 0; c < n; c++) {
                ReportTable.Column column = columns.get(c);
                int width = widths[c];
                totalWidth += width;
                sheet.setColumnWidth(c, width * 256);
                Cell cell = header.createCell(c);
                cell.setCellValue(column.title());
                cell.setCellStyle(styles.cell(Role.HEADER, column.type()));
            }
            int firstDataRow = headerRow + 1;
            int lastFiltered = headerRow;
            boolean inFilter = true;
            List<ReportRow> rows = table.rows();
            for (int r = 0; r < rows.size(); r++) {
                ReportRow row = rows.get(r);
                Row sheetRow = sheet.createRow(firstDataRow + r);
                switch (row.kind()) {
                    case DATA -> {
                        writeData(sheetRow, table, r, firstDataRow);
                        if (layout.dataRowLines() > 1) {
                            signableRow(sheetRow, table);
                        }
                    }
                    case GROUP_HEADER -> writeStyled(sheetRow, table, r, Role.GROUP, firstDataRow);
                    case SUBTOTAL -> writeStyled(sheetRow, table, r, Role.SUBTOTAL, firstDataRow);
                    case TOTAL -> writeStyled(sheetRow, table, r, Role.TOTAL, firstDataRow);
                }
                if (row.kind() == RowKind.TOTAL) {
                    inFilter = false;
                } else if (inFilter) {
                    lastFiltered = firstDataRow + r;
                }
                if (++rowsDone % PROGRESS_STEP == 0) {
                    progress.update(rowsDone, totalRows, I18n.text("workbook.progress", rowsDone, totalRows));
                }
            }
            int next = firstDataRow + rows.size();
            if (!layout.signatureLines().isEmpty()) {
                writeSignatures(sheet, next + 1, layout.signatureLines(), n);
            }
            sheet.createFreezePane(0, firstDataRow);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastFiltered, 0, n - 1));
            highlights(sheet, table, firstDataRow);
            printSetup(sheet, layout.landscape() ? Integer.MAX_VALUE : totalWidth);
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
            ignoreNumbersAsText(sheet, columns, firstDataRow, rows.size());
        }

        /** Lines to sign below a table: the label, and a rule to write on beside it. */
        private void writeSignatures(SXSSFSheet sheet, int r, List<String> lines, int columns) {
            int lineEnd = Math.max(1, Math.min(columns - 1, 3));
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(r + 2 * i);
                row.setHeightInPoints(i == 0 ? 18 : 30);
                textCell(row, 0, lines.get(i), i == 0 ? styles.plain() : styles.signatureLabel());
                if (i > 0) {
                    for (int c = 1; c <= lineEnd; c++) {
                        row.createCell(c).setCellStyle(styles.signatureLine());
                    }
                }
            }
        }

        /** Highlights as conditional formatting with a formula: it follows when a user changes a cell. */
        private void highlights(SXSSFSheet sheet, ReportTable table, int firstDataRow) {
            if (table.layout().highlights().isEmpty()) {
                return;
            }
            SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            for (Highlight h : table.layout().highlights()) {
                String test = "$" + CellReference.convertNumToColString(h.testColumn()) + (firstDataRow + h.firstRow() + 1);
                ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                        "AND(ISNUMBER(" + test + ")," + test + ">" + h.threshold().toPlainString() + ")");
                PatternFormatting fill = rule.createPatternFormatting();
                fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
                fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
                FontFormatting font = rule.createFontFormatting();
                font.setFontColorIndex(IndexedColors.DARK_RED.getIndex());
                font.setFontStyle(false, true);
                formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(
                        firstDataRow + h.firstRow(), firstDataRow + h.lastRow(), h.firstColumn(), h.lastColumn())},
                        rule);
            }
        }

        private void writeData(Row sheetRow, ReportTable table, int r, int firstDataRow) {
            List<ReportTable.Column> columns = table.columns();
            ReportRow row = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                Object value = row.cell(c);
                if (value == Aggregate.ROW_SUM) {
                    Cell cell = sheetRow.createCell(c);
                    cell.setCellStyle(styles.cell(Role.DATA, columns.get(c).type()));
                    rowSum(cell, table, r, c, firstDataRow);
                } else if (value != null) {
                    ColumnType type = columns.get(c).type();
                    Cell cell = sheetRow.createCell(c);
                    cell.setCellStyle(styles.cell(Role.DATA, type));
                    if (value instanceof Computed computed) {
                        setComputed(cell, type, computed, firstDataRow);
                    } else {
                        setValue(cell, type, value);
                    }
                }
            }
        }

        /** A row to sign in by hand: as high as the layout asks, its empty cells framed like the others. */
        private void signableRow(Row sheetRow, ReportTable table) {
            sheetRow.setHeightInPoints(table.layout().dataRowLines() * 15f);
            for (int c = 0; c < table.columns().size(); c++) {
                if (sheetRow.getCell(c) == null) {
                    sheetRow.createCell(c).setCellStyle(styles.cell(Role.DATA, table.columns().get(c).type()));
                }
            }
        }

        /** Group headers, subtotals and totals: every cell styled, so shading and rules run across the row. */
        private void writeStyled(Row sheetRow, ReportTable table, int r, Role role, int firstDataRow) {
            ReportRow row = table.rows().get(r);
            for (int c = 0; c < table.columns().size(); c++) {
                ColumnType type = table.columns().get(c).type();
                Object value = row.cell(c);
                Cell cell = sheetRow.createCell(c);
                if (value instanceof String label && type != ColumnType.TEXT) {
                    cell.setCellStyle(styles.cell(role, ColumnType.TEXT));
                    cell.setCellValue(label);
                    continue;
                }
                cell.setCellStyle(styles.cell(role, type));
                if (value == Aggregate.ROW_SUM) {
                    rowSum(cell, table, r, c, firstDataRow);
                } else if (value == Aggregate.SUM) {
                    ReportTable.RowRange range = table.aggregateRange(r);
                    // the workbook stores a formula's last result as a binary number, like any numeric cell;
                    // the exact sum stays in the report (BigDecimal) and the formula recomputes it
                    double cachedResult = ((java.math.BigDecimal) table.aggregate(r, c)).doubleValue();
                    if (!range.isEmpty()) {
                        String col = CellReference.convertNumToColString(c);
                        cell.setCellFormula("SUBTOTAL(9," + col + (range.first() + firstDataRow + 1) + ":" + col
                                + (range.last() + firstDataRow + 1) + ")");
                    }
                    cell.setCellValue(cachedResult);
                } else if (value instanceof Computed computed) {
                    setComputed(cell, type, computed, firstDataRow);
                } else if (value != null) {
                    setValue(cell, type, value);
                }
            }
        }

        /** A live formula over other cells of the table, with today's value as its cached result. */
        private void setComputed(Cell cell, ColumnType type, Computed computed, int firstDataRow) {
            cell.setCellFormula(formula(computed.formula(), firstDataRow));
            if (computed.value() instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (computed.value() != null) {
                setValue(cell, type, computed.value());
            } else {
                cell.setCellValue("");
            }
        }

        /** The formula in a workbook's syntax, rows of the table counted from {@code firstDataRow}. */
        private static String formula(Formula f, int firstDataRow) {
            if (f instanceof Formula.Cell c) {
                return CellReference.convertNumToColString(c.column()) + (firstDataRow + c.row() + 1);
            }
            if (f instanceof Formula.Sum s) {
                if (s.terms().isEmpty()) {
                    return "0";
                }
                List<String> terms = new ArrayList<>();
                s.terms().forEach(t -> terms.add(formula(t, firstDataRow)));
                return "SUM(" + String.join(",", terms) + ")";
            }
            if (f instanceof Formula.Difference d) {
                return "(" + formula(d.minuend(), firstDataRow) + ")-(" + formula(d.subtrahend(), firstDataRow) + ")";
            }
            Formula.Ratio r = (Formula.Ratio) f;
            String denominator = formula(r.denominator(), firstDataRow);
            return "IF((" + denominator + ")=0,\"\",(" + formula(r.numerator(), firstDataRow) + ")/(" + denominator
                    + "))";
        }

        /** A row total: a live SUM over the numeric cells to its left, with its value cached. */
        private void rowSum(Cell cell, ReportTable table, int r, int c, int firstDataRow) {
            int first = table.rowSumStart(c);
            if (first < c) {
                cell.setCellFormula("SUM(" + CellReference.convertNumToColString(first) + (firstDataRow + r + 1) + ":"
                        + CellReference.convertNumToColString(c - 1) + (firstDataRow + r + 1) + ")");
            }
            cell.setCellValue(((BigDecimal) table.aggregate(r, c)).doubleValue());
        }

        private void setValue(Cell cell, ColumnType type, Object value) {
            switch (type) {
                case TEXT -> cell.setCellValue(text(value));
                case BOOLEAN -> cell.setCellValue(Boolean.TRUE.equals(value) ? yes : no);
                case DATE -> {
                    LocalDate date = (LocalDate) value;
                    if (date.getYear() < 1900 || date.getYear() > 9999) {
                        cell.setCellValue(Formats.date(date)); // Excel has no such dates
                    } else {
                        cell.setCellValue(date);
                    }
                }
                case INTEGER, DECIMAL, MONEY, PERCENT -> {
                    double d = ((Number) value).doubleValue();
                    if (Double.isFinite(d)) {
                        cell.setCellValue(d);
                    } else {
                        cell.setBlank();
                    }
                }
            }
        }

        private static String text(Object value) {
            String s = value.toString();
            return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
        }

        /** Text columns hold digits (AGS, postcodes) on purpose: no "number stored as text" markers. */
        private void ignoreNumbersAsText(SXSSFSheet sheet, List<ReportTable.Column> columns, int firstDataRow,
                int rows) {
            XSSFSheet template = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).type() == ColumnType.TEXT && rows > 0) {
                    template.addIgnoredErrors(new CellRangeAddress(firstDataRow, firstDataRow + rows - 1, c, c),
                            IgnoredErrorType.NUMBER_STORED_AS_TEXT);
                }
            }
        }

        // ---- overview sheet ------------------------------------------------------------------

        private void writeOverview(SXSSFSheet sheet, List<String> tableNames) {
            int lastColumn = OVERVIEW_WIDTHS.length - 1;
            int totalWidth = 0;
            for (int c = 0; c < OVERVIEW_WIDTHS.length; c++) {
                sheet.setColumnWidth(c, OVERVIEW_WIDTHS[c] * 256);
                totalWidth += OVERVIEW_WIDTHS[c];
            }
            int r = 0;
            Row title = sheet.createRow(r++);
            title.setHeightInPoints(24);
            textCell(title, 0, report.title(), styles.title());
            if (report.subtitle() != null) {
                textCell(sheet.createRow(r++), 0, report.subtitle(), styles.subtitle());
            }
            textCell(sheet.createRow(r++), 0, I18n.text("workbook.created", Formats.date(report.created())),
                    styles.plain());
            int table = 0;
            for (ReportSection section : report.sections()) {
                r++;
                if (section.heading() != null) {
                    Row heading = sheet.createRow(r++);
                    heading.setHeightInPoints(20);
                    for (int c = 0; c <= lastColumn; c++) {
                        heading.createCell(c).setCellStyle(styles.heading());
                    }
                    heading.getCell(0).setCellValue(section.heading());
                }
                for (ReportBlock block : section.blocks()) {
                    if (block instanceof Paragraph p) {
                        r = paragraph(sheet, r, p.text(), styles.paragraph(), lastColumn, totalWidth);
                    } else if (block instanceof KeyFigures k) {
                        r = keyFigures(sheet, r, k);
                    } else if (block instanceof ReportTable t) {
                        r = tableLink(sheet, r, t, tableNames.get(table++));
                    } else if (block instanceof ReportImage i) {
                        r = image(sheet, r, i, totalWidth);
                    }
                }
            }
            printSetup(sheet, totalWidth);
        }

        private int paragraph(Sheet sheet, int r, String text, CellStyle style, int lastColumn, int widthChars) {
            Row row = sheet.createRow(r);
            textCell(row, 0, text, style);
            for (int c = 1; c <= lastColumn; c++) {
                row.createCell(c).setCellStyle(style);
            }
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
            // merged cells do not grow with their text: estimate the lines (text is narrower than digits)
            int perLine = (int) (widthChars * 1.15);
            int lines = 0;
            for (String line : text.split("\n", -1)) {
                lines += Math.max(1, (line.length() + perLine - 1) / perLine);
            }
            row.setHeightInPoints(lines * 15f + 3);
            return r + 1;
        }

        private int keyFigures(Sheet sheet, int r, KeyFigures figures) {
            for (KeyFigures.KeyFigure figure : figures.figures()) {
                Row row = sheet.createRow(r++);
                textCell(row, 0, figure.label(), styles.label());
                if (figure.value() != null) {
                    Cell cell = row.createCell(1);
                    cell.setCellStyle(styles.figure(figure.type()));
                    setValue(cell, figure.type(), figure.value());
                }
            }
            return r;
        }

        private int tableLink(Sheet sheet, int r, ReportTable table, String sheetName) {
            Row row = sheet.createRow(r);
            Cell cell = textCell(row, 0, I18n.text("workbook.tableLink",
                    firstOf(table.title(), sheetName), table.dataRowCount(), sheetName), styles.link());
            Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
            cell.setHyperlink(link);
            return r + 1;
        }

        private int image(Sheet sheet, int r, ReportImage image, int widthChars) {
            int maxPx = widthChars * 7;
            int w = Math.min(image.widthPx(), maxPx);
            int h = (int) Math.round((double) image.heightPx() * w / Math.max(1, image.widthPx()));
            int index = workbook.addPicture(image.png(), Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            anchor.setCol1(0);
            anchor.setRow1(r);
            int col = 0;
            int left = w;
            while (col < OVERVIEW_WIDTHS.length - 1 && left > OVERVIEW_WIDTHS[col] * 7 + 5) {
                left -= OVERVIEW_WIDTHS[col] * 7 + 5;
                col++;
            }
            anchor.setCol2(col);
            anchor.setDx2(Units.pixelToEMU(left));
            anchor.setRow2(r + h / DEFAULT_ROW_PX);
            anchor.setDy2(Units.pixelToEMU(h % DEFAULT_ROW_PX));
            sheet.createDrawingPatriarch().createPicture(anchor, index);
            r += (h + DEFAULT_ROW_PX - 1) / DEFAULT_ROW_PX;
            if (image.caption() != null) {
                textCell(sheet.createRow(r++), 0, image.caption(), styles.caption());
            }
            return r;
        }

        private static Cell textCell(Row row, int column, String text, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(text(text));
            if (style != null) {
                cell.setCellStyle(style);
            }
            return cell;
        }

        // ---- print setup ---------------------------------------------------------------------

        private void printSetup(Sheet sheet, int widthChars) {
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(widthChars > PORTRAIT_MAX_CHARS);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0); // as many pages down as needed
            sheet.setMargin(Sheet.LeftMargin, 0.5);
            sheet.setMargin(Sheet.RightMargin, 0.5);
            sheet.setMargin(Sheet.TopMargin, 0.8);
            sheet.setMargin(Sheet.BottomMargin, 0.7);
            sheet.setMargin(Sheet.HeaderMargin, 0.3);
            sheet.setMargin(Sheet.FooterMargin, 0.3);
            String left = "&B" + headerText(report.title()) + "&B";
            if (report.subtitle() != null) {
                left += "\n" + headerText(report.subtitle());
            }
            sheet.getHeader().setLeft(left);
            sheet.getHeader().setRight(headerText(Formats.date(report.created())));
            sheet.getFooter().setCenter(I18n.text("workbook.footer.page", "&P", "&N"));
        }

        /** Text for a page header: '&' escaped, short enough for Excel's 255-character limit. */
        private static String headerText(String text) {
            String t = text.length() > 100 ? text.substring(0, 99) + "…" : text;
            return t.replace("&", "&&");
        }
    }

    private static String firstOf(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }
}
