package de.ssg.lotsenkontor.funding.expenseimport;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.funding.ui.ExpenseImportViewModel;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's state without a toolkit: counts, unmapped accounts, and the rows checked again once mapped. */
class ExpenseImportViewModelTest {

    @TempDir
    Path dir;

    @Test
    void anAccountMappedInThePreviewMakesItsRowsImportable() {
        try (ExpenseImportFixture fx = new ExpenseImportFixture(dir)) {
            Path file = DatevFiles.write(dir.resolve("feb.csv"), DatevFiles.Style.standard(), DatevImportTest.FEBRUARY,
                    false);
            ExpenseFile f = fx.service.read(file, null, Progress.NONE);
            ExpenseImportViewModel model = new ExpenseImportViewModel(f, fx.service.mapping(f, null),
                    fx.service.context(fx.contract.id()));
            assertThat(model.summaryText().get()).startsWith("13 Zeilen gelesen: 6 zu übernehmen, 0 Stornos");
            assertThat(model.unmappedAccounts()).isEqualTo(Map.of("4711", Chart.SKR03));
            assertThat(model.canApplyBinding().get()).isTrue();
            model.allOrNothingProperty().set(true);
            assertThat(model.canApplyBinding().get()).isFalse(); // 4711 and the open currency block it
            model.allOrNothingProperty().set(false);

            long sach = fx.queries.categories().stream().filter(c -> c.code().equals("SACH")).findFirst()
                    .orElseThrow().id();
            fx.service.saveAccount(null, 0, Chart.SKR03, "4711", null, sach);
            model.accountsChanged(fx.service.accounts());
            assertThat(model.summaryText().get()).startsWith("13 Zeilen gelesen: 7 zu übernehmen");
            assertThat(model.unmappedAccounts()).isEmpty();
            assertThat(model.applyText().get()).isEqualTo("Gültige Zeilen übernehmen (7)");
        }
    }

    @Test
    void oneCategoryForRowsWithoutOneChecksThemAgainButNeverGuessesAnUnmappedAccount() throws Exception {
        try (ExpenseImportFixture fx = new ExpenseImportFixture(dir)) {
            Path list = dir.resolve("liste.csv");
            java.nio.file.Files.writeString(list, "Datum;Betrag;Empfänger;Belegnummer\n05.03.2024;10,00;Meyer;L-1\n"
                    + "06.03.2024;20,00;Post;L-2\n");
            ExpenseFile f = fx.service.read(list, null, Progress.NONE);
            ExpenseImportViewModel model = new ExpenseImportViewModel(f, fx.service.mapping(f, null),
                    fx.service.context(fx.contract.id()));
            assertThat(model.summaryText().get()).startsWith("2 Zeilen gelesen: 0 zu übernehmen");
            var sach = fx.queries.categories().stream().filter(c -> c.code().equals("SACH")).findFirst().orElseThrow();
            model.defaultCategoryChanged(sach);
            assertThat(model.summaryText().get()).startsWith("2 Zeilen gelesen: 2 zu übernehmen");
            assertThat(model.previewProperty().get().rows()).allMatch(r -> r.category().code().equals("SACH"));
            model.defaultCategoryChanged(null);
            assertThat(model.summaryText().get()).startsWith("2 Zeilen gelesen: 0 zu übernehmen");

            // a DATEV booking on an account without a mapping stays skipped, whatever the default
            Path datev = DatevFiles.write(dir.resolve("feb.csv"), DatevFiles.Style.standard(), DatevImportTest.FEBRUARY,
                    false);
            ExpenseFile d = fx.service.read(datev, null, Progress.NONE);
            ExpenseImportViewModel batch = new ExpenseImportViewModel(d, fx.service.mapping(d, null),
                    fx.service.context(fx.contract.id()));
            batch.defaultCategoryChanged(sach);
            assertThat(batch.unmappedAccounts()).isEqualTo(Map.of("4711", Chart.SKR03));
        }
    }
}
