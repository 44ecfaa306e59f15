package de.ssg.lotsenkontor.funding.expenseimport;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The metadata line of a DATEV file ({@code "EXTF";700;21;"Buchungsstapel";…}, or {@code DTVF} as
 * DATEV's own programs write it): format version, data category (21 = Buchungsstapel),
 * fiscal-year start (field 13), account length (14), period from/to (15, 16), currency (22) and
 * chart of accounts (27). Decides the year of the {@code DDMM} receipt dates; where the header
 * contradicts itself, it says so in {@link #warnings} and which year it used.
 *
 * @param version     the format version (700; older files 510)
 * @param category    the data category; 21 is a booking batch
 * @param accountLength the length of general ledger accounts (4 to 8); 4 when missing
 * @param currency    the batch's currency, "EUR" when missing
 * @param chart       the chart of accounts named in the header, or null
 */
public record DatevHeader(String marker, int version, int category, String formatName, LocalDate fiscalYearStart,
        int accountLength, LocalDate periodFrom, LocalDate periodTo, String batchName, String currency, Chart chart,
        List<String> warnings) {

    /** The data category of a booking batch. */
    public static final int BOOKINGS = 21;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    public DatevHeader {
        warnings = List.copyOf(warnings);
    }

    /** Whether a first line is a DATEV metadata line. */
    public static boolean isDatev(List<String> fields) {
        if (fields.isEmpty()) {
            return false;
        }
        String m = fields.get(0).trim();
        return m.equals("EXTF") || m.equals("DTVF");
    }

    /** Reads the metadata fields of {@code file}; refuses a file that is no booking batch. */
    public static DatevHeader parse(List<String> f, String file) {
        List<String> warnings = new ArrayList<>();
        int version = integer(field(f, 2), 0);
        int category = integer(field(f, 3), 0);
        String formatName = field(f, 4);
        if (category != BOOKINGS) {
            throw new DomainException("expimport.error.notBookings", file, field(f, 3),
                    formatName.isEmpty() ? "?" : formatName);
        }
        if (version != 700 && version != 510 && version != 300) {
            warnings.add(I18n.text("expimport.warning.version", field(f, 2)));
        }
        LocalDate fyStart = date(field(f, 13));
        int length = integer(field(f, 14), 4);
        if (length < 4 || length > 9) {
            warnings.add(I18n.text("expimport.warning.accountLength", field(f, 14)));
            length = 4;
        }
        LocalDate from = date(field(f, 15));
        LocalDate to = date(field(f, 16));
        if (from != null && to != null && to.isBefore(from)) {
            warnings.add(I18n.text("expimport.warning.periodReversed", Formats.date(from), Formats.date(to)));
            LocalDate t = from;
            from = to;
            to = t;
        }
        String currency = field(f, 22).isEmpty() ? "EUR" : field(f, 22).toUpperCase(java.util.Locale.ROOT);
        Chart chart = Chart.parse(field(f, 27));
        return new DatevHeader(field(f, 1), version, category, formatName, fyStart, length, from, to, field(f, 17),
                currency, chart, warnings).checked();
    }

    /** The same header with the warnings about its dates: fiscal year and period that do not fit together. */
    private DatevHeader checked() {
        List<String> w = new ArrayList<>(warnings);
        if (periodFrom == null && periodTo == null && fiscalYearStart == null) {
            w.add(I18n.text("expimport.warning.noYear"));
        } else if (periodFrom == null || periodTo == null) {
            w.add(I18n.text("expimport.warning.noPeriod", String.valueOf(fallbackYear())));
        } else if (fiscalYearStart != null) {
            LocalDate fyEnd = fiscalYearStart.plusYears(1).minusDays(1);
            if (periodFrom.isBefore(fiscalYearStart) || periodTo.isAfter(fyEnd)) {
                w.add(I18n.text("expimport.warning.contradiction", Formats.date(fiscalYearStart), Formats.date(fyEnd),
                        Formats.date(periodFrom), Formats.date(periodTo), years()));
            }
        }
        if (periodFrom != null && periodTo != null && periodTo.isAfter(periodFrom.plusYears(1))) {
            w.add(I18n.text("expimport.warning.longPeriod", Formats.date(periodFrom), Formats.date(periodTo)));
        }
        return new DatevHeader(marker, version, category, formatName, fiscalYearStart, accountLength, periodFrom,
                periodTo, batchName, currency, chart, w);
    }

    private String years() {
        return periodFrom.getYear() == periodTo.getYear() ? String.valueOf(periodFrom.getYear())
                : periodFrom.getYear() + "/" + periodTo.getYear();
    }

    private int fallbackYear() {
        LocalDate known = periodFrom != null ? periodFrom : periodTo != null ? periodTo : fiscalYearStart;
        return known == null ? -1 : known.getYear();
    }

    /**
     * The date of a {@code DDMM} receipt date: in the period when the header has one (a period
     * over a year end takes the year in which the day falls inside it), else in the fiscal year.
     * Empty when the header gives no year at all, or when the day does not exist in that year
     * (29.02. of a common year).
     */
    public java.util.Optional<LocalDate> dateOf(MonthDay day) {
        if (periodFrom != null && periodTo != null) {
            for (int y = periodFrom.getYear(); y <= periodTo.getYear(); y++) {
                if (day.isValidYear(y)) {
                    LocalDate d = day.atYear(y);
                    if (!d.isBefore(periodFrom) && !d.isAfter(periodTo)) {
                        return java.util.Optional.of(d);
                    }
                }
            }
            // outside the period: the period's year nearest to it
            int y = periodFrom.getYear() == periodTo.getYear() ? periodFrom.getYear()
                    : day.getMonthValue() >= periodFrom.getMonthValue() ? periodFrom.getYear() : periodTo.getYear();
            return day.isValidYear(y) ? java.util.Optional.of(day.atYear(y)) : java.util.Optional.empty();
        }
        if (fiscalYearStart != null) {
            int y = day.getMonthValue() >= fiscalYearStart.getMonthValue() ? fiscalYearStart.getYear()
                    : fiscalYearStart.getYear() + 1;
            return day.isValidYear(y) ? java.util.Optional.of(day.atYear(y)) : java.util.Optional.empty();
        }
        int y = fallbackYear();
        return y < 0 || !day.isValidYear(y) ? java.util.Optional.empty() : java.util.Optional.of(day.atYear(y));
    }

    /** Whether the header gives a year for DDMM dates. */
    public boolean hasYear() {
        return fallbackYear() > 0;
    }

    /** The year a day and month fall into, for "den 30.02.2018 gibt es nicht". */
    public int yearFor(int month) {
        if (periodFrom != null && periodTo != null) {
            return periodFrom.getYear() == periodTo.getYear() || month >= periodFrom.getMonthValue()
                    ? periodFrom.getYear() : periodTo.getYear();
        }
        return Math.max(fallbackYear(), 0);
    }

    /** Whether {@code date} lies in the batch's period (true without a period). */
    public boolean inPeriod(LocalDate date) {
        return periodFrom == null || periodTo == null || !date.isBefore(periodFrom) && !date.isAfter(periodTo);
    }

    private static String field(List<String> f, int oneBased) {
        return oneBased <= f.size() && f.get(oneBased - 1) != null ? f.get(oneBased - 1).trim() : "";
    }

    private static int integer(String s, int fallback) {
        try {
            return s.isEmpty() ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static LocalDate date(String s) {
        if (s.length() < 8) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 8), YYYYMMDD);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
