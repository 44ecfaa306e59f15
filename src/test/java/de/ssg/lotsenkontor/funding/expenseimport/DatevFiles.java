package de.ssg.lotsenkontor.funding.expenseimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes DATEV booking batches as different programs write them: format version 700 or 510,
 * their column titles (or another producer's variants), Windows-1252 or UTF-8 with or without
 * BOM, {@code ;} or {@code ,}, quoted or bare, CRLF or LF, a last line cut off.
 */
public final class DatevFiles {

    /** One booking as the accounting software exports it (amount with decimal comma, date DDMM). */
    public record Booking(String amount, String sh, String konto, String gegen, String bu, String date,
            String receipt, String text, String wkz, String basis, String gu) {

        public static Booking of(String amount, String sh, String konto, String gegen, String date, String receipt,
                String text) {
            return new Booking(amount, sh, konto, gegen, "", date, receipt, text, "", "", "");
        }

        public Booking foreign(String currency, String base) {
            return new Booking(amount, sh, konto, gegen, bu, date, receipt, text, currency, base, gu);
        }

        public Booking generalumkehr() {
            return new Booking(amount, sh, konto, gegen, bu, date, receipt, text, wkz, basis, "1");
        }
    }

    /** How the file is written. */
    public record Style(int version, String producer, Charset charset, boolean bom, char separator, boolean quoted,
            String eol, String fyStart, String from, String to, String chart, int category) {

        public static Style standard() {
            return new Style(700, "datev", Charset.forName("windows-1252"), false, ';', true, "\r\n", "20240101",
                    "20240201", "20240229", "", 21);
        }

        public Style version(int v) {
            return new Style(v, producer, charset, bom, separator, quoted, eol, fyStart, from, to, chart, category);
        }

        public Style producer(String p) {
            return new Style(version, p, charset, bom, separator, quoted, eol, fyStart, from, to, chart, category);
        }

        public Style utf8(boolean withBom) {
            return new Style(version, producer, StandardCharsets.UTF_8, withBom, separator, quoted, eol, fyStart, from,
                    to, chart, category);
        }

        public Style separator(char s) {
            return new Style(version, producer, charset, bom, s, quoted, eol, fyStart, from, to, chart, category);
        }

        public Style bare() {
            return new Style(version, producer, charset, bom, separator, false, eol, fyStart, from, to, chart,
                    category);
        }

        public Style lf() {
            return new Style(version, producer, charset, bom, separator, quoted, "\n", fyStart, from, to, chart,
                    category);
        }

        public Style period(String fy, String f, String t) {
            return new Style(version, producer, charset, bom, separator, quoted, eol, fy, f, t, chart, category);
        }

        public Style chart(String c) {
            return new Style(version, producer, charset, bom, separator, quoted, eol, fyStart, from, to, c, category);
        }

        public Style category(int c) {
            return new Style(version, producer, charset, bom, separator, quoted, eol, fyStart, from, to, chart, c);
        }
    }

    private static final List<String> TITLES_700 = List.of("Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen",
            "WKZ Umsatz", "Kurs", "Basisumsatz", "WKZ Basisumsatz", "Konto", "Gegenkonto (ohne BU-Schlüssel)",
            "BU-Schlüssel", "Belegdatum", "Belegfeld 1", "Belegfeld 2", "Skonto", "Buchungstext");
    private static final List<String> TITLES_510 = List.of("Umsatz (ohne Soll-/Haben-Kz)", "Soll-/Haben-Kennzeichen",
            "WKZ Umsatz", "Kurs", "Basis-Umsatz", "WKZ Basis-Umsatz", "Konto", "Gegenkonto (ohne BU-Schlüssel)",
            "BU-Schlüssel", "Belegdatum", "Belegfeld 1", "Belegfeld 2", "Skonto", "Buchungstext");
    /** Another program's titles for the same columns. */
    private static final List<String> TITLES_OTHER = List.of("Umsatz", "Soll/Haben", "WKZ Umsatz", "Kurs",
            "Basis-Umsatz", "WKZ Basis-Umsatz", "Konto", "Gegenkonto", "BU-Schlüssel", "Beleg-Datum", "Belegfeld1",
            "Belegfeld 2", "Skonto", "Buchungstext");

    private DatevFiles() {
    }

    /** The file's text (before encoding). */
    public static String text(Style s, List<Booking> bookings, boolean truncateLast) {
        List<String> titles = new ArrayList<>(s.producer().equals("other") ? TITLES_OTHER
                : s.version() == 510 ? TITLES_510 : TITLES_700);
        int columns = s.version() == 510 ? 116 : 125;
        for (int i = titles.size(); titles.size() < columns - 3; i++) {
            titles.add("Zusatzinformation – Art " + i);
        }
        titles.add(s.version() == 510 ? "Generalumkehr (GU)" : "Generalumkehr");
        titles.add("Steuersatz");
        titles.add("Land");
        char sep = s.separator();
        StringBuilder out = new StringBuilder();
        List<String> meta = List.of(q(s, "EXTF"), String.valueOf(s.version()), String.valueOf(s.category()),
                q(s, s.category() == 21 ? "Buchungsstapel" : "Debitoren/Kreditoren"), s.version() == 510 ? "2" : "9",
                "20240305102500000", "", q(s, "RE"), q(s, "Testbuchhaltung"), q(s, ""), "1001", "456", s.fyStart(),
                "4", s.from(), s.to(), q(s, "Ausgaben Februar – Büro"), q(s, ""), "1", "", "0", q(s, "EUR"), "", q(s, ""),
                "", "", q(s, s.chart()), "", "", q(s, ""), q(s, ""));
        out.append(String.join(String.valueOf(sep), meta)).append(s.eol());
        List<String> t = new ArrayList<>();
        for (String title : titles) {
            t.add(field(s, title, false));
        }
        out.append(String.join(String.valueOf(sep), t)).append(s.eol());
        for (int i = 0; i < bookings.size(); i++) {
            Booking b = bookings.get(i);
            List<String> f = new ArrayList<>();
            f.add(field(s, b.amount(), true));
            f.add(field(s, b.sh(), false));
            f.add(field(s, b.wkz(), false));
            f.add(field(s, "", true));
            f.add(field(s, b.basis(), true));
            f.add(field(s, b.wkz().isEmpty() ? "" : "EUR", false));
            f.add(field(s, b.konto(), true));
            f.add(field(s, b.gegen(), true));
            f.add(field(s, b.bu(), false));
            f.add(field(s, b.date(), true));
            f.add(field(s, b.receipt(), false));
            f.add(field(s, "", false));
            f.add(field(s, "", true));
            f.add(field(s, b.text(), false));
            while (f.size() < columns - 3) {
                f.add(field(s, "", f.size() % 2 == 0));
            }
            f.add(field(s, b.gu(), true));
            f.add(field(s, "", true));
            f.add(field(s, "", false));
            String line = String.join(String.valueOf(sep), f);
            if (truncateLast && i == bookings.size() - 1) {
                out.append(line, 0, line.indexOf(sep, line.indexOf(b.receipt()) + 1) + 1);
                return out.toString();
            }
            out.append(line).append(s.eol());
        }
        return out.toString();
    }

    /** Writes the file. */
    public static Path write(Path file, Style s, List<Booking> bookings, boolean truncateLast) {
        byte[] body = text(s, bookings, truncateLast).getBytes(s.charset());
        try {
            if (s.bom()) {
                byte[] withBom = new byte[body.length + 3];
                withBom[0] = (byte) 0xEF;
                withBom[1] = (byte) 0xBB;
                withBom[2] = (byte) 0xBF;
                System.arraycopy(body, 0, withBom, 3, body.length);
                body = withBom;
            }
            Files.write(file, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String q(Style s, String text) {
        return s.quoted() ? "\"" + text + "\"" : text;
    }

    /** A field: text quoted when the style quotes, numbers bare; anything holding the separator quoted. */
    private static String field(Style s, String value, boolean number) {
        boolean must = value.indexOf(s.separator()) >= 0 || value.indexOf('"') >= 0;
        if (must || s.quoted() && !number) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
