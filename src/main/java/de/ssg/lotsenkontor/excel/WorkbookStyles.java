package de.ssg.lotsenkontor.excel;

import de.ssg.lotsenkontor.report.ColumnType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The cell styles of every workbook the app writes, made once per workbook (a workbook holds at
 * most 64,000 styles, so never one per cell). One change here changes every export.
 */
final class WorkbookStyles {

    /** Number formats as stored in the file; Excel shows them with the reader's separators (German: 1.234,56 €). */
    static final String FORMAT_TEXT = "@";
    static final String FORMAT_INTEGER = "#,##0";
    static final String FORMAT_DECIMAL = "#,##0.00";
    static final String FORMAT_MONEY = "#,##0.00 \"€\"";
    static final String FORMAT_DATE = "dd.mm.yyyy";
    static final String FORMAT_PERCENT = "0.0 %";

    /** What a cell is in a table sheet. */
    enum Role { HEADER, DATA, GROUP, SUBTOTAL, TOTAL }

    private static final XSSFColor HEADER_FILL = rgb(0xDD, 0xE4, 0xEE);
    private static final XSSFColor GROUP_FILL = rgb(0xF0, 0xF3, 0xF7);
    private static final XSSFColor RULE = rgb(0x5B, 0x6B, 0x80);

    private final Workbook workbook;
    private final DataFormat formats;
    private final Font regular;
    private final Font bold;
    private final Map<Role, Map<ColumnType, CellStyle>> cells = new EnumMap<>(Role.class);
    private final Map<String, CellStyle> named = new HashMap<>();

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        this.formats = workbook.createDataFormat();
        // The default font refers to the theme ("minor"), but the workbook has no theme part:
        // LibreOffice then shows another font than Excel. Name it plainly.
        if (workbook.getFontAt(0) instanceof XSSFFont base) {
            base.setScheme(FontScheme.NONE);
        }
        // Every style names its font: LibreOffice does not take an unnamed one from the default font.
        this.regular = font(false, false, 11);
        this.bold = font(true, false, 11);
    }

    static String format(ColumnType type) {
        return switch (type) {
            case TEXT, BOOLEAN -> FORMAT_TEXT;
            case INTEGER -> FORMAT_INTEGER;
            case DECIMAL -> FORMAT_DECIMAL;
            case MONEY -> FORMAT_MONEY;
            case DATE -> FORMAT_DATE;
            case PERCENT -> FORMAT_PERCENT;
        };
    }

    static boolean numeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.MONEY
                || type == ColumnType.PERCENT;
    }

    /** The style of a table cell of {@code type} in a row of the given role. */
    CellStyle cell(Role role, ColumnType type) {
        return cells.computeIfAbsent(role, r -> new EnumMap<>(ColumnType.class))
                .computeIfAbsent(type, t -> create(role, t));
    }

    private CellStyle create(Role role, ColumnType type) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFont(regular);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setAlignment(numeric(type) ? HorizontalAlignment.RIGHT
                : type == ColumnType.DATE || type == ColumnType.BOOLEAN ? HorizontalAlignment.CENTER
                : HorizontalAlignment.LEFT);
        if (numeric(type)) {
            style.setIndention((short) 1); // keeps a number off the text of the next column
        }
        if (role != Role.HEADER) {
            style.setDataFormat(formats.getFormat(format(type)));
        }
        switch (role) {
            case HEADER -> {
                style.setFont(bold);
                fill(style, HEADER_FILL);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBottomBorderColor(RULE);
            }
            case GROUP -> {
                style.setFont(bold);
                fill(style, GROUP_FILL);
                style.setAlignment(HorizontalAlignment.LEFT);
            }
            case SUBTOTAL -> {
                style.setFont(bold);
                style.setBorderTop(BorderStyle.THIN);
                style.setTopBorderColor(RULE);
            }
            case TOTAL -> {
                style.setFont(bold);
                style.setBorderTop(BorderStyle.THIN);
                style.setTopBorderColor(RULE);
                style.setBorderBottom(BorderStyle.DOUBLE);
                style.setBottomBorderColor(RULE);
            }
            case DATA -> { }
        }
        return style;
    }

    /** Report title on the overview sheet. */
    CellStyle title() {
        return named.computeIfAbsent("title", k -> text(font(true, false, 16), false));
    }

    /** First title line above a table's headings. */
    CellStyle sheetTitle() {
        return named.computeIfAbsent("sheetTitle", k -> text(font(true, false, 13), false));
    }

    /** Label of a line to sign ("Ort, Datum"): at the foot of its row, beside the line. */
    CellStyle signatureLabel() {
        return named.computeIfAbsent("signatureLabel", k -> {
            CellStyle s = text(null, false);
            s.setVerticalAlignment(VerticalAlignment.BOTTOM);
            return s;
        });
    }

    /** The line to sign on. */
    CellStyle signatureLine() {
        return named.computeIfAbsent("signatureLine", k -> {
            CellStyle s = text(null, false);
            s.setBorderBottom(BorderStyle.THIN);
            ((XSSFCellStyle) s).setBottomBorderColor(RULE);
            return s;
        });
    }

    CellStyle subtitle() {
        return named.computeIfAbsent("subtitle", k -> text(font(false, false, 12), false));
    }

    /** Section heading on the overview sheet. */
    CellStyle heading() {
        return named.computeIfAbsent("heading", k -> {
            CellStyle s = text(font(true, false, 13), false);
            s.setBorderBottom(BorderStyle.THIN);
            ((XSSFCellStyle) s).setBottomBorderColor(RULE);
            return s;
        });
    }

    CellStyle paragraph() {
        return named.computeIfAbsent("paragraph", k -> {
            CellStyle s = text(null, true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    /** Label of a key figure. */
    CellStyle label() {
        return named.computeIfAbsent("label", k -> text(null, true));
    }

    /** Plain text on the overview sheet. */
    CellStyle plain() {
        return named.computeIfAbsent("plain", k -> text(null, false));
    }

    CellStyle caption() {
        return named.computeIfAbsent("caption", k -> text(font(false, true, 10), true));
    }

    CellStyle link() {
        return named.computeIfAbsent("link", k -> {
            Font f = workbook.createFont();
            f.setUnderline(Font.U_SINGLE);
            f.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
            return text(f, false);
        });
    }

    /** Value of a key figure: formatted like a table cell, but left-aligned beside its label. */
    CellStyle figure(ColumnType type) {
        return named.computeIfAbsent("figure-" + type, k -> {
            CellStyle s = workbook.createCellStyle();
            s.setDataFormat(formats.getFormat(format(type)));
            s.setFont(bold);
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    private CellStyle text(Font font, boolean wrap) {
        CellStyle s = workbook.createCellStyle();
        s.setFont(font != null ? font : regular);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private Font font(boolean isBold, boolean italic, int points) {
        Font f = workbook.createFont();
        f.setBold(isBold);
        f.setItalic(italic);
        f.setFontHeightInPoints((short) points);
        return f;
    }

    private static void fill(XSSFCellStyle style, XSSFColor color) {
        style.setFillForegroundColor(color);
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
    }
}
