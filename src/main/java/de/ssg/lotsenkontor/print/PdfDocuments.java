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
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

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

    private static byte[] xmp(Report report, String author, String creator, Calendar now) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(report.title());
        dc.addCreator(author);
        if (report.subtitle() != null && !report.subtitle().isBlank()) {
            dc.addDescription(null, report.subtitle());
        }
        dc.addDate(now);
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(creator);
        basic.setCreateDate(now);
        basic.setModifyDate(now);
        basic.setMetadataDate(now);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(creator);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        return out.toByteArray();
    }
}
