package de.ssg.lotsenkontor.municipality.directoryimport;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.excel.RowVisitor;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.excel.SheetRow;
import de.ssg.lotsenkontor.excel.WorkbookReadException;
import de.ssg.lotsenkontor.excel.WorkbookReader;
import de.ssg.lotsenkontor.importing.Cells;
import de.ssg.lotsenkontor.importing.RowProblem;
import de.ssg.lotsenkontor.municipality.AssociationType;
import de.ssg.lotsenkontor.municipality.DistrictType;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile.AssociationEntry;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile.DistrictEntry;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile.MunicipalityEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one edition of the Destatis GV-ISys "Auszug GV" workbook, streaming, and keeps the rows
 * of the chosen state(s): Satzart 10 (Land), 20 (Regierungsbezirk), 40 (Kreis), 50
 * (Gemeindeverband) and 60 (Gemeinde).
 *
 * <p>Nothing depends on positions or names that change between editions. The data sheet is the
 * first sheet with a header cell "Satzart" in its first rows; the header may span several
 * (merged) rows, and each column is found by its label ("Land", "RB", "Kreis", "VB", "Gem",
 * "Gemeindename", "Fläche", "Bevölkerung"/"insgesamt", "Postleitzahl", "Längengrad",
 * "Breitengrad"; footnote marks, hyphenation and case do not matter). Data begins at the first
 * row with a Satzart code; footnotes after the data end it. Keys and postcodes may be text with
 * leading zeros or numbers (as after a re-save in LibreOffice or Excel) and are brought to their
 * width; coordinates may be text with a decimal comma or numbers; areas are rounded to two
 * decimals, which removes the float artefacts of the original ({@code 5.0599999999999996}).
 * The reference date (Gebietsstand) comes from the header, else from the title, the sheet name
 * or the file name.
 *
 * <p>Every cell that is needed is checked; all problems are reported together, each with sheet,
 * row, column and reason.
 */
public final class GvIsysReader {

    private static final Logger LOG = LoggerFactory.getLogger(GvIsysReader.class);

    /** The header must start within this many rows, else the sheet is not the data sheet. */
    static final int HEADER_SEARCH_ROWS = 40;
    /** The header may span at most this many rows before the first data row. */
    static final int MAX_HEADER_ROWS = 8;
    /** Problems kept for the message; the rest are counted only. */
    static final int KEPT_PROBLEMS = 200;

    private static final Pattern GEBIETSSTAND = Pattern.compile(
            "gebietsstand\\s*(?:am|vom|:)?\\s*(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern COMPACT_DATE = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(\\d{4})(?!\\d)");
    private static final Pattern FOOTNOTE = Pattern.compile("\\d+\\)|\\*");

    private GvIsysReader() {
    }

    /**
     * Reads {@code file} and keeps what {@code state} selects.
     *
     * @throws WorkbookReadException    when the file is no readable workbook
     * @throws DirectoryFormatException when it is not a usable directory edition
     */
    public static DirectoryFile read(Path file, StateFilter state, Progress progress) {
        long start = System.nanoTime();
        try (WorkbookReader workbook = WorkbookReader.open(file)) {
            DirectoryFormatException headerProblem = null;
            List<String> names = new ArrayList<>();
            for (WorkbookReader.Sheet sheet : workbook.sheets()) {
                names.add(sheet.name());
                SheetScan scan = new SheetScan(workbook.fileName(), sheet.name(), state, progress);
                workbook.read(sheet, scan);
                if (!scan.headerFound()) {
                    continue;
                }
                if (scan.headerProblem != null) {
                    if (headerProblem == null) {
                        headerProblem = scan.headerProblem;
                    }
                    continue;
                }
                DirectoryFile result = scan.finish();
                LOG.info("Read {} municipalities (state {}) from {} / {} in {} ms", result.municipalities().size(),
                        state, workbook.fileName(), sheet.name(), (System.nanoTime() - start) / 1_000_000);
                return result;
            }
            if (headerProblem != null) {
                throw headerProblem;
            }
            throw DirectoryFormatException.of("directory.error.noHeader", workbook.fileName(),
                    quotedList(names));
        }
    }

