package de.ssg.lotsenkontor.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files that look like a workbook but are none, written by tests (no binary fixtures in the repository). */
public final class BadWorkbooks {

    private BadWorkbooks() {
    }

    public static Path empty(Path dir) throws IOException {
        return Files.write(dir.resolve("leer.xlsx"), new byte[0]);
    }

    /** A CSV file someone named .xlsx. */
    public static Path text(Path dir) throws IOException {
        return Files.writeString(dir.resolve("gemeinden.xlsx"), "AGS;Name\n14511000;Chemnitz\n", StandardCharsets.UTF_8);
    }

    /** The first {@code fraction} of a good workbook, as after an interrupted download. */
    public static Path truncated(Path good, Path dir, double fraction) throws IOException {
        byte[] all = Files.readAllBytes(good);
        return Files.write(dir.resolve("abgeschnitten.xlsx"), Arrays.copyOf(all, (int) (all.length * fraction)));
    }

    /** A good workbook saved with a password ("Mit Kennwort verschlüsseln"): an OLE2 container. */
    public static Path encrypted(Path good, Path dir) throws IOException, GeneralSecurityException,
            InvalidFormatException {
        Path target = dir.resolve("geschuetzt.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("geheim");
            try (InputStream in = Files.newInputStream(good); OPCPackage opc = OPCPackage.open(in);
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    /** An old binary Excel 97–2003 workbook. */
    public static Path xls(Path dir) throws IOException {
        Path target = dir.resolve("alt.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            wb.createSheet("Gemeinden").createRow(0).createCell(0).setCellValue("Satzart");
            wb.write(out);
        }
        return target;
    }
}
