package de.ssg.lotsenkontor.overview;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.app.Cli;
import de.ssg.lotsenkontor.common.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The Lotsen-Bericht, the Kreis-Bericht with projects and the Finanzstatus through the command
 * line, read back from the PDF page by page with PDFBox and compared with the rows: the small fixed
 * programme of {@link OverviewFixture} with an event and two projects added, and the demo data for
 * the money. Every PDF has its fonts embedded and passes veraPDF as PDF/A-2b.
 */
class PrintedOverviewsTest {

    @TempDir
    static Path folder;

    private static Path small;
    private static Path demo;

    @BeforeAll
    static void databases() throws Exception {
        small = folder.resolve("small");
        OverviewFixture fixture = new OverviewFixture(small, true);
        fixture.db.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                // Albrecht (901) gives a course in 2026 (one attended, one registered) and a network meeting in 2025
                s.executeUpdate("INSERT INTO event (id, event_type, title, starts_on, location, module_id, coach_id) "
                        + "SELECT 7001, 'KURS', 'Grundkurs E-Akte', DATE '2026-05-12', 'Dresden', id, 901 "
                        + "FROM course_module WHERE name = 'E-Akte'");
                s.executeUpdate("INSERT INTO event (id, event_type, title, starts_on, location, coach_id) VALUES "
                        + "(7002, 'NETZWERKTREFFEN', 'Netzwerktreffen Ost', DATE '2025-09-01', 'Görlitz', 901)");
                s.executeUpdate("INSERT INTO event_trainer (event_id, coach_id) VALUES (7001, 901), (7002, 901)");
                s.executeUpdate("INSERT INTO attendance (event_id, navigator_id, status) VALUES "
                        + "(7001, 901, 'TEILGENOMMEN'), (7001, 902, 'ANGEMELDET'), (7002, 901, 'TEILGENOMMEN')");
                // projects: Albrecht's in Dresden, Berger's best practice in the first Bautzen municipality
                s.executeUpdate("INSERT INTO local_project (id, title, municipality_id, coach_id, status, topic, "
                        + "started_on) SELECT 8001, 'Digitales Bürgerbüro', id, 901, 'IN_UMSETZUNG', 'Bürgerservice', "
                        + "DATE '2026-02-01' FROM municipality WHERE ags = '14612000'");
                s.executeUpdate("INSERT INTO local_project (id, title, municipality_id, coach_id, status, topic, "
                        + "best_practice, started_on, finished_on) SELECT 8002, 'Ratsinfo online', id, 902, "
                        + "'ABGESCHLOSSEN', 'Ratsarbeit', TRUE, DATE '2024-03-01', DATE '2025-06-30' "
                        + "FROM municipality WHERE ags = '" + fixture.bautzen1 + "'");
                s.executeUpdate("INSERT INTO local_project_status (project_id, status, changed_on, recorded_at) VALUES "
                        + "(8001, 'IN_UMSETZUNG', DATE '2026-04-01', CURRENT_TIMESTAMP), "
                        + "(8002, 'ABGESCHLOSSEN', DATE '2025-06-30', CURRENT_TIMESTAMP)");
            }
            c.commit();
            return null;
        });
        fixture.db.close();
        demo = folder.resolve("demo");
        assertThat(Cli.run(new String[] {"--db", demo.toString(), "demo"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), p -> 0)).isEqualTo(Cli.OK);
    }

    @Test
    void coachReportShowsNavigatorsSessionsByMonthEventsAndProjects() throws Exception {
        Path pdf = print(small, "coach", "--id", "901", "--year", "2026");
        List<String> pages = pages(pdf);
        String all = String.join("\n", pages);
        assertThat(pages.get(0)).contains("Lotsen-Bericht Anna Albrecht", "Jahreszahlen 2026", "Seite 1 von " + pages.size());
        // one navigator today: Nora Eins in Dresden; 3 sessions with 4,75 hours in 2026 (the 2025 one left out)
        assertThat(all).contains("Nora Eins", "Dresden, Stadt Dresden, Stadt 1 3 4,75", "betreute Navigatoren", "4,75",
                "Januar", "März", "3,25", "1,50");
        assertThat(all).doesNotContain("4,00");
        // the course of 2026 with 2 registered and 1 present; the meeting of 2025 is not in the year
        assertThat(all).contains("Gegebene Veranstaltungen 2026", "Grundkurs E-Akte", "12.05.2026", "Kurs");
        assertThat(all).doesNotContain("Netzwerktreffen Ost");
        // projects: hers, not Berger's
        assertThat(all).contains("Digitales Bürgerbüro", "in Umsetzung", "01.04.2026");
        assertThat(all).doesNotContain("Ratsinfo online");
        assertFontsEmbedded(pdf);
        assertPdfA(pdf);
    }

    @Test
    void coachWithoutNavigatorsGetsAnHonestReportAndAnUnknownCoachAGermanMessage() throws Exception {
        Path pdf = print(small, "coach", "--id", "903", "--year", "2026");
        List<String> pages = pages(pdf);
        assertThat(pages.get(0)).contains("Lotsen-Bericht Clara Conrad", "keine Navigatoren zugeordnet");
        assertThat(String.join(" ", pages)).contains("Keine Einträge.");
        assertThat(pages).allSatisfy(p -> assertThat(p.strip()).isNotEmpty());

        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", small.toString(), "print", "coach", "--id", "4711", "-o",
            folder.resolve("x.pdf").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err), p -> 0);
        assertThat(code).isNotEqualTo(Cli.OK);
        assertThat(err.toString()).contains("Einen Digital-Lotsen mit der Nummer 4711 gibt es nicht", "--id",
                "901 Anna Albrecht").doesNotContain("Exception");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void districtReportListsTheProjectsOfItsMunicipalities() throws Exception {
        Path pdf = print(small, "district", "--key", "14625");
        String all = String.join("\n", pages(pdf));
        assertThat(all).contains("Vor-Ort-Projekte im Landkreis", "Ratsinfo online", "abgeschlossen · Best Practice",
                "Bernd Berger", "Landkreis gesamt");
        assertThat(all).doesNotContain("Digitales Bürgerbüro");
        // Dresden has one project, and no district without projects prints a blank page
        String dresden = String.join("\n", pages(print(small, "district", "--key", "14612")));
        assertThat(dresden).contains("Digitales Bürgerbüro", "Anna Albrecht");
        String leipzig = String.join("\n", pages(print(small, "district", "--key", "14713")));
        assertThat(leipzig).contains("keine Vor-Ort-Projekte", "Keine Einträge.");
    }

    @Test
    void financeStatusShowsPlanAndActualToTheCentWithTheTwentyPercentFlags() throws Exception {
        Path pdf = print(demo, "funding", "--contract", "ZB-DLS-2021/22", "--year", "2022");
        List<String> pages = pages(pdf);
        String all = String.join("\n", pages);
        assertThat(pages.get(0)).contains("Finanzstatus ZB-DLS-2021/22, Jahr 2022", "Stand 31.12.2022");
        // the money straight from the rows: plan in force and eligible spending, to the cent
        BigDecimal planned;
        BigDecimal spent;
        BigDecimal travelPlan;
        try (Connection c = DriverManager.getConnection(de.ssg.lotsenkontor.storage.Database.jdbcUrl(
                de.ssg.lotsenkontor.storage.DataPaths.of(demo)), "sa", "")) {
            planned = single(c, """
                    SELECT SUM(b.planned_amount) FROM budget_line b JOIN funding_contract k ON k.id = b.contract_id
                    WHERE k.reference = 'ZB-DLS-2021/22' AND b.budget_year = 2022 AND b.revision = (SELECT MAX(x.revision)
                      FROM budget_line x WHERE x.contract_id = b.contract_id AND x.budget_year = b.budget_year
                       AND x.category_id = b.category_id)""");
            spent = single(c, """
                    SELECT SUM(e.eligible_amount) FROM expense e JOIN funding_contract k ON k.id = e.contract_id
                    WHERE k.reference = 'ZB-DLS-2021/22' AND e.fiscal_year = 2022 AND e.cancelled_on IS NULL""");
            travelPlan = single(c, """
                    SELECT b.planned_amount FROM budget_line b JOIN funding_contract k ON k.id = b.contract_id
                    JOIN cost_category g ON g.id = b.category_id
                    WHERE k.reference = 'ZB-DLS-2021/22' AND b.budget_year = 2022 AND g.name = 'Reisekosten'
                    ORDER BY b.revision DESC LIMIT 1""");
        }
        assertThat(all).contains(Formats.money(planned), Formats.money(spent), Formats.money(planned.subtract(spent)),
                Formats.money(travelPlan));
        // travel 2022 is more than 20 % over its plan: flagged in the table and named in a sentence
        assertThat(all).contains("! über 20 %", "Reisekosten:", "mehr als die erlaubten 20 %");
        assertThat(all).contains("Mittelabrufe 2022", "Fristen der Verwendungsnachweise", "Zwischennachweis 2021",
                "Verwendungsnachweis 2021–2022");
        assertFontsEmbedded(pdf);
        assertPdfA(pdf);

        // a year outside the contract, an unknown contract: German messages, no file
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", demo.toString(), "print", "funding", "--contract", "ZB-DLS-2021/22",
            "--year", "2024", "-o", folder.resolve("y.pdf").toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err), p -> 0);
        assertThat(code).isNotEqualTo(Cli.OK);
        assertThat(err.toString()).contains("2024").doesNotContain("Exception");
        err = new StringWriter();
        code = Cli.run(new String[] {"--db", demo.toString(), "print", "funding", "--contract", "XY", "--year",
            "2024", "-o", folder.resolve("y.pdf").toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err), p -> 0);
        assertThat(code).isNotEqualTo(Cli.OK);
        assertThat(err.toString()).contains("XY", "ZB-DLS-2023/24");
        assertThat(folder.resolve("y.pdf")).doesNotExist();
    }

    @Test
    void theOtherReportsPrintThroughPrintReport() throws Exception {
        String hours = String.join("\n", pages(print(demo, "report", "coaching-hours", "year=2025")));
        assertThat(hours).contains("2025", "Seite 1 von");
        String proof = String.join("\n", pages(print(demo, "report", "proof-of-use", "contract=ZB-DLS-2023/24",
                "year=2024")));
        assertThat(proof).contains("Zahlenmäßiger Nachweis", "Belegliste", "ZB-DLS-2023/24");
        String sachbericht = String.join("\n", pages(print(demo, "report", "sachbericht", "from=2025-01-01",
                "to=31.12.2025")));
        assertThat(sachbericht).contains("Sachbericht", "31.12.2025");
        String projects = String.join("\n", pages(print(demo, "report", "best-practice")));
        assertThat(projects).contains("Seite 1 von");
        // a missing detail is a usage error naming it
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", demo.toString(), "print", "report", "proof-of-use",
            "contract=ZB-DLS-2023/24", "-o", folder.resolve("z.pdf").toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err), p -> 0);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("year");
    }

    private static BigDecimal single(Connection c, String sql) throws Exception {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getBigDecimal(1).setScale(2);
        }
    }

    private static int printed;

    private static Path print(Path db, String... command) {
        Path pdf = folder.resolve("out" + (++printed) + ".pdf");
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "print"));
        args.addAll(List.of(command));
        args.addAll(List.of("-o", pdf.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), p -> 0);
        assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("als PDF");
        return pdf;
    }

    static List<String> pages(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc));
            }
        }
        return out;
    }

    static void assertFontsEmbedded(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSansCondensed");
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    static void assertPdfA(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + ": " + a.getMessage()).distinct().toList();
            assertThat(failed).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }
}
