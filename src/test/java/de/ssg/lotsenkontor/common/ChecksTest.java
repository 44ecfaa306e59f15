package de.ssg.lotsenkontor.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void acceptsTheAddressesOfficesUseAndRejectsTypos() {
        assertThat(Checks.isEmail("anna.beispiel@kommune-pirna.example")).isTrue();
        assertThat(Checks.isEmail("a@b.de")).isTrue();
        assertThat(Checks.isEmail("anna.beispiel@kommune")).isFalse();
        assertThat(Checks.isEmail("anna beispiel@kommune.de")).isFalse();
        assertThat(Checks.isEmail("anna@@kommune.de")).isFalse();
    }

    @Test
    void acceptsGermanPhoneNotations() {
        assertThat(Checks.isPhone("0351 555-1234")).isTrue();
        assertThat(Checks.isPhone("+49 (351) 555 12 34")).isTrue();
        assertThat(Checks.isPhone("03521/555123")).isTrue();
        assertThat(Checks.isPhone("call me")).isFalse();
        assertThat(Checks.isPhone("--")).isFalse();
    }

    @Test
    void violationsNameTheFieldAndTheReasonInGerman() {
        List<Violation> v = new ArrayList<>();
        Checks.email(v, "municipality.field.contactEmail", "kaputt");
        Checks.required(v, "municipality.field.statusDate", null);
        assertThat(v).extracting(Violation::message).containsExactly(
                "E-Mail: ist keine gültige E-Mail-Adresse",
                "Gültig ab: ist ein Pflichtfeld");
    }
}
