package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.TextKeys;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import java.util.ArrayList;
import java.util.List;

/**
 * The navigator import's rules for the shared {@link ColumnMapping}: the proposal from the header
 * titles (the shared one, plus: a column titled just "Name" holds the last name when there is a
 * first-name column, else the whole name), and what a mapping must give (a name and a municipality).
 */
public final class NavigatorColumns {

    private NavigatorColumns() {
    }

    /** No field mapped. */
    public static ColumnMapping<NavigatorField> none() {
        return ColumnMapping.none(NavigatorField.class);
    }

    /** The mapping the header titles suggest. */
    public static ColumnMapping<NavigatorField> propose(List<String> headers) {
        ColumnMapping<NavigatorField> out = ColumnMapping.propose(NavigatorField.class, headers);
        // "Name": the last name beside a first-name column, else first and last name together
        for (int column = 0; column < headers.size(); column++) {
            if (out.fieldOf(column) != null || !isPlainName(TextKeys.words(headers.get(column)))) {
                continue;
            }
            NavigatorField field = out.has(NavigatorField.FIRST_NAME) ? NavigatorField.LAST_NAME
                    : NavigatorField.FULL_NAME;
            if (!out.has(field)) {
                out = out.with(field, column);
            }
        }
        return out;
    }

    /** Whether a column title names any field (used to find the header row). */
    public static boolean recognizes(String title) {
        return ColumnMapping.recognizes(NavigatorField.class, title) || isPlainName(TextKeys.words(title));
    }

    private static boolean isPlainName(String key) {
        return key.equals("name") || key.equals("namen");
    }

    /** Whether the name comes from the file: first and last name, or a column with both. */
    public static boolean hasName(ColumnMapping<NavigatorField> m) {
        return m.has(NavigatorField.FULL_NAME) || m.has(NavigatorField.FIRST_NAME) && m.has(NavigatorField.LAST_NAME);
    }

    /** Whether the municipality comes from the file: by name or by AGS. */
    public static boolean hasMunicipality(ColumnMapping<NavigatorField> m) {
        return m.has(NavigatorField.MUNICIPALITY) || m.has(NavigatorField.AGS);
    }

    /** What the import needs and no column gives yet, each as a German phrase; empty when complete. */
    public static List<String> missing(ColumnMapping<NavigatorField> m) {
        List<String> out = new ArrayList<>(2);
        if (!hasName(m)) {
            out.add(I18n.text("navimport.missing.name"));
        }
        if (!hasMunicipality(m)) {
            out.add(I18n.text("navimport.missing.municipality"));
        }
        return out;
    }
}
