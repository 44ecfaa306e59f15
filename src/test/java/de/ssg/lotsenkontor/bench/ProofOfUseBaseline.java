package de.ssg.lotsenkontor.bench;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The yardstick of the proof-of-use export: a bare program that reads the same rows with plain
 * JDBC and writes the same cells with POI's SXSSF (three sheets, typed cells, money and date
 * formats, subtotal and total formulas, frozen headers, autofilter) and nothing else: no
 * report model, no migrations check, no command line. Run by {@code src/bench/proof-of-use.sh};
 * not a unit test. Arguments: data folder, contract reference, year, output file.
 */
public final class ProofOfUseBaseline {

    private ProofOfUseBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]).resolve("lotsenkontor");
        String reference = args[1];
        int year = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + db.toAbsolutePath(), "sa", "");
                SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            long contract;
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM funding_contract WHERE reference = ?")) {
                q.setString(1, reference);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    contract = rs.getLong(1);
                }
            }
            DataFormat formats = wb.createDataFormat();
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(formats.getFormat("#,##0.00 \"€\""));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(formats.getFormat("dd.mm.yyyy"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(formats.getFormat("0.0 %"));

            // categories with plan and spending
            Map<Long, String> categories = new LinkedHashMap<>();
            Map<Long, BigDecimal[]> plan = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT k.id, k.name,
                      COALESCE((SELECT b.planned_amount FROM budget_line b WHERE b.contract_id = ? AND b.budget_year = ?
                          AND b.category_id = k.id AND b.revision = 0), 0),
                      COALESCE((SELECT b.planned_amount FROM budget_line b WHERE b.contract_id = ? AND b.budget_year = ?
                          AND b.category_id = k.id ORDER BY b.revision DESC LIMIT 1), 0),
                      COALESCE((SELECT SUM(e.gross_amount) FROM expense e WHERE e.contract_id = ? AND e.fiscal_year = ?
                          AND e.category_id = k.id AND e.cancelled_on IS NULL), 0),
                      COALESCE((SELECT SUM(e.eligible_amount) FROM expense e WHERE e.contract_id = ? AND e.fiscal_year = ?
                          AND e.category_id = k.id AND e.cancelled_on IS NULL), 0)
                    FROM cost_category k ORDER BY k.sort_order, k.name""")) {
                for (int i = 0; i < 4; i++) {
                    q.setLong(2 * i + 1, contract);
                    q.setInt(2 * i + 2, year);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        categories.put(rs.getLong(1), rs.getString(2));
                        plan.put(rs.getLong(1), new BigDecimal[] {rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6)});
                    }
                }
            }
            SXSSFSheet s1 = wb.createSheet("Zahlenmäßiger Nachweis");
            header(s1, 3, "Position", "Ansatz lt. Bewilligung", "Ansatz aktuell", "Ist brutto", "Ist zuwendungsfähig",
                    "Abweichung €", "Abweichung %");
            int r = 4;
            int first = r + 1;
            for (Map.Entry<Long, String> k : categories.entrySet()) {
                Row row = s1.createRow(r++);
                row.createCell(0).setCellValue(k.getValue());
                BigDecimal[] p = plan.get(k.getKey());
                for (int i = 0; i < 4; i++) {
                    num(row, 1 + i, p[i], money);
                }
                formula(row, 5, "E" + r + "-C" + r, money);
                formula(row, 6, "IF(C" + r + "=0,\"\",F" + r + "/C" + r + ")", percent);
            }
            Row total = s1.createRow(r++);
            total.createCell(0).setCellValue("Summe Ausgaben");
            for (int col = 1; col <= 4; col++) {
                String l = String.valueOf((char) ('A' + col));
                formula(total, col, "SUBTOTAL(9," + l + first + ":" + l + (r - 1) + ")", money);
            }
            s1.createFreezePane(0, 4);
            s1.setAutoFilter(new CellRangeAddress(3, r - 2, 0, 6));

            // the receipts by category
            SXSSFSheet s2 = wb.createSheet("Belegliste");
            header(s2, 3, "lfd. Nr.", "Belegnr.", "Zahlungsdatum", "Empfänger", "Zweck", "Betrag brutto",
                    "zuwendungsfähig");
            r = 4;
            long number = 0;
            List<Integer> subtotals = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT e.category_id, e.receipt_no, e.payment_date, e.payee, e.purpose, e.gross_amount,
                           e.eligible_amount FROM expense e JOIN cost_category k ON k.id = e.category_id
                    WHERE e.contract_id = ? AND e.fiscal_year = ? AND e.cancelled_on IS NULL
                    ORDER BY k.sort_order, k.name, e.payment_date, e.receipt_no""")) {
                q.setFetchSize(1000);
                q.setLong(1, contract);
                q.setInt(2, year);
                try (ResultSet rs = q.executeQuery()) {
                    Long current = null;
                    int groupStart = 0;
                    while (rs.next()) {
                        long cat = rs.getLong(1);
                        if (current == null || cat != current) {
                            if (current != null) {
                                r = subtotal(s2, r, groupStart, categories.get(current), money);
                                subtotals.add(r);
                            }
                            s2.createRow(r++).createCell(0).setCellValue(categories.get(cat));
                            groupStart = r + 1;
                            current = cat;
                        }
                        Row row = s2.createRow(r++);
                        row.createCell(0).setCellValue(++number);
                        row.createCell(1).setCellValue(rs.getString(2));
                        Cell d = row.createCell(2);
                        d.setCellValue(rs.getObject(3, LocalDate.class));
                        d.setCellStyle(date);
                        row.createCell(3).setCellValue(rs.getString(4));
                        row.createCell(4).setCellValue(rs.getString(5));
                        num(row, 5, rs.getBigDecimal(6), money);
                        num(row, 6, rs.getBigDecimal(7), money);
                    }
                    if (current != null) {
                        r = subtotal(s2, r, groupStart, categories.get(current), money);
                    }
                }
            }
            Row grand = s2.createRow(r++);
            grand.createCell(0).setCellValue("Gesamtsumme");
            formula(grand, 5, "SUBTOTAL(9,F5:F" + (r - 1) + ")", money);
            formula(grand, 6, "SUBTOTAL(9,G5:G" + (r - 1) + ")", money);
            s2.createFreezePane(0, 4);
            s2.setAutoFilter(new CellRangeAddress(3, r - 2, 0, 6));

            // per month and category
            SXSSFSheet s3 = wb.createSheet("Monatsübersicht");
            List<Long> ids = new ArrayList<>(categories.keySet());
            BigDecimal[][] months = new BigDecimal[12][ids.size()];
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT EXTRACT(MONTH FROM payment_date), category_id, SUM(eligible_amount) FROM expense
                    WHERE contract_id = ? AND fiscal_year = ? AND cancelled_on IS NULL
                    GROUP BY EXTRACT(MONTH FROM payment_date), category_id""")) {
                q.setLong(1, contract);
                q.setInt(2, year);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        months[rs.getInt(1) - 1][ids.indexOf(rs.getLong(2))] = rs.getBigDecimal(3);
                    }
                }
            }
            List<String> titles = new ArrayList<>(List.of("Monat"));
            titles.addAll(categories.values());
            titles.add("Summe Monat");
            header(s3, 3, titles.toArray(String[]::new));
            r = 4;
            for (int m = 0; m < 12; m++) {
                Row row = s3.createRow(r++);
                row.createCell(0).setCellValue("Monat " + (m + 1));
                for (int k = 0; k < ids.size(); k++) {
                    num(row, k + 1, months[m][k] == null ? BigDecimal.ZERO : months[m][k], money);
                }
                formula(row, ids.size() + 1, "SUM(B" + r + ":" + (char) ('A' + ids.size()) + r + ")", money);
            }
            s3.createFreezePane(0, 4);
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
            wb.dispose();
            System.out.println("Belege: " + number);
        }
    }

    private static int subtotal(SXSSFSheet sheet, int r, int groupStart, String name, CellStyle money) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue("Summe " + name);
        formula(row, 5, "SUBTOTAL(9,F" + groupStart + ":F" + (r - 1) + ")", money);
        formula(row, 6, "SUBTOTAL(9,G" + groupStart + ":G" + (r - 1) + ")", money);
        return r;
    }

    private static void header(SXSSFSheet sheet, int r, String... titles) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
        }
    }

    private static void num(Row row, int col, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void formula(Row row, int col, String formula, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }
}
