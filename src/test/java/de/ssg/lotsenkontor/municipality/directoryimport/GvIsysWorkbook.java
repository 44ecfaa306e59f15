package de.ssg.lotsenkontor.municipality.directoryimport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small workbooks shaped like a Destatis GV-ISys "Auszug GV" edition, for tests: a
 * contents sheet first, then the data sheet with a title, a header over three merged rows
 * ("Satz-art", "Amtlicher Regionalschlüssel (ARS)" over Land/RB/Kreis/VB/Gem, "Bevölkerung2)"
 * over insgesamt/männlich/weiblich, …), an empty row, the data, and footnotes. Keys, postcodes and
 * coordinates are text as in the original, or numbers as after a re-save ({@link #numericKeys}).
 * Columns can be left out or moved to see that the import finds them by their labels.
 */
final class GvIsysWorkbook {

    /** The columns of the original, in its order. */
    enum Col {
        SATZART, TEXTKENNZEICHEN, LAND, RB, KREIS, VB, GEM, NAME, AREA, POP, MALE, FEMALE, DENSITY, POSTCODE, LON, LAT,
        TRAVEL_KEY, TRAVEL_NAME, URBAN_KEY, URBAN_NAME
    }

    String sheetName = "Onlineprodukt_Gemeinden31122022";
    String title = "Gemeinden in Deutschland nach Fläche, Bevölkerung und Postleitzahl am 31.12.2022 (Jahr)";
    String gebietsstand = "Gebietsstand am 31.12.2022 (Jahr)";
    /** The other dates in the header (population date, Zuordnungsstand); null for none. */
    String headerDate = "31.12.2022";
    boolean numericKeys;
    boolean contentsSheet = true;
    boolean footnotes = true;
    final List<Col> columns = new ArrayList<>(List.of(Col.values()));
    private final List<Map<Col, Object>> rows = new ArrayList<>();
    /** Cells to write instead of the regular value: AGS → column → value. */
    private final Map<String, Map<Col, Object>> overrides = new HashMap<>();

    GvIsysWorkbook without(Col column) {
        columns.remove(column);
        return this;
    }

    GvIsysWorkbook override(String ags, Col column, Object value) {
        overrides.computeIfAbsent(ags, k -> new HashMap<>()).put(column, value);
        return this;
    }

    GvIsysWorkbook land(String land, String name) {
        rows.add(row("10", null, land, null, null, null, null, name));
        return this;
    }

    GvIsysWorkbook region(String land, String rb, String name) {
        rows.add(row("20", null, land, rb, null, null, null, name));
        return this;
    }

    GvIsysWorkbook district(String key5, String textCode, String name) {
        rows.add(row("40", textCode, key5.substring(0, 2), key5.substring(2, 3), key5.substring(3, 5), null, null, name));
        return this;
    }

    /** A Satzart 50 row; textCode 50 = verbandsfrei, 54 = Verwaltungsgemeinschaft, 56 = Verwaltungsverband. */
    GvIsysWorkbook association(String key9, String textCode, String name) {
        rows.add(row("50", textCode, key9.substring(0, 2), key9.substring(2, 3), key9.substring(3, 5),
                key9.substring(5, 9), null, name));
        return this;
    }

    /** A Satzart 60 row; area as a double (float artefacts welcome), coordinates as numbers. */
    GvIsysWorkbook municipality(String ars12, String textCode, String name, double area, int population,
            String postcode, double lon, double lat) {
        Map<Col, Object> r = row("60", textCode, ars12.substring(0, 2), ars12.substring(2, 3), ars12.substring(3, 5),
                ars12.substring(5, 9), ars12.substring(9, 12), name);
        r.put(Col.AREA, area);
        r.put(Col.POP, population);
        r.put(Col.MALE, population / 2);
        r.put(Col.FEMALE, population - population / 2);
        r.put(Col.DENSITY, area == 0 ? 0 : (int) Math.round(population / area));
        r.put(Col.POSTCODE, postcode);
        r.put(Col.LON, lon);
        r.put(Col.LAT, lat);
        r.put(Col.TRAVEL_KEY, "C06");
        r.put(Col.TRAVEL_NAME, "Erzgebirge");
        r.put(Col.URBAN_KEY, "03");
        r.put(Col.URBAN_NAME, "gering besiedelt");
        rows.add(r);
        return this;
    }

    private static Map<Col, Object> row(String satzart, String textCode, String land, String rb, String kreis,
            String vb, String gem, String name) {
        Map<Col, Object> r = new HashMap<>();
        r.put(Col.SATZART, satzart);
        r.put(Col.TEXTKENNZEICHEN, textCode);
        r.put(Col.LAND, land);
        r.put(Col.RB, rb);
        r.put(Col.KREIS, kreis);
        r.put(Col.VB, vb);
        r.put(Col.GEM, gem);
        r.put(Col.NAME, name);
        return r;
    }

    /** A small piece of Saxony after the merger into Jahnatal (as in the editions from 2023 on). */
    static GvIsysWorkbook saxonyAfterMerger() {
        GvIsysWorkbook w = saxonyBase();
        w.association("145220275", "50", "Jahnatal")
                .municipality("145220275275", "64", "Jahnatal", 70.959999999999994, 4787, "04749", 13.159129, 51.202502);
        return w.tail();
    }

    /**
     * The same piece before the merger (Jahnatal was formed on 1 January 2023): Ostrau and
     * Zschaitz-Ottewig in their Verwaltungsgemeinschaft Ostrau instead of Jahnatal. Their keys and
     * figures are illustrative.
     */
    static GvIsysWorkbook saxonyBeforeMerger() {
        GvIsysWorkbook w = saxonyBase();
        w.association("145225110", "54", "Ostrau")
                .municipality("145225110420", "64", "Ostrau", 44.81, 3402, "04749", 13.16, 51.2)
                .municipality("145225110640", "64", "Zschaitz-Ottewig", 26.15, 1421, "04720", 13.07, 51.16);
        return w.tail();
    }

    private static GvIsysWorkbook saxonyBase() {
        GvIsysWorkbook w = new GvIsysWorkbook();
        w.land("01", "Schleswig-Holstein")
                .district("01001", "41", "Flensburg, Stadt")
                .association("010010000", "50", "Flensburg, Stadt")
                .municipality("010010000000", "61", "Flensburg, Stadt", 56.73, 92667, "24937", 9.43751, 54.78252)
                .land("14", "Sachsen")
                .region("14", "5", "früher: Direktionsbezirk Chemnitz")
                .district("14511", "41", "Chemnitz, Stadt")
                .association("145110000", "50", "Chemnitz, Stadt")
                .municipality("145110000000", "61", "Chemnitz, Stadt", 221.03, 250681, "09111", 12.921602, 50.833593)
                .district("14521", "44", "Erzgebirgskreis")
                .association("145210010", "50", "Amtsberg")
                .municipality("145210010010", "64", "Amtsberg", 23.27, 3600, "09439", 12.987465, 50.747579)
                .association("145215103", "54", "Burkhardtsdorf")
                .municipality("145215103040", "64", "Auerbach", 8.2799999999999994, 2358, "09392", 12.914707, 50.685786)
                .municipality("145215103120", "64", "Burkhardtsdorf", 21.22, 6029, "09235", 12.929936, 50.734171)
                .association("145215405", "56", "Wildenstein")
                .municipality("145215405090", "64", "Börnichen/Erzgeb.", 15.46, 956, "09437", 13.14174, 50.7499)
                .municipality("145215405270", "64", "Grünhainichen", 28.72, 3226, "09579", 13.15194, 50.766691)
                .association("145215138", "54", "Zschopau")
                .municipality("145215138690", "63", "Zschopau, Stadt", 22.78, 8983, "09405", 13.072274, 50.747744)
                .district("14522", "44", "Mittelsachsen");
        return w;
    }

    private GvIsysWorkbook tail() {
        land("16", "Thüringen")
                .district("16077", "44", "Altenburger Land")
                .association("160775052", "58", "Schmölln, Stadt")
                .municipality("160775052003", "64", "Dobitschen", 6.55, 415, "04626", 12.280087, 50.95643)
                .municipality("160775052043", "63", "Schmölln, Stadt", 94.53, 13607, "04626", 12.354035, 50.895281);
        return this;
    }

    Path write(Path folder, String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            if (contentsSheet) {
                Sheet contents = wb.createSheet("Inhalt");
                contents.createRow(3).createCell(0).setCellValue("Gemeindeverzeichnis-Informationssystem GV-ISys");
                contents.createRow(5).createCell(0).setCellValue("Inhalt: Gemeinden in Deutschland");
            }
            Sheet sheet = wb.createSheet(sheetName);
            int width = columns.size();
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
            header(sheet);
            int r = 6; // row 7 in Excel, after an empty row 6 as in the original
            for (Map<Col, Object> data : rows) {
                Row row = sheet.createRow(r++);
                Map<Col, Object> replaced = new HashMap<>(data);
                if ("60".equals(data.get(Col.SATZART))) {
                    String ags = "" + data.get(Col.LAND) + data.get(Col.RB) + data.get(Col.KREIS) + data.get(Col.GEM);
                    replaced.putAll(overrides.getOrDefault(ags, Map.of()));
                }
                for (int c = 0; c < width; c++) {
                    write(row, c, columns.get(c), replaced.get(columns.get(c)));
                }
            }
            if (footnotes) {
                r++;
                sheet.createRow(r++).createCell(0).setCellValue("Quelle: Gemeindeverzeichnis-Informationssytem GV-ISys");
                r++;
                sheet.createRow(r++).createCell(0)
                        .setCellValue("1) Abweichungen bei den Flächenangaben sind durch Runden der Zahlen möglich.");
                sheet.createRow(r++).createCell(0)
                        .setCellValue("2) Die Ergebnisse ab Berichtsjahr 2016 sind nur bedingt vergleichbar.");
                sheet.createRow(r++).createCell(0)
                        .setCellValue("© Statistisches Bundesamt (Destatis), 2023");
            }
            wb.write(out);
        }
        return file;
    }

    private void write(Row row, int c, Col col, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(c);
        boolean key = col == Col.SATZART || col == Col.TEXTKENNZEICHEN || col == Col.LAND || col == Col.RB
                || col == Col.KREIS || col == Col.VB || col == Col.GEM || col == Col.POSTCODE;
        if (value instanceof String s && key && numericKeys && s.matches("\\d+")) {
            cell.setCellValue(Double.parseDouble(s)); // what a re-save makes of "01", "0010", "09111"
        } else if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n && (col == Col.LON || col == Col.LAT) && !numericKeys) {
            cell.setCellValue(n.toString().replace('.', ',')); // text with a decimal comma, as in the original
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Rows 3–5: the labels of the original, over merged cells; row 6 stays empty. */
    private void header(Sheet sheet) {
        Row r3 = sheet.createRow(2);
        Row r4 = sheet.createRow(3);
        Row r5 = sheet.createRow(4);
        sheet.createRow(5);
        Map<Col, String[]> labels = new HashMap<>();
        labels.put(Col.SATZART, new String[] {"Satz-\nart", null, null});
        labels.put(Col.TEXTKENNZEICHEN, new String[] {"Text-\nkenn-\nzeichen", null, null});
        labels.put(Col.LAND, new String[] {"Amtlicher Regionalschlüssel (ARS)", "Land", gebietsstand});
        labels.put(Col.RB, new String[] {null, "RB", null});
        labels.put(Col.KREIS, new String[] {null, "Kreis", null});
        labels.put(Col.VB, new String[] {null, "VB", null});
        labels.put(Col.GEM, new String[] {null, "Gem", null});
        labels.put(Col.NAME, new String[] {"Gemeindename", null, null});
        String dated = headerDate == null ? null : headerDate + " (Jahr)";
        String assigned = headerDate == null ? "Zuordnungsstand" : "Zuordnungsstand am " + headerDate;
        labels.put(Col.AREA, new String[] {"Fläche km2 1)", null, dated});
        labels.put(Col.POP, new String[] {"Bevölkerung2)", "insgesamt", columns.contains(Col.AREA) ? null : dated});
        labels.put(Col.MALE, new String[] {null, "männlich", null});
        labels.put(Col.FEMALE, new String[] {null, "weiblich", null});
        labels.put(Col.DENSITY, new String[] {null, "je km2", null});
        labels.put(Col.POSTCODE, new String[] {"Postleit-\nzahl3)", null, null});
        labels.put(Col.LON, new String[] {"Geografische Mittelpunktkoordinaten", "Längengrad", assigned});
        labels.put(Col.LAT, new String[] {null, "Breitengrad", null});
        labels.put(Col.TRAVEL_KEY, new String[] {"Reisegebiete", "Schlüssel", assigned});
        labels.put(Col.TRAVEL_NAME, new String[] {null, "Bezeichnung", null});
        labels.put(Col.URBAN_KEY, new String[] {"Grad der Verstädterung", "Schlüssel", assigned});
        labels.put(Col.URBAN_NAME, new String[] {null, "Bezeichnung", null});
        Row[] rowsOf = {r3, r4, r5};
        for (int c = 0; c < columns.size(); c++) {
            String[] l = labels.get(columns.get(c));
            for (int h = 0; h < 3; h++) {
                if (l[h] != null) {
                    rowsOf[h].createCell(c).setCellValue(l[h]);
                }
            }
        }
        // merged regions like the original, where the columns are in their original places
        int satz = columns.indexOf(Col.SATZART);
        if (satz >= 0) {
            sheet.addMergedRegion(new CellRangeAddress(2, 4, satz, satz));
        }
        int land = columns.indexOf(Col.LAND);
        int gem = columns.indexOf(Col.GEM);
        if (land >= 0 && gem == land + 4) {
            sheet.addMergedRegion(new CellRangeAddress(2, 2, land, gem));
        }
        int pop = columns.indexOf(Col.POP);
        int density = columns.indexOf(Col.DENSITY);
        if (pop >= 0 && density == pop + 3) {
            sheet.addMergedRegion(new CellRangeAddress(2, 2, pop, density));
        }
    }
}
