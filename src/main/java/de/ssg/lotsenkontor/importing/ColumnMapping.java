package de.ssg.lotsenkontor.importing;

import de.ssg.lotsenkontor.common.TextKeys;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which column of the file (0-based) holds which field of an import; a field may be left out,
 * and a column serves at most one field. Immutable: {@link #with} returns a changed copy.
 *
 * <p>{@link #propose} reads the header: an exact title ("Vorname", "E-Mail", "Gemeindeschlüssel")
 * wins over a title that only begins with one ("Telefon (dienstlich)"); titles are compared as
 * {@link TextKeys#words word keys}, so case, umlauts and punctuation do not matter.
 * {@link #remembered} applies a mapping kept for the file's source by a {@link MappingStore}.
 *
 * @param <F> the feature's fields
 */
public final class ColumnMapping<F extends Enum<F> & ImportField> {

    private final Class<F> type;
    private final Map<F, Integer> columns;

    private ColumnMapping(Class<F> type, Map<F, Integer> columns) {
        this.type = type;
        EnumMap<F, Integer> copy = new EnumMap<>(type);
        copy.putAll(columns);
        this.columns = Collections.unmodifiableMap(copy);
    }

    /** No field mapped. */
    public static <F extends Enum<F> & ImportField> ColumnMapping<F> none(Class<F> type) {
        return new ColumnMapping<>(type, Map.of());
    }

    /** The mapping the header titles suggest. */
    public static <F extends Enum<F> & ImportField> ColumnMapping<F> propose(Class<F> type, List<String> headers) {
        Map<F, Integer> out = new EnumMap<>(type);
        List<String> keys = headers.stream().map(TextKeys::words).toList();
        boolean[] used = new boolean[keys.size()];
        // exact titles first, in column order
        for (int column = 0; column < keys.size(); column++) {
            F field = exact(type, keys.get(column));
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
            F field = prefix(type, keys.get(column));
            if (field != null && !out.containsKey(field)) {
                out.put(field, column);
                used[column] = true;
            }
        }
        return new ColumnMapping<>(type, out);
    }

    /**
     * The mapping kept for the file's source ({@link #titles}), where its titles are found in
     * {@code headers}; fields whose column is not there keep what {@code proposed} says.
     */
    public static <F extends Enum<F> & ImportField> ColumnMapping<F> remembered(ColumnMapping<F> proposed,
            List<String> headers, Map<String, String> titlesByField) {
        ColumnMapping<F> out = proposed;
        for (F field : proposed.type.getEnumConstants()) {
            String title = titlesByField.get(field.name());
            if (title == null) {
                continue;
            }
            if (title.isEmpty()) {
                out = out.with(field, null); // the user chose "not taken"
                continue;
            }
            int column = headers.indexOf(title);
            if (column >= 0) {
                out = out.with(field, column);
            }
        }
        return out;
    }

    /** Whether a column title names any field (used to find the header row). */
    public static <F extends Enum<F> & ImportField> boolean recognizes(Class<F> type, String title) {
        String key = TextKeys.words(title);
        return exact(type, key) != null || prefix(type, key) != null;
    }

    private static <F extends Enum<F> & ImportField> F exact(Class<F> type, String key) {
        if (key.isEmpty()) {
            return null;
        }
        for (F field : type.getEnumConstants()) {
            if (field.titles().contains(key)) {
                return field;
            }
        }
        return null;
    }

    private static <F extends Enum<F> & ImportField> F prefix(Class<F> type, String key) {
        F best = null;
        int bestLength = 0;
        for (F field : type.getEnumConstants()) {
            for (String title : field.titles()) {
                if (title.length() > bestLength && key.startsWith(title + " ")) {
                    best = field;
                    bestLength = title.length();
                }
            }
        }
        return best;
    }

    public Class<F> type() {
        return type;
    }

    /** The column of {@code field}, or null when it is not taken from the file. */
    public Integer column(F field) {
        return columns.get(field);
    }

    public boolean has(F field) {
        return columns.containsKey(field);
    }

    /** The field a column is mapped to, or null. */
    public F fieldOf(int column) {
        for (Map.Entry<F, Integer> e : columns.entrySet()) {
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
    public ColumnMapping<F> with(F field, Integer column) {
        Map<F, Integer> changed = new EnumMap<>(type);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.values().removeIf(c -> c.equals(column));
            changed.put(field, column);
        }
        return new ColumnMapping<>(type, changed);
    }

    public Map<F, Integer> asMap() {
        return columns;
    }

    /** Every field by name with its column's title (empty for a field not taken), for a {@link MappingStore}. */
    public Map<String, String> titles(List<String> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (F field : type.getEnumConstants()) {
            Integer column = columns.get(field);
            out.put(field.name(), column == null || column >= headers.size() ? "" : headers.get(column));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping<?> other && type.equals(other.type) && columns.equals(other.columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, columns);
    }

    @Override
    public String toString() {
        return "ColumnMapping" + columns;
    }
}