    static String quotedList(List<String> names) {
        StringBuilder s = new StringBuilder();
        for (String n : names) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append('„').append(n).append('“');
        }
        return s.toString();
    }

    /** Lower case, umlauts spelled out, footnote marks, spaces, hyphens and punctuation removed. */
    static String normalize(String label) {
        if (label == null) {
            return "";
        }
        String t = label.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        t = FOOTNOTE.matcher(t).replaceAll("");
        StringBuilder s = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** Reads one sheet: finds the header, maps the columns, collects the selected rows and the problems. */
    static final class SheetScan implements RowVisitor {

        private enum Phase { SEARCH, HEADER, DATA }

        private final String fileName;
        private final String sheetName;
        private final StateFilter state;
        private final Progress progress;

        private Phase phase = Phase.SEARCH;
        private int expectedRows;
        private int satzartColumn = -1;
        private final List<SheetRow> headerRows = new ArrayList<>();
        private final List<String> headerTexts = new ArrayList<>();
        private final Map<GvColumn, Integer> columns = new EnumMap<>(GvColumn.class);
        DirectoryFormatException headerProblem;

        private final Map<String, String> stateNames = new TreeMap<>();
        private final Map<String, String> regionNames = new HashMap<>();
        private final Map<String, DistrictEntry> districts = new LinkedHashMap<>();
        /** Satzart 50 rows: association type, or null for a municipality outside any association. */
        private final Map<String, AssociationRow> associationRows = new HashMap<>();
        private final List<MunicipalityRow> municipalityRows = new ArrayList<>();
        private final Set<String> seenAgs = new HashSet<>();
        private int unincorporated;
        private boolean anyMunicipality;

        private final List<String> problems = new ArrayList<>();
        private int problemCount;
        /** A row after the data start whose Satzart is no code: a footnote, unless data follows. */
        private SheetRow oddRow;

        private record AssociationRow(int row, String key, String name, String code) {
        }

        private record MunicipalityRow(int row, String ags, String ars, String name, String code, String land,
                String districtKey, String associationKey, Integer population, BigDecimal area, String postcode,
                BigDecimal longitude, BigDecimal latitude) {
        }

        SheetScan(String fileName, String sheetName, StateFilter state, Progress progress) {
            this.fileName = fileName;
            this.sheetName = sheetName;
            this.state = state;
            this.progress = progress;
        }

        boolean headerFound() {
            return phase != Phase.SEARCH;
        }

        @Override
        public void expectedRows(int lastRow) {
            this.expectedRows = lastRow;
        }

        @Override
        public boolean row(SheetRow row) {
            if ((row.number() & 1023) == 0) {
                progress.update(row.number(), expectedRows, I18n.text("directory.progress.reading", row.number()));
            }
            switch (phase) {
                case SEARCH -> {
                    if (row.number() > HEADER_SEARCH_ROWS) {
                        return false;
                    }
                    collectTexts(row);
                    for (SheetCell c : row.cells()) {
                        if (c.kind() == SheetCell.Kind.TEXT && normalize(c.text()).startsWith("satzart")) {
                            satzartColumn = c.column();
                            headerRows.add(row);
                            phase = Phase.HEADER;
                            break;
                        }
                    }
                    return true;
                }
                case HEADER -> {
                    if (satzart(row.cell(satzartColumn)) > 0) {
                        if (!mapColumns()) {
                            return false;
                        }
                        phase = Phase.DATA;
                        data(row);
                        return true;
                    }
                    if (!row.isEmpty()) {
                        headerRows.add(row);
                        collectTexts(row);
                    }
                    if (row.number() - headerRows.get(0).number() >= MAX_HEADER_ROWS) {
                        headerProblem = DirectoryFormatException.of("directory.error.noData", fileName, sheetName,
                                String.valueOf(headerRows.get(0).number()));
                        return false;
                    }
                    return true;
                }
                default -> {
                    data(row);
                    return true;
                }
            }
        }

        private void collectTexts(SheetRow row) {
            for (SheetCell c : row.cells()) {
                if (c.kind() == SheetCell.Kind.TEXT && !c.isBlank()) {
                    headerTexts.add(c.text());
                }
            }
        }

        // ------------------------------------------------------------------ header

        /** Maps every column from the header rows; false (with {@link #headerProblem}) when required ones are missing. */
        private boolean mapColumns() {
            int width = 0;
            for (SheetRow r : headerRows) {
                width = Math.max(width, r.width());
            }
            int depth = headerRows.size();
            String[][] labels = new String[depth][width];
            for (int h = 0; h < depth; h++) {
                for (SheetCell c : headerRows.get(h).cells()) {
                    if (c.kind() == SheetCell.Kind.TEXT && !c.isBlank()) {
                        labels[h][c.column()] = normalize(c.text());
                    }
                }
            }
            // A label over several columns (a merged cell) sits in its first column and heads the
            // columns to its right that are empty in its row but labelled below (Bevölkerung →
            // insgesamt, männlich, weiblich).
            List<List<String>> own = new ArrayList<>();
            List<List<String>> group = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                own.add(new ArrayList<>());
                group.add(new ArrayList<>());
            }
            for (int h = 0; h < depth; h++) {
                for (int c = 0; c < width; c++) {
                    String label = labels[h][c];
                    if (label == null || label.isEmpty()) {
                        continue;
                    }
                    own.get(c).add(label);
                    for (int right = c + 1; right < width && labels[h][right] == null && labelledBelow(labels, h,
                            right); right++) {
                        group.get(right).add(label);
                    }
                }
            }
            columns.put(GvColumn.SATZART, satzartColumn);
            for (int c = 0; c < width; c++) {
                for (String l : own.get(c)) {
                    if (l.startsWith("textkennzeichen")) {
                        columns.putIfAbsent(GvColumn.TEXTKENNZEICHEN, c);
                    } else if (l.equals("land")) {
                        columns.putIfAbsent(GvColumn.LAND, c);
                    } else if (l.equals("rb") || l.equals("regierungsbezirk") || l.equals("regbez")) {
                        columns.putIfAbsent(GvColumn.RB, c);
                    } else if (l.equals("kreis")) {
                        columns.putIfAbsent(GvColumn.KREIS, c);
                    } else if (l.equals("vb") || l.equals("gemeindeverband") || l.equals("verband")) {
                        columns.putIfAbsent(GvColumn.VB, c);
                    } else if (l.equals("gem") || l.equals("gemeinde")) {
                        columns.putIfAbsent(GvColumn.GEM, c);
                    } else if (l.startsWith("gemeindename") || l.equals("name") || l.equals("amtlichergemeindename")) {
                        columns.putIfAbsent(GvColumn.NAME, c);
                    } else if (l.startsWith("flaeche")) {
                        columns.putIfAbsent(GvColumn.AREA, c);
                    } else if (l.startsWith("postleitzahl") || l.equals("plz")) {
                        columns.putIfAbsent(GvColumn.POSTCODE, c);
                    } else if (l.startsWith("laengengrad")) {
                        columns.putIfAbsent(GvColumn.LONGITUDE, c);
                    } else if (l.startsWith("breitengrad")) {
                        columns.putIfAbsent(GvColumn.LATITUDE, c);
                    }
                }
            }
            int population = populationColumn(own, group);
            if (population >= 0) {
                columns.put(GvColumn.POPULATION, population);
            }
            List<String> missing = new ArrayList<>();
            for (GvColumn column : GvColumn.values()) {
                if (column.required() && !columns.containsKey(column)) {
                    missing.add("„" + I18n.text(column.labelKey()) + "“");
                }
            }
            if (!missing.isEmpty()) {
                int first = headerRows.get(0).number();
                int last = headerRows.get(headerRows.size() - 1).number();
                String rows = first == last ? String.valueOf(first) : first + "–" + last;
                headerProblem = DirectoryFormatException.of("directory.error.columnsMissing", fileName, sheetName,
                        rows, String.join(", ", missing));
                return false;
            }
            return true;
        }

        private static boolean labelledBelow(String[][] labels, int h, int column) {
            for (int below = h + 1; below < labels.length; below++) {
                if (labels[below][column] != null) {
                    return true;
                }
            }
            return false;
        }

        /** "Bevölkerung" (or "Einwohner") in total: not the male/female/density columns beside it. */
        private static int populationColumn(List<List<String>> own, List<List<String>> group) {
            int fallback = -1;
            for (int c = 0; c < own.size(); c++) {
                List<String> all = new ArrayList<>(own.get(c));
                all.addAll(group.get(c));
                boolean population = all.stream().anyMatch(l -> l.startsWith("bevoelkerung") || l.startsWith("einwohner"));
                if (!population) {
                    continue;
                }
                boolean part = own.get(c).stream().anyMatch(l -> l.contains("maennlich") || l.contains("weiblich")
                        || l.contains("jekm2") || l.contains("dichte") || l.contains("proqkm"));
                if (part) {
                    continue;
                }
                if (all.stream().anyMatch(l -> l.contains("insgesamt"))) {
                    return c;
                }
                if (fallback < 0) {
                    fallback = c;
                }
            }
            return fallback;
        }

        // ------------------------------------------------------------------ data

        private void data(SheetRow row) {
            SheetCell satzartCell = row.cell(satzartColumn);
            if (satzartCell == null || satzartCell.isBlank()) {
                return; // an empty line
            }
            int satzart = satzart(satzartCell);
            if (satzart <= 0) {
                if (oddRow == null) {
                    oddRow = row; // footnotes, unless data follows
                }
                return;
            }
            if (oddRow != null) {
                problem(oddRow, satzartColumn, "directory.reason.satzart", oddRow.text(satzartColumn));
                oddRow = null;
            }
            if (satzart == 30) {
                return; // Region (old editions of Baden-Württemberg): not needed
            }
            String land = key(row, GvColumn.LAND, 2);
            if (land == null) {
                return;
            }
            if (satzart == 10) {
                stateNames.put(land, row.text(columns.get(GvColumn.NAME)));
                return;
            }
            if (satzart == 60) {
                anyMunicipality = true;
            }
            if (!state.covers(land)) {
                return;
            }
            switch (satzart) {
                case 20 -> {
                    String rb = key(row, GvColumn.RB, 1);
                    String name = name(row, 120);
                    if (rb != null && name != null) {
                        regionNames.put(land + rb, name);
                    }
                }
                case 40 -> district(row, land);
                case 50 -> association(row, land);
                case 60 -> municipality(row, land);
                default -> { }
            }
        }

        private void district(SheetRow row, String land) {
            String rb = key(row, GvColumn.RB, 1);
            String kreis = key(row, GvColumn.KREIS, 2);
            String name = name(row, 120);
            if (rb == null || kreis == null || name == null) {
                return;
            }
            String code = textCode(row);
            DistrictType type = switch (code == null ? "" : code) {
                case "41", "42" -> DistrictType.KREISFREIE_STADT;
                case "43", "44", "45" -> DistrictType.LANDKREIS;
                default -> looksLikeCity(name) ? DistrictType.KREISFREIE_STADT : DistrictType.LANDKREIS;
            };
            String key = land + rb + kreis;
            districts.put(key, new DistrictEntry(row.number(), key, name, type, regionNames.get(land + rb)));
        }

        private void association(SheetRow row, String land) {
            String rb = key(row, GvColumn.RB, 1);
            String kreis = key(row, GvColumn.KREIS, 2);
            String vb = key(row, GvColumn.VB, 4);
            String name = name(row, 120);
            if (rb == null || kreis == null || vb == null || name == null) {
                return;
            }
            String key = land + rb + kreis + vb;
            associationRows.put(key, new AssociationRow(row.number(), key, name, textCode(row)));
        }

        private void municipality(SheetRow row, String land) {
            String rb = key(row, GvColumn.RB, 1);
            String kreis = key(row, GvColumn.KREIS, 2);
            String vb = key(row, GvColumn.VB, 4);
            String gem = key(row, GvColumn.GEM, 3);
            String name = name(row, 160);
            String code = textCode(row);
            if ("65".equals(code) || "66".equals(code)) {
                unincorporated++; // gemeindefreies Gebiet: no municipality
                return;
            }
            Integer population = integer(row, GvColumn.POPULATION);
            BigDecimal area = decimal(row, GvColumn.AREA, 2, BigDecimal.ZERO, null);
            String postcode = postcode(row);
            BigDecimal longitude = decimal(row, GvColumn.LONGITUDE, 6, BigDecimal.valueOf(-180), BigDecimal.valueOf(180));
            BigDecimal latitude = decimal(row, GvColumn.LATITUDE, 6, BigDecimal.valueOf(-90), BigDecimal.valueOf(90));
            if (rb == null || kreis == null || vb == null || gem == null || name == null) {
                return;
            }
            String ags = land + rb + kreis + gem;
            if (!seenAgs.add(ags)) {
                problem(row, columns.get(GvColumn.GEM), "directory.reason.duplicateAgs", ags);
                return;
            }
            municipalityRows.add(new MunicipalityRow(row.number(), ags, land + rb + kreis + vb + gem, name, code, land,
                    land + rb + kreis, land + rb + kreis + vb, population, area, postcode, longitude, latitude));
        }

        private static boolean looksLikeCity(String name) {
            String n = name.toLowerCase(Locale.GERMAN);
            return n.endsWith(", stadt") || n.contains("landeshauptstadt") || n.contains(", hansestadt")
                    || n.contains("wissenschaftsstadt");
        }

        // ------------------------------------------------------------------ cells

        /** The Satzart code of a data row (10, 20, 30, 40, 50, 60), or -1 when the cell holds no code. */
        private static int satzart(SheetCell cell) {
            if (cell == null || cell.isBlank() || cell.kind() == SheetCell.Kind.BOOLEAN
                    || cell.kind() == SheetCell.Kind.ERROR) {
                return -1;
            }
            String t = cell.text().trim();
            if (t.endsWith(".0")) {
                t = t.substring(0, t.length() - 2);
            }
            return switch (t) {
                case "10" -> 10;
                case "20" -> 20;
                case "30" -> 30;
                case "40" -> 40;
                case "50" -> 50;
                case "60" -> 60;
                default -> -1;
            };
        }

        /** The Textkennzeichen as two digits, or null (no column, empty or not a code). */
        private String textCode(SheetRow row) {
            Integer column = columns.get(GvColumn.TEXTKENNZEICHEN);
            if (column == null) {
                return null;
            }
            String t = row.text(column);
            if (t == null) {
                return null;
            }
            if (t.endsWith(".0")) {
                t = t.substring(0, t.length() - 2);
            }
            return t.length() == 2 && Cells.allDigits(t) ? t : null;
        }

        /** A key part with leading zeros to {@code width} digits; numbers (after a re-save) are padded too. */
        private String key(SheetRow row, GvColumn column, int width) {
            int c = columns.get(column);
            SheetCell cell = row.cell(c);
            if (cell == null || cell.isBlank()) {
                problem(row, c, "directory.reason.missing", label(column));
                return null;
            }
            Optional<String> key = Cells.key(cell, width);
            if (key.isEmpty()) {
                problem(row, c, "directory.reason.key", label(column), Cells.display(cell), width);
                return null;
            }
            return key.get();
        }

        private String name(SheetRow row, int maxLength) {
            int c = columns.get(GvColumn.NAME);
            String t = row.text(c);
            if (t == null) {
                problem(row, c, "directory.reason.missing", label(GvColumn.NAME));
                return null;
            }
            t = collapseSpaces(t);
            if (t.length() > maxLength) {
                problem(row, c, "directory.reason.tooLong", label(GvColumn.NAME), maxLength);
                return null;
            }
            return t;
        }

        /** A whole, non-negative number; empty (or a lone dash) is null. */
        private Integer integer(SheetRow row, GvColumn column) {
            int c = columns.get(column);
            SheetCell cell = row.cell(c);
            if (cell == null || cell.isBlank() || isDash(cell.text())) {
                return null;
            }
            String t = Cells.display(cell);
            BigDecimal n = cell.isNumber() ? Cells.decimal(cell).orElse(null)
                    : cell.kind() == SheetCell.Kind.TEXT ? germanInteger(cell.text()) : null;
            if (n == null) {
                problem(row, c, "directory.reason.notNumber", label(column), t);
                return null;
            }
            if (n.stripTrailingZeros().scale() > 0) {
                problem(row, c, "directory.reason.notWhole", label(column), t);
                return null;
            }
            if (n.signum() < 0) {
                problem(row, c, "directory.reason.negative", label(column), t);
                return null;
            }
            if (n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                problem(row, c, "directory.reason.outOfRange", label(column), t);
                return null;
            }
            return n.intValueExact();
        }

        /** {@code 250.681} (points group thousands in a count of people), {@code 250681}, {@code 12,5}; null otherwise. */
        private static BigDecimal germanInteger(String text) {
            String s = text.trim().replace("\u00a0", "").replace(" ", "");
            Optional<Long> grouped = Formats.parseInteger(s);
            if (grouped.isPresent()) {
                return BigDecimal.valueOf(grouped.get());
            }
            return s.indexOf(',') >= 0 ? Cells.decimal(s).orElse(null) : null;
        }

        /**
         * A decimal rounded to {@code scale} places: a stored number (float artefacts are rounded
         * away) or text with a decimal comma or point. Null when the column is absent or the cell empty.
         */
        private BigDecimal decimal(SheetRow row, GvColumn column, int scale, BigDecimal min, BigDecimal max) {
            Integer c = columns.get(column);
            if (c == null) {
                return null;
            }
            SheetCell cell = row.cell(c);
            if (cell == null || cell.isBlank() || isDash(cell.text())) {
                return null;
            }
            BigDecimal n = Cells.decimal(cell).orElse(null);
            if (n == null) {
                problem(row, c, "directory.reason.notNumber", label(column), Cells.display(cell));
                return null;
            }
            n = n.setScale(scale, RoundingMode.HALF_UP);
            if ((min != null && n.compareTo(min) < 0) || (max != null && n.compareTo(max) > 0)) {
                if (max == null) {
                    problem(row, c, "directory.reason.negative", label(column), Cells.display(cell));
                } else {
                    problem(row, c, "directory.reason.range", label(column), Cells.display(cell), min.toPlainString(),
                            max.toPlainString());
                }
                return null;
            }
            return n;
        }

        /** Five digits; a number (leading zero lost after a re-save) is padded. Null when absent or empty. */
        private String postcode(SheetRow row) {
            Integer c = columns.get(GvColumn.POSTCODE);
            if (c == null) {
                return null;
            }
            SheetCell cell = row.cell(c);
            if (cell == null || cell.isBlank() || isDash(cell.text())) {
                return null;
            }
            // text needs at least four digits: "923" is a typing error, not a postcode that lost its zeros
            Optional<String> postcode = cell.isNumber() || cell.text().trim().length() >= 4 ? Cells.key(cell, 5)
                    : Optional.empty();
            if (postcode.isEmpty()) {
                problem(row, c, "directory.reason.postcode", label(GvColumn.POSTCODE), Cells.display(cell));
                return null;
            }
            return postcode.get();
        }

        /** Trims and turns every run of whitespace (also non-breaking spaces and line breaks) into one space. */
        static String collapseSpaces(String s) {
            StringBuilder out = new StringBuilder(s.length());
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    space = out.length() > 0;
                } else {
                    if (space) {
                        out.append(' ');
                        space = false;
                    }
                    out.append(c);
                }
            }
            return out.toString();
        }

        private static boolean isDash(String text) {
            String t = text.trim();
            return t.equals("-") || t.equals("–") || t.equals(".");
        }

        private static String label(GvColumn column) {
            return I18n.text(column.labelKey());
        }

        /** A cell that cannot be read, named by sheet, row and column; values in the reason are cut to 80 characters. */
        private void problem(SheetRow row, int column, String reasonKey, Object... args) {
            problemCount++;
            if (problems.size() < KEPT_PROBLEMS) {
                Object[] echoed = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    echoed[i] = args[i] instanceof String text ? Cells.echo(text) : args[i];
                }
                problems.add(new RowProblem(sheetName, row.number(), column, null, I18n.text(reasonKey, echoed))
                        .located());
            }
        }

        // ------------------------------------------------------------------ result

        DirectoryFile finish() {
            if (phase == Phase.HEADER) {
                throw DirectoryFormatException.of("directory.error.noData", fileName, sheetName,
                        String.valueOf(headerRows.get(0).number()));
            }
            if (!problems.isEmpty()) {
                throw DirectoryFormatException.cells(fileName, problems, problemCount);
            }
            if (!anyMunicipality) {
                throw DirectoryFormatException.of("directory.error.noMunicipalities", fileName, sheetName);
            }
            if (municipalityRows.isEmpty()) {
                throw DirectoryFormatException.of("directory.error.stateNotInFile", fileName, state.label(),
                        String.join(", ", stateNames.keySet()));
            }
            LocalDate referenceDate = referenceDate();

            // association membership: the Satzart 50 row of the municipality's VB key tells its kind
            Map<String, Integer> membersPerKey = new HashMap<>();
            for (MunicipalityRow m : municipalityRows) {
                membersPerKey.merge(m.associationKey(), 1, Integer::sum);
            }
            Map<String, AssociationEntry> associations = new LinkedHashMap<>();
            for (AssociationRow a : associationRows.values()) {
                AssociationType type = associationType(a.code(), membersPerKey.getOrDefault(a.key(), 0));
                if (type != null) {
                    associations.put(a.key(), new AssociationEntry(a.row(), a.key(), a.name(), type,
                            a.key().substring(0, 5)));
                }
            }
            List<MunicipalityEntry> municipalities = new ArrayList<>(municipalityRows.size());
            int withoutAssociationRow = 0;
            for (MunicipalityRow m : municipalityRows) {
                if (!associationRows.containsKey(m.associationKey())) {
                    withoutAssociationRow++;
                }
                String association = associations.containsKey(m.associationKey()) ? m.associationKey() : null;
                DistrictEntry district = districts.get(m.districtKey());
                municipalities.add(new MunicipalityEntry(m.row(), m.ags(), m.ars(), m.name(),
                        municipalityType(m.code(), m.name(), m.ags(), district), m.districtKey(), association,
                        m.population(), m.area(), m.postcode(), m.longitude(), m.latitude()));
            }
            Set<GvColumn> present = EnumSet.noneOf(GvColumn.class);
            present.addAll(columns.keySet());
            String stateName = state.isAll() ? null : stateNames.get(state.code());
            return new DirectoryFile(fileName, sheetName, referenceDate, state, stateName,
                    Collections.unmodifiableSet(present), Collections.unmodifiableMap(districts),
                    Collections.unmodifiableMap(associations), Collections.unmodifiableList(municipalities),
                    unincorporated, withoutAssociationRow);
        }

        /**
         * Verwaltungsgemeinschaft or -verband by Textkennzeichen. The database knows only these two
         * forms (Saxony has no others); the forms of other states are mapped to the closer one:
         * bodies of their own (Amt, Samtgemeinde, Verbandsgemeinde, Kirchspielslandgemeinde) to
         * Verband, shared administrations (VG Trägermodell, erfüllende Gemeinde) to Gemeinschaft.
         * Without a Textkennzeichen column a key shared by several municipalities is taken as a
         * Verwaltungsgemeinschaft.
         */
        private static AssociationType associationType(String code, int members) {
            if (code == null) {
                return members >= 2 ? AssociationType.VERWALTUNGSGEMEINSCHAFT : null;
            }
            return switch (code) {
                case "54", "57", "58" -> AssociationType.VERWALTUNGSGEMEINSCHAFT;
                case "51", "52", "53", "55", "56" -> AssociationType.VERWALTUNGSVERBAND;
                case "50" -> null;
                default -> members >= 2 ? AssociationType.VERWALTUNGSGEMEINSCHAFT : null;
            };
        }

        /** Type by Textkennzeichen (61/62 kreisfrei, 63/67 Stadt, 60/64 Gemeinde), else by the name. */
        private static MunicipalityType municipalityType(String code, String name, String ags, DistrictEntry district) {
            if (code != null) {
                switch (code) {
                    case "61", "62" -> {
                        return MunicipalityType.KREISFREIE_STADT;
                    }
                    case "63", "67" -> {
                        return MunicipalityType.STADT;
                    }
                    case "60", "64" -> {
                        return MunicipalityType.GEMEINDE;
                    }
                    default -> {
                        // unknown code: judge by the name below
                    }
                }
            }
            if (district != null && district.type() == DistrictType.KREISFREIE_STADT && ags.endsWith("000")) {
                return MunicipalityType.KREISFREIE_STADT;
            }
            return looksLikeCity(name) ? MunicipalityType.STADT : MunicipalityType.GEMEINDE;
        }

        /** Gebietsstand from the header, else a date in the title, else from the sheet's or the file's name. */
        private LocalDate referenceDate() {
            for (String text : headerTexts) {
                LocalDate d = date(GEBIETSSTAND.matcher(text));
                if (d != null) {
                    return d;
                }
            }
            for (String text : headerTexts) {
                LocalDate d = date(ANY_DATE.matcher(text));
                if (d != null) {
                    return d;
                }
            }
            LocalDate d = date(COMPACT_DATE.matcher(sheetName));
            if (d == null) {
                d = date(COMPACT_DATE.matcher(fileName));
            }
            if (d == null) {
                throw DirectoryFormatException.of("directory.error.noReferenceDate", fileName, sheetName);
            }
            return d;
        }

        private static LocalDate date(Matcher m) {
            while (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                    if (d.getYear() >= 1990 && d.getYear() <= 2100) {
                        return d;
                    }
                } catch (DateTimeException | NumberFormatException ignored) {
                    // not a date: look further
                }
            }
            return null;
        }
    }
}
