package de.ssg.lotsenkontor.excel;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipException;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an Excel workbook (.xlsx) row by row without building it in memory: POI's
 * {@link XSSFReader} opens the package, a SAX handler walks each sheet's XML and hands raw cell
 * values to a {@link RowVisitor}. A sheet of 16,000 rows × 20 columns reads in well under a
 * second and needs a few megabytes (mostly the shared strings).
 *
 * <p>Files that are not a readable workbook are refused with a {@link WorkbookReadException}
 * whose German message names the file and the problem: missing, empty, cut off, protected by a
 * password, an old .xls workbook, or something else entirely.
 */
public final class WorkbookReader implements AutoCloseable {

    /** One sheet of the workbook, in workbook order. */
    public record Sheet(int index, String name) {
    }

    private final Path file;
    private final OPCPackage pkg;
    private final List<Sheet> sheets;
    private final List<PackagePart> parts;
    private List<String> sharedStrings;
    private final PackagePart sharedStringsPart;
    private final boolean date1904;

    private WorkbookReader(Path file, OPCPackage pkg, List<Sheet> sheets, List<PackagePart> parts,
            PackagePart sharedStringsPart, boolean date1904) {
        this.file = file;
        this.pkg = pkg;
        this.sheets = sheets;
        this.parts = parts;
        this.sharedStringsPart = sharedStringsPart;
        this.date1904 = date1904;
    }

