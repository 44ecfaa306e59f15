package de.ssg.lotsenkontor.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeClassTest {

    @Test
    void boundariesBelongToTheUpperClass() {
        assertThat(SizeClass.of(0)).isEqualTo(SizeClass.UNTER_2000);
        assertThat(SizeClass.of(1_999)).isEqualTo(SizeClass.UNTER_2000);
        assertThat(SizeClass.of(2_000)).isEqualTo(SizeClass.BIS_5000);
        assertThat(SizeClass.of(9_999)).isEqualTo(SizeClass.BIS_10000);
        assertThat(SizeClass.of(10_000)).isEqualTo(SizeClass.BIS_20000);
        assertThat(SizeClass.of(20_000)).isEqualTo(SizeClass.UEBER_20000);
        assertThat(SizeClass.of(619_879)).isEqualTo(SizeClass.UEBER_20000);
    }
}
