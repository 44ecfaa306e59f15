package de.ssg.lotsenkontor.importing;

import java.util.List;

/**
 * One field an import fills from a column of the file (implemented by a feature's enum). The
 * shared {@link ColumnMapping} proposes a column for it from the titles that name it.
 */
public interface ImportField {

    /** A stable name (the enum constant), used to remember a mapping. */
    String name();

    /** The field's German name as the preview shows it. */
    String label();

    /**
     * Column titles that name this field, as {@link de.ssg.lotsenkontor.common.TextKeys#words word
     * keys}: "E-Mail-Adresse" is {@code "e mail adresse"}, "Gemeindeschlüssel" is {@code "gemeindeschlussel"}.
     */
    List<String> titles();
}
