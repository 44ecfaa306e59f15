package de.ssg.lotsenkontor.municipality.directoryimport;

import de.ssg.lotsenkontor.municipality.directoryimport.GvIsysWorkbook.Col;
import java.io.IOException;
import java.nio.file.Path;

/** Ready-made synthetic GV-ISys workbooks for tests outside this package (command line, screens). */
public final class GvIsysWorkbooks {

    private GvIsysWorkbooks() {
    }

    /** A piece of Saxony (7 municipalities, after the Jahnatal merger) plus one town each of Schleswig-Holstein and two of Thuringia; Gebietsstand 31.12.2022. */
    public static Path afterMerger(Path dir, String name) throws IOException {
        return GvIsysWorkbook.saxonyAfterMerger().write(dir, name);
    }

    /** The same piece before the merger: Ostrau and Zschaitz-Ottewig instead of Jahnatal. */
    public static Path beforeMerger(Path dir, String name) throws IOException {
        return GvIsysWorkbook.saxonyBeforeMerger().write(dir, name);
    }

    /** Like {@link #afterMerger} but without the column "Fläche". */
    public static Path withoutArea(Path dir, String name) throws IOException {
        return GvIsysWorkbook.saxonyAfterMerger().without(Col.AREA).write(dir, name);
    }

    /** Like {@link #afterMerger} with the population of {@code ags} replaced by {@code text}. */
    public static Path withPopulation(Path dir, String name, String ags, String text) throws IOException {
        return GvIsysWorkbook.saxonyAfterMerger().override(ags, Col.POP, text).write(dir, name);
    }
}
