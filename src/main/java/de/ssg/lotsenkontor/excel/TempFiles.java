package de.ssg.lotsenkontor.excel;

import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where the spreadsheet library puts its temporary files (streamed workbooks). By default POI
 * uses one {@code poifiles} folder in the system's temporary folder, created by the first user
 * with permissions no second user may write; the app therefore gives it a folder of the user's
 * own at start-up.
 */
public final class TempFiles {

    private TempFiles() {
    }

    /** From now on POI writes its temporary files into {@code folder} (created when first needed). */
    public static void useFolder(Path folder) {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
    }
}
