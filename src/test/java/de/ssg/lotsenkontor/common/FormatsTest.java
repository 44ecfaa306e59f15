package de.ssg.lotsenkontor.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void writesMoneyAndDatesTheGermanWay() {
        assertThat(Formats.money(new BigDecimal("1234.5"))).isEqualTo("1.234,50 €");
        assertThat(Formats.money(new BigDecimal("1100000"))).isEqualTo("1.100.000,00 €");
        assertThat(Formats.date(LocalDate.of(2024, 12, 31))).isEqualTo("31.12.2024");
        assertThat(Formats.integer(4089467)).isEqualTo("4.089.467");
        assertThat(Formats.percent(0.314)).isEqualTo("31,4 %");
    }

    @Test
    void readsGermanAndIsoDatesStrictly() {
        assertThat(Formats.parseDate("31.12.2024")).contains(LocalDate.of(2024, 12, 31));
        assertThat(Formats.parseDate("1.2.2024")).contains(LocalDate.of(2024, 2, 1));
        assertThat(Formats.parseDate("2024-02-01")).contains(LocalDate.of(2024, 2, 1));
        assertThat(Formats.parseDate("31.02.2024")).isEmpty();
        assertThat(Formats.parseDate("morgen")).isEmpty();
        assertThat(Formats.parseDate(" ")).isEmpty();
    }

    @Test
    void readsAmountsExactlyToTheCent() {
        assertThat(Formats.parseDecimal("1.234,56")).contains(new BigDecimal("1234.56"));
        assertThat(Formats.parseDecimal("1234,5 €")).contains(new BigDecimal("1234.5"));
        assertThat(Formats.parseDecimal("1234.56")).contains(new BigDecimal("1234.56"));
        assertThat(Formats.parseDecimal("0,10")).contains(new BigDecimal("0.10"));
        assertThat(Formats.parseDecimal("12abc")).isEmpty();
    }

    @Test
    void readsWholeNumbersWithOrWithoutThousandsSeparators() {
        assertThat(Formats.parseInteger("12.345")).contains(12345L);
        assertThat(Formats.parseInteger("12345")).contains(12345L);
        assertThat(Formats.parseInteger("12,5")).isEmpty();
        assertThat(Formats.parseInteger("1.23")).isEmpty();
    }
}
