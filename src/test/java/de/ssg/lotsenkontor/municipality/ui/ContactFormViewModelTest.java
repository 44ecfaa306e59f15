package de.ssg.lotsenkontor.municipality.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.municipality.ContactData;
import de.ssg.lotsenkontor.municipality.ContactRow;
import org.junit.jupiter.api.Test;

class ContactFormViewModelTest {

    @Test
    void aNewContactNeedsANameAndTheFirstOneIsPrimary() {
        ContactFormViewModel vm = new ContactFormViewModel(5, null, true);
        assertThat(vm.validBinding().get()).isFalse();
        assertThat(vm.violationText()).isEqualTo("Ansprechperson: ist ein Pflichtfeld");
        assertThat(vm.primaryProperty().get()).isTrue();
        vm.nameProperty().set("Erika Beispiel");
        vm.phoneProperty().set("bitte anrufen");
        assertThat(vm.validBinding().get()).isFalse();
        assertThat(vm.violationText()).startsWith("Telefon:");
        vm.phoneProperty().set("03725 555-100");
        assertThat(vm.validBinding().get()).isTrue();
        assertThat(vm.change().contactId()).isNull();
        assertThat(vm.change().municipalityId()).isEqualTo(5);
    }

    @Test
    void editingKeepsIdAndVersion() {
        ContactRow row = new ContactRow(11, 3, new ContactData("Otto Muster", "Bürgermeister", null, null), false);
        ContactFormViewModel vm = new ContactFormViewModel(5, row, false);
        assertThat(vm.nameProperty().get()).isEqualTo("Otto Muster");
        assertThat(vm.validBinding().get()).isTrue();
        vm.emailProperty().set("otto@");
        assertThat(vm.validBinding().get()).isFalse();
        assertThat(vm.change().contactId()).isEqualTo(11);
        assertThat(vm.change().expectedVersion()).isEqualTo(3);
    }
}
