package de.ssg.lotsenkontor.funding;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A proof-of-use workbook read back: every row by the label in its first column (or, in the
 * Belegliste, by its position label), each amount either as the spreadsheet computes it (formulas
 * evaluated by POI's {@link FormulaEvaluator}) or as stored (the cached results, e.g. after
 * LibreOffice recalculated and saved it), rounded to the cent.
 */
public final class WorkbookMoney implements AutoCloseable {

    final XSSFWorkbook workbook;
    private final FormulaEvaluator evaluator;
    private final boolean evaluate;

    WorkbookMoney(Path file, boolean evaluate) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        this.evaluate = evaluate;
    }

    /** Row label (first text cell) → the row, for every row of a sheet; later duplicates win. */
    Map<String, Row> rows(String sheet) {
        Map<String, Row> out = new LinkedHashMap<>();
        for (Row row : workbook.getSheet(sheet)) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING) {
                out.put(first.getStringCellValue(), row);
            }
        }
        return out;
    }

    Sheet sheet(String name) {
        return workbook.getSheet(name);
    }

    /** The amount in a cell, to the cent; null for an empty cell. */
    BigDecimal money(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        double d;
        if (cell.getCellType() == CellType.FORMULA) {
            if (evaluate) {
                CellValue v = evaluator.evaluate(cell);
                if (v.getCellType() != CellType.NUMERIC) {
                    return null;
                }
                d = v.getNumberValue();
            } else {
                if (cell.getCachedFormulaResultType() != CellType.NUMERIC) {
                    return null;
                }
                d = cell.getNumericCellValue();
            }
        } else if (cell.getCellType() == CellType.NUMERIC) {
            d = cell.getNumericCellValue();
        } else {
            return null;
        }
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }

    /** A share (percent cell) to four decimals. */
    BigDecimal share(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() != CellType.FORMULA) {
            return null;
        }
        CellValue v = evaluate ? evaluator.evaluate(cell) : null;
        if (evaluate) {
            return v.getCellType() == CellType.NUMERIC
                    ? BigDecimal.valueOf(v.getNumberValue()).setScale(4, RoundingMode.HALF_UP) : null;
        }
        return cell.getCachedFormulaResultType() == CellType.NUMERIC
                ? BigDecimal.valueOf(cell.getNumericCellValue()).setScale(4, RoundingMode.HALF_UP) : null;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