    /** Opens {@code file} for reading; refuses anything that is not a readable .xlsx workbook. */
    public static WorkbookReader open(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        checkContainer(file, name);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | IllegalArgumentException e) {
            // includes UnsupportedFileFormatException and NotOfficeXmlFileException
            throw new WorkbookReadException(e, "workbook.error.damaged", name);
        }
        try {
            if (!isSpreadsheet(pkg)) {
                throw new WorkbookReadException("workbook.error.notWorkbook", name); // a Word document, say
            }
            XSSFReader reader = new XSSFReader(pkg);
            List<Sheet> sheets = new ArrayList<>();
            List<PackagePart> parts = new ArrayList<>();
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                it.next().close();
                sheets.add(new Sheet(sheets.size(), it.getSheetName()));
                parts.add(it.getSheetPart());
            }
            if (sheets.isEmpty()) {
                throw new WorkbookReadException("workbook.error.noSheets", name);
            }
            PackagePart strings = pkg.getPartsByContentType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml").stream()
                    .findFirst().orElse(null);
            return new WorkbookReader(file, pkg, Collections.unmodifiableList(sheets), parts, strings,
                    date1904(reader));
        } catch (WorkbookReadException e) {
            pkg.revert();
            throw e;
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | IllegalArgumentException
                | IllegalStateException e) {
            pkg.revert();
            // a package, but not a spreadsheet (a Word document, say)
            throw new WorkbookReadException(e, "workbook.error.notWorkbook", name);
        } catch (IOException e) {
            pkg.revert();
            throw new WorkbookReadException(e, "workbook.error.damaged", name);
        }
    }

    /**
     * Whether the workbook counts dates from 1 January 1904 ({@code <workbookPr date1904="1"/>},
     * old Mac workbooks and "1904-Datumswerte verwenden") instead of 1900.
     */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException {
        boolean[] found = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = SaxReaders.newReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes)
                        throws SAXException {
                    String local = SaxReaders.local(localName, qName);
                    if (local.equals("workbookPr")) {
                        String v = attributes.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                        throw new SheetXmlHandler.Stop();
                    }
                    if (local.equals("sheets")) {
                        throw new SheetXmlHandler.Stop(); // workbookPr comes before the sheets or not at all
                    }
                }
            });
            xml.parse(new InputSource(in));
        } catch (SheetXmlHandler.Stop stop) {
            // seen enough
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e);
        }
        return found[0];
    }

    /** Whether the package's main part is a workbook (not a Word or PowerPoint document). */
    private static boolean isSpreadsheet(OPCPackage pkg) {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (main.isEmpty()) {
            return false;
        }
        PackagePart part = pkg.getPart(main.getRelationship(0));
        if (part == null) {
            return false;
        }
        String type = part.getContentType();
        return type.contains("spreadsheetml") || type.contains("ms-excel");
    }

    /** Refuses what is clearly no .xlsx before POI gets to see it, with a precise reason. */
    private static void checkContainer(Path file, String name) {
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new WorkbookReadException("workbook.error.notFound", file);
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new WorkbookReadException(e, "workbook.error.notFound", file);
        } catch (IOException e) {
            throw new WorkbookReadException(e, "workbook.error.unreadable", file, e.getMessage());
        }
        if (size == 0) {
            throw new WorkbookReadException("workbook.error.empty", name);
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException | RuntimeException e) {
            throw new WorkbookReadException(e, "workbook.error.unreadable", file, e.getMessage());
        }
        switch (magic) {
            case OOXML -> {
                if (!hasEndOfZip(file, size)) {
                    throw new WorkbookReadException("workbook.error.truncated", name);
                }
            }
            case OLE2 -> throw ole2Problem(file, name);
            default -> throw new WorkbookReadException("workbook.error.notWorkbook", name);
        }
    }

    /** An OLE2 container is either an encrypted .xlsx (a password) or an old binary .xls workbook. */
    private static WorkbookReadException ole2Problem(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new WorkbookReadException("workbook.error.encrypted", name);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new WorkbookReadException("workbook.error.xls", name);
            }
            return new WorkbookReadException("workbook.error.notWorkbook", name);
        } catch (IOException | RuntimeException e) {
            return new WorkbookReadException(e, "workbook.error.damaged", name);
        }
    }

    /**
     * A complete zip archive ends with its central directory ("end of central directory" record,
     * {@code PK\5\6}, within the last 64 KiB); a download or copy that was cut off has none.
     */
    static boolean hasEndOfZip(Path file, long size) {
        int tail = (int) Math.min(size, 65_557);
        byte[] buffer = new byte[tail];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(size - tail);
            raf.readFully(buffer);
        } catch (IOException e) {
            return false;
        }
        for (int i = tail - 22; i >= 0; i--) {
            if (buffer[i] == 'P' && buffer[i + 1] == 'K' && buffer[i + 2] == 5 && buffer[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    public Path file() {
        return file;
    }

    /** Whether day numbers in this workbook count from 1904 (else from 1900). */
    public boolean date1904() {
        return date1904;
    }

    /** The file's name without folders, for messages. */
    public String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** All sheets in workbook order. */
    public List<Sheet> sheets() {
        return sheets;
    }

    /**
     * Reads {@code sheet} from the top and hands every row to {@code visitor} until the sheet ends
     * or the visitor returns false. Exceptions the visitor throws pass through unchanged.
     */
    public void read(Sheet sheet, RowVisitor visitor) {
        List<String> strings = sharedStrings();
        try (InputStream in = parts.get(sheet.index()).getInputStream()) {
            XMLReader xml = SaxReaders.newReader();
            xml.setContentHandler(new SheetXmlHandler(strings, visitor));
            xml.parse(new InputSource(in));
        } catch (SheetXmlHandler.Stop stop) {
            // the visitor has seen enough
        } catch (SAXException | IOException | ParserConfigurationException | OpenXML4JRuntimeException e) {
            throw damaged(e);
        }
    }

    private List<String> sharedStrings() {
        if (sharedStrings == null) {
            if (sharedStringsPart == null) {
                sharedStrings = List.of();
            } else {
                SharedStringsReader handler = new SharedStringsReader();
                try (InputStream in = sharedStringsPart.getInputStream()) {
                    XMLReader xml = SaxReaders.newReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(in));
                } catch (SAXException | IOException | ParserConfigurationException | OpenXML4JRuntimeException e) {
                    throw damaged(e);
                }
                sharedStrings = handler.strings();
            }
        }
        return sharedStrings;
    }

    private WorkbookReadException damaged(Exception e) {
        if (e instanceof ZipException || e instanceof EOFException || e.getCause() instanceof ZipException
                || e.getCause() instanceof EOFException || e instanceof EmptyFileException) {
            return new WorkbookReadException(e, "workbook.error.truncated", fileName());
        }
        return new WorkbookReadException(e, "workbook.error.damaged", fileName());
    }

    @Override
    public void close() {
        // opened read-only: revert releases the file without trying to save anything
        pkg.revert();
    }
}
