package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print report NAME -o FILE.pdf} on a real database, the PDF read back page by page. */
class PrintCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), p -> 0);
    }

    @Test
    void printsAllMunicipalitiesOnPagesWithHeaderFooterAndEveryAgsOnce() throws IOException {
        Path db = folder.resolve("db");
        Path file = folder.resolve("Kommunen.pdf");

        int code = run("--db", db.toString(), "print", "report", "municipalities", "-o", file.toString());

        assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("„Kommunen“ (418 Zeilen)").contains("Kommunen.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            int ags = 0;
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                assertThat(text).as("page %d", p).contains("Digital-Lotsen Sachsen").contains("Kommunen")
                        .contains("Seite " + p + " von " + pages).contains("AGS").contains("Einwohner");
                Matcher m = Pattern.compile("\\b14\\d{6}\\b").matcher(text);
                while (m.find()) {
                    ags++;
                }
            }
            assertThat(ags).isEqualTo(418);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Kommunen");
        }
    }

    @Test
    void anEmptyListIsAnHonestEmptySection() throws IOException {
        Path file = folder.resolve("Navigatoren.pdf");
        int code = run("--db", folder.resolve("db").toString(), "print", "report", "navigators", "-o", file.toString());
        assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Digital-Navigatoren").contains("Keine Einträge.")
                    .contains("Seite 1 von 1");
        }
    }

    @Test
    void badTargetsAndNamesGetGermanMessages() throws IOException {
        String db = folder.resolve("db").toString();
        assertThat(run("--db", db, "print", "report", "coaches", "-o", folder.resolve("fehlt/x.pdf").toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("x.pdf").contains("Den Ordner");

        assertThat(run("--db", db, "print", "report", "coaches", "-o", folder.resolve("x.xlsx").toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("muss auf .pdf enden");

        assertThat(run("--db", db, "print", "report", "kassenbuch", "-o", folder.resolve("x.pdf").toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Unbekannter Bericht „kassenbuch“").contains("municipalities, navigators, coaches");

        assertThat(run("--db", db, "print", "report", "coaches", "jahr=2026", "-o", folder.resolve("x.pdf").toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Die Angabe „jahr“ kennt dieser Bericht nicht");
        assertThat(folder.resolve("x.pdf")).doesNotExist();

        assertThat(run("--db", db, "print")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Was soll gedruckt werden?");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsOnly("db");
        }
    }
}
