package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.TextKeys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which column of the file (0-based) holds which {@link NavigatorField}; a field may be left
 * out, and a column serves at most one field. Immutable: {@link #with} returns a changed copy.
 *
 * <p>{@link #propose} reads the header: an exact title ("Vorname", "E-Mail", "Gemeindeschlüssel")
 * wins over a title that only begins with one ("Telefon (dienstlich)"). A column titled just
 * "Name" holds the last name when there is a first-name column, else the whole name.
 */
public final class ColumnMapping {

    private final Map<NavigatorField, Integer> columns;

    private ColumnMapping(Map<NavigatorField, Integer> columns) {
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    /** No field mapped. */
    public static ColumnMapping none() {
        return new ColumnMapping(new EnumMap<>(NavigatorField.class));
    }

    /** The mapping the header titles suggest. */
    public static ColumnMapping propose(List<String> headers) {
        Map<NavigatorField, Integer> out = new EnumMap<>(NavigatorField.class);
        List<String> keys = headers.stream().map(TextKeys::words).toList();
        boolean[] used = new boolean[keys.size()];
        // exact titles first, in column order
        for (int column = 0; column < keys.size(); column++) {
            NavigatorField field = exact(keys.get(column));
            if (field != null && !out.containsKey(field)) {
                out.put(field, column);
                used[column] = true;
            }
        }
        // then titles that begin with a known one: "Telefon (dienstlich)", "AGS (8-stellig)"
        for (int column = 0; column < keys.size(); column++) {
            if (used[column]) {
                continue;
            }
            NavigatorField field = prefix(keys.get(column));
            if (field != null && !out.containsKey(field)) {
                out.put(field, column);
                used[column] = true;
            }
        }
        // "Name": the last name beside a first-name column, else first and last name together
        for (int column = 0; column < keys.size(); column++) {
            if (used[column] || !isPlainName(keys.get(column))) {
                continue;
            }
            NavigatorField field = out.containsKey(NavigatorField.FIRST_NAME) ? NavigatorField.LAST_NAME
                    : NavigatorField.FULL_NAME;
            if (!out.containsKey(field)) {
                out.put(field, column);
                used[column] = true;
            }
        }
        return new ColumnMapping(out);
    }

    /** Whether a column title names any field (used to find the header row). */
    static boolean recognizes(String title) {
        String key = TextKeys.words(title);
        return exact(key) != null || prefix(key) != null || isPlainName(key);
    }

    private static boolean isPlainName(String key) {
        return key.equals("name") || key.equals("namen");
    }

    private static NavigatorField exact(String key) {
        if (key.isEmpty()) {
            return null;
        }
        for (NavigatorField field : NavigatorField.values()) {
            if (field.titles().contains(key)) {
                return field;
            }
        }
        return null;
    }

    private static NavigatorField prefix(String key) {
        NavigatorField best = null;
        int bestLength = 0;
        for (NavigatorField field : NavigatorField.values()) {
            for (String title : field.titles()) {
                if (title.length() > bestLength && key.startsWith(title + " ")) {
                    best = field;
                    bestLength = title.length();
                }
            }
        }
        return best;
    }

    /** The column of {@code field}, or null when it is not taken from the file. */
    public Integer column(NavigatorField field) {
        return columns.get(field);
    }

    public boolean has(NavigatorField field) {
        return columns.containsKey(field);
    }

    /** The field a column is mapped to, or null. */
    public NavigatorField fieldOf(int column) {
        for (Map.Entry<NavigatorField, Integer> e : columns.entrySet()) {
            if (e.getValue() == column) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * A copy with {@code field} taken from {@code column} (null: not taken). A column serves one
     * field: a field that had it before loses it.
     */
    public ColumnMapping with(NavigatorField field, Integer column) {
        Map<NavigatorField, Integer> changed = new EnumMap<>(NavigatorField.class);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.values().removeIf(c -> c.equals(column));
            changed.put(field, column);
        }
        return new ColumnMapping(changed);
    }

    public Map<NavigatorField, Integer> asMap() {
        return columns;
    }

    /** Whether the name comes from the file: first and last name, or a column with both. */
    public boolean hasName() {
        return has(NavigatorField.FULL_NAME) || has(NavigatorField.FIRST_NAME) && has(NavigatorField.LAST_NAME);
    }

    /** Whether the municipality comes from the file: by name or by AGS. */
    public boolean hasMunicipality() {
        return has(NavigatorField.MUNICIPALITY) || has(NavigatorField.AGS);
    }

    /** What the import needs and no column gives yet, each as a German phrase; empty when complete. */
    public List<String> missing() {
        List<String> out = new ArrayList<>(2);
        if (!hasName()) {
            out.add(I18n.text("navimport.missing.name"));
        }
        if (!hasMunicipality()) {
            out.add(I18n.text("navimport.missing.municipality"));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && columns.equals(other.columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns);
    }

    @Override
    public String toString() {
        return "ColumnMapping" + columns;
    }
}
