package de.ssg.lotsenkontor.print;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.Report;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The PDFs pass an independent PDF/A validator (veraPDF) as PDF/A-2b. */
class PdfAValidationTest {

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aReportWithEveryKindOfBlockIsPdfA2b() throws Exception {
        assertCompliant(PdfDocuments.bytes(PrintFixtures.overview(), Progress.NONE));
    }

    @Test
    void aLongLandscapeTableAndAnEmptyReportArePdfA2b() throws Exception {
        assertCompliant(PdfDocuments.bytes(Report.ofTable("Kennzahlen", "alle Kommunen", PrintFixtures.CREATED,
                PrintFixtures.wide(16, 120)), Progress.NONE));
        assertCompliant(PdfDocuments.bytes(Report.builder("Leer", PrintFixtures.CREATED).build(), Progress.NONE));
    }

    @Test
    void aPictureWithTransparencyIsPdfA2b() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(80, 40,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 80; x++) {
            for (int y = 0; y < 40; y++) {
                image.setRGB(x, y, ((x * 3) << 24) | 0x2B6CB0);
            }
        }
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        assertCompliant(PdfDocuments.bytes(Report.builder("Bild", PrintFixtures.CREATED)
                .image(png.toByteArray(), "halb durchsichtig").build(), Progress.NONE));
    }

    @Test
    void aDamagedDeclarationIsCaught() throws Exception {
        // the validator really checks: a PDF that only claims PDF/A (no output intent) fails
        byte[] pdf = PdfDocuments.bytes(PrintFixtures.overview(), Progress.NONE);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.OUTPUT_INTENTS);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            assertThat(validate(out.toByteArray()).isCompliant()).isFalse();
        }
    }

    private static void assertCompliant(byte[] pdf) throws Exception {
        ValidationResult result = validate(pdf);
        List<String> failed = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().toList();
        assertThat(failed).as("veraPDF failures").isEmpty();
        assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
        assertThat(result.isCompliant()).isTrue();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            return validator.validate(parser);
        }
    }
}
