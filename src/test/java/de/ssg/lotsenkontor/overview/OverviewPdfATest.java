package de.ssg.lotsenkontor.overview;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The Programmübersicht and the Kreis-Bericht pass veraPDF as PDF/A-2b. */
class OverviewPdfATest {

    @TempDir
    Path folder;

    @Test
    void programmeOverviewAndDistrictReportArePdfA2b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        OverviewFixture fixture = new OverviewFixture(folder.resolve("db"), true);
        Dashboard d;
        try {
            d = fixture.queries().dashboard();
        } finally {
            fixture.db.close();
        }
        for (Report report : List.of(OverviewReports.programme(d, SaxonyGeometry.get()),
                OverviewReports.district(d, "14625", List.of()))) {
            Path pdf = folder.resolve("r.pdf");
            ReportRenderers.render(report, ReportFormat.PDF, pdf, Progress.NONE);
            try (InputStream in = Files.newInputStream(pdf);
                    PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B)) {
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
                ValidationResult result = validator.validate(parser);
                List<String> failed = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + ": " + a.getMessage()).distinct().toList();
                assertThat(failed).as(report.title()).isEmpty();
                assertThat(result.isCompliant()).isTrue();
            }
        }
    }
}
