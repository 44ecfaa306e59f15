package de.ssg.lotsenkontor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.excel.SheetCell;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Typed values from cells as offices, banks and Excel write them. */
class CellsTest {

    private static SheetCell text(String t) {
        return new SheetCell(0, SheetCell.Kind.TEXT, t);
    }

    private static SheetCell number(String n) {
        return new SheetCell(0, SheetCell.Kind.NUMBER, n);
    }

    @Test
    void germanIsoAndShortYearDates() {
        assertThat(Cells.date(text("01.03.2025"), false)).contains(LocalDate.of(2025, 3, 1));
        assertThat(Cells.date(text("1.3.2025"), false)).contains(LocalDate.of(2025, 3, 1));
        assertThat(Cells.date(text("15.03.25"), false)).contains(LocalDate.of(2025, 3, 15));
        assertThat(Cells.date(text("2025-03-01"), false)).contains(LocalDate.of(2025, 3, 1));
        assertThat(Cells.date(text("2025-03-01T00:00:00"), false)).contains(LocalDate.of(2025, 3, 1));
        assertThat(Cells.date(text("01.03.2025 00:00"), false)).contains(LocalDate.of(2025, 3, 1));
        // a date that does not exist, and typing errors
        assertThat(Cells.date(text("31.02.2025"), false)).isEmpty();
        assertThat(Cells.date(text("im Frühjahr"), false)).isEmpty();
        assertThat(Cells.date(text("01.03.1850"), false)).isEmpty();
    }

    @Test
    void realExcelDatesInThe1900AndThe1904DateSystem() {
        // 45717 is 1 March 2025 in the 1900 system; the same day is 44255 in the 1904 system
        assertThat(Cells.date(number("45717"), false)).contains(LocalDate.of(2025, 3, 1));
        assertThat(Cells.date(number("44255"), true)).contains(LocalDate.of(2025, 3, 1));
        assertThat(Cells.date(number("45717.75"), false)).contains(LocalDate.of(2025, 3, 1)); // with a time of day
        assertThat(Cells.date(number("45717"), true)).contains(LocalDate.of(2029, 3, 2));
        assertThat(Cells.date(number("-3"), false)).isEmpty();
    }

    @Test
    void keysKeepOrGetBackTheirLeadingZeros() {
        assertThat(Cells.key(text("01001000"), 8)).contains("01001000");
        assertThat(Cells.key(number("1001000"), 8)).contains("01001000"); // Excel dropped the zero
        assertThat(Cells.key(number("1.001E6"), 8)).contains("01001000");
        assertThat(Cells.key(number("923.0"), 5)).contains("00923");
        assertThat(Cells.key(text("14 625 020"), 8)).contains("14625020");
        assertThat(Cells.key(text("1462502O"), 8)).isEmpty(); // a letter O
        assertThat(Cells.key(number("14.5"), 8)).isEmpty();
        assertThat(Cells.key(text("146250201"), 8)).isEmpty();
    }

    @Test
    void germanDecimalsWithAndWithoutThousandsSeparators() {
        assertThat(Cells.decimal(text("1.234,56"))).contains(new BigDecimal("1234.56"));
        assertThat(Cells.decimal(text("1234,5"))).contains(new BigDecimal("1234.5"));
        assertThat(Cells.decimal(text("12"))).contains(new BigDecimal("12"));
        assertThat(Cells.decimal(text("-1.234.567,00"))).contains(new BigDecimal("-1234567.00"));
        assertThat(Cells.decimal(text("12,50 €"))).contains(new BigDecimal("12.50"));
        assertThat(Cells.decimal(text("12,50-"))).contains(new BigDecimal("-12.50")); // a bank's trailing minus
        assertThat(Cells.decimal(text("+7,5"))).contains(new BigDecimal("7.5"));
        // a point without comma is a decimal point, as machines write it; several points group thousands
        assertThat(Cells.decimal(text("13.5"))).contains(new BigDecimal("13.5"));
        assertThat(Cells.decimal(text("1.234.567"))).contains(new BigDecimal("1234567"));
        // no numbers
        assertThat(Cells.decimal(text("1.23,4"))).isEmpty();
        assertThat(Cells.decimal(text("12,3,4"))).isEmpty();
        assertThat(Cells.decimal(text("13,1x"))).isEmpty();
        assertThat(Cells.decimal(text("abc"))).isEmpty();
        assertThat(Cells.decimal(new SheetCell(0, SheetCell.Kind.BOOLEAN, "TRUE"))).isEmpty();
    }

    @Test
    void numbersTypedAsTextAndTextTypedAsNumbers() {
        // a number cell read as text: no exponent, no ".0", no float noise in messages
        assertThat(Cells.text(number("14625020.0"))).isEqualTo("14625020");
        assertThat(Cells.text(number("1.4625020E7"))).isEqualTo("14625020");
        assertThat(Cells.display(number("5.0599999999999996"))).isEqualTo("5,06");
        assertThat(Cells.decimal(number("5.0599999999999996")).orElseThrow().setScale(2, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("5.06"));
        // text that is a number
        assertThat(Cells.whole(text("250.681"))).contains(BigInteger.valueOf(250_681));
        assertThat(Cells.whole(text("12,5"))).isEmpty();
        assertThat(Cells.text(text(" Görlitz\u00a0"))).isEqualTo("Görlitz");
        assertThat(Cells.text(text("  "))).isNull();
    }

    @Test
    void anEchoedValueIsCutTo80CharactersWithAnEllipsis() {
        String tenThousand = "x".repeat(10_000);
        String echoed = Cells.echo(tenThousand);
        assertThat(echoed).hasSize(80).endsWith("…").startsWith("xxxxxxxxxx");
        assertThat(Cells.echo("y".repeat(80))).isEqualTo("y".repeat(80));
        assertThat(Cells.echo("y".repeat(81))).isEqualTo("y".repeat(79) + "…");
        // line breaks and tabs shown as spaces, control characters left out
        assertThat(Cells.echo("Frieda\nFiktiv\tx\u0007")).isEqualTo("Frieda Fiktiv x");
        assertThat(Cells.display(text("z".repeat(500)))).hasSize(80);
    }

    @Test
    void controlCharactersAndBreaks() {
        assertThat(Cells.isControl(7)).isTrue();
        assertThat(Cells.isControl(0x85)).isTrue();
        assertThat(Cells.isControl('\t')).isFalse();
        assertThat(Cells.isControl('ä')).isFalse();
        assertThat(Cells.hasBreakOrTab("Frieda\nFiktiv")).isTrue();
        assertThat(Cells.hasBreakOrTab("Frieda\tFiktiv")).isTrue();
        assertThat(Cells.hasBreakOrTab("Frieda Fiktiv\n")).isFalse();
    }
}
