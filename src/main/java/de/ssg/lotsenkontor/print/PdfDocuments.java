package de.ssg.lotsenkontor.print;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.Report;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Writes a report as an archivable PDF: the pages of {@link PageLayout}, document information
 * (title, subject, author, creation date) and the same in XMP metadata, declared as PDF/A-2b
 * with an sRGB output intent (the ICC profile that Java itself carries). Every font is
 * embedded, every colour is RGB under that intent, nothing is transparent.
 */
final class PdfDocuments {

    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfDocuments() {
    }

    /** Lays out {@code report} and writes the finished PDF to {@code out} (which stays open). */
    static void write(Report report, OutputStream out, Progress progress) throws IOException {
        try (PDDocument document = new PDDocument()) {
            build(document, report, progress);
            document.save(out);
        }
    }

    /** The finished PDF of {@code report} in memory. */
    static byte[] bytes(Report report, Progress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            write(report, out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void build(PDDocument document, Report report, Progress progress) throws IOException {
        document.getDocument().setVersion(1.7f);
        PageLayout.layout(document, report, progress);
        Calendar now = GregorianCalendar.from(ZonedDateTime.now().withNano(0));
        String author = I18n.text("print.author");
        String creator = I18n.text("print.creator");
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.title());
        info.setAuthor(author);
        if (report.subtitle() != null && !report.subtitle().isBlank()) {
            info.setSubject(report.subtitle());
        }
        info.setCreator(creator);
        info.setProducer(creator);
        info.setCreationDate(now);
        info.setModificationDate(now);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(report, author, creator, now));
        catalog.setMetadata(metadata);
        catalog.setLanguage(I18n.locale().getLanguage());

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /**
     * The XMP packet of the document: Dublin Core (title, creator, description, format), XMP basic
     * (dates, creator tool), Adobe PDF (producer) and the PDF/A identification (part 2, level B),
     * each matching the document information as PDF/A requires. Written as text: the packet is
     * small and fixed, and building it through an XML serializer loaded the JDK's XSLT machinery,
     * which cost more than laying out a page in a fresh process.
     */
    static byte[] xmp(Report report, String author, String creator, Calendar now) {
        String date = ZonedDateTime.ofInstant(now.toInstant(), now.getTimeZone().toZoneId())
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String subtitle = report.subtitle() == null || report.subtitle().isBlank() ? null : report.subtitle();
        StringBuilder x = new StringBuilder(2048)
                .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(report.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("<dc:creator><rdf:Seq><rdf:li>").append(escape(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (subtitle != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(subtitle))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:format>application/pdf</dc:format>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreatorTool>").append(escape(creator)).append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(escape(creator)).append("</pdf:Producer>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n")
                .append("<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("</rdf:Description>\n")
                .append("</rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text as XML character data; characters XML 1.0 forbids are left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000 && cp <= 0x10FFFF;
                    if (allowed) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }
}
