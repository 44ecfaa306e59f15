package de.ssg.lotsenkontor.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.app.Cli;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportMap;
import de.ssg.lotsenkontor.report.ReportRenderers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed overviews, as PDF, read back page by page and compared with the database. */
class OverviewReportsPdfTest {

    @TempDir
    Path folder;

    @Test
    void programmeOverviewShowsTheFiguresTheMapsAndTheDistrictTable() throws IOException {
        OverviewFixture fixture = new OverviewFixture(folder.resolve("db"), true);
        Report report;
        try {
            report = OverviewReports.programme(fixture.queries().dashboard(), SaxonyGeometry.get());
        } finally {
            fixture.db.close();
        }
        List<ReportMap> maps = report.blocks().stream().filter(ReportMap.class::isInstance).map(ReportMap.class::cast)
                .toList();
        assertThat(maps).hasSize(2);
        assertThat(maps.get(0).areas()).hasSize(418);
        assertThat(maps.get(0).outlines()).hasSize(13);
        assertThat(maps.get(0).attribution()).contains("GeoBasis-DE / BKG");
        assertThat(maps.get(1).areas().stream().filter(a -> "erreicht".equals(a.category())).count()).isEqualTo(3);
        assertThat(maps.get(1).areas().stream().filter(a -> "über den Verbund erreicht".equals(a.category())).count())
                .isEqualTo(1);

        Path pdf = folder.resolve("uebersicht.pdf");
        ReportRenderers.render(report, ReportFormat.PDF, pdf, Progress.NONE);
        List<String> pages = pages(pdf);
        assertThat(pages.size()).isBetween(3, 8);
        String first = pages.get(0);
        assertThat(first).contains("Programmübersicht Digital-Lotsen Sachsen", "aktive Digital-Lotsen",
                "aktive Digital-Navigatoren", "erreichte Kommunen (von 418)", "Coaching-Termine 2026", "4,75",
                "1,0 %", "Noch nicht ausgewertet: Veranstaltungen und Teilnehmende");
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("Seite ").contains("von " + pages.size()));
        String all = String.join("\n", pages);
        assertThat(all).contains("Teilnahme der Kommunen", "Erreichte Kommunen", "Teilnahme nach Landkreis",
                "Erreichte Kommunen nach Größenklasse", "Coaching-Termine je Monat 2026",
                "Plan und Ausgaben je Kategorie: noch nicht ausgewertet.");
        String table = pages.get(pages.size() - 1);
        assertThat(table).contains("Landkreise und Kreisfreie Städte", "14612", "Dresden, Stadt", "14625", "Bautzen",
                "Sachsen gesamt", "418");
    }

    @Test
    void districtReportListsEveryMunicipalityThroughTheCommandLine() throws IOException {
        OverviewFixture fixture = new OverviewFixture(folder.resolve("db"), true);
        long members = fixture.count("SELECT COUNT(*) FROM municipality WHERE ags LIKE '14625%'");
        List<String> names = new ArrayList<>();
        fixture.db.withConnection(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT name FROM municipality WHERE ags LIKE '14625%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return null;
        });
        fixture.db.close();
        Path pdf = folder.resolve("bautzen.pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", folder.resolve("db").toString(), "print", "district", "--key", "14625",
            "-o", pdf.toString()}, new PrintWriter(out), new PrintWriter(err), p -> 0);
        assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Kreis-Bericht Bautzen", "(" + members + " Zeilen)");
        String all = String.join("\n", pages(pdf)).replace("\n", " ");
        assertThat(all).contains("Kreis-Bericht Bautzen", "Kreisschlüssel 14625", "Nina Fünf", "über den Verbund erreicht");
        for (String name : names) {
            assertThat(all).as(name).contains(name.length() > 18 ? name.substring(0, 12) : name);
        }

        // a district without participation: an honest section, no blank page
        Path leipzig = folder.resolve("leipzig.pdf");
        code = Cli.run(new String[] {"--db", folder.resolve("db").toString(), "print", "district", "--key", "14713",
            "-o", leipzig.toString()}, new PrintWriter(out), new PrintWriter(err), p -> 0);
        assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
        assertThat(String.join(" ", pages(leipzig))).contains("nimmt bisher keine Kommune teil", "Leipzig, Stadt");

        // bad keys: German messages naming the field
        StringWriter bad = new StringWriter();
        code = Cli.run(new String[] {"--db", folder.resolve("db").toString(), "print", "district", "--key", "14999",
            "-o", folder.resolve("x.pdf").toString()}, new PrintWriter(out), new PrintWriter(bad), p -> 0);
        assertThat(code).isNotEqualTo(Cli.OK);
        assertThat(bad.toString()).contains("Einen Landkreis mit dem Schlüssel 14999 gibt es nicht", "--key");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
        assertThatThrownBy(() -> OverviewReports.checkedDistrictKey("146"))
                .isInstanceOf(DomainException.class).hasMessageContaining("fünf Ziffern");
    }

    @Test
    void overviewOfAnEmptyDatabaseIsHonest() throws IOException {
        new OverviewFixture(folder.resolve("db"), false).db.close();
        Path pdf = folder.resolve("leer.pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--db", folder.resolve("db").toString(), "print", "overview", "-o",
            pdf.toString()}, new PrintWriter(out), new PrintWriter(err), p -> 0);
        assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
        List<String> pages = pages(pdf);
        assertThat(pages.get(0)).contains("aktive Digital-Lotsen", "0,0 %", "Noch nicht ausgewertet");
        assertThat(pages).allSatisfy(p -> assertThat(p.strip()).isNotEmpty());
    }

    private static List<String> pages(Path pdf) throws IOException {
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
}
