package de.ssg.lotsenkontor.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds entries by what a user types, the way {@link SearchText} compares: case, accents and
 * umlauts do not matter, the words may come in any order. Entries whose text starts with the
 * first word come first, then those where a word starts with it, then any other match; within
 * each group the entries keep their order. The keys are prepared once, so that even ten thousand
 * entries are searched on every keystroke. Immutable; needs no JavaFX.
 */
public final class SearchIndex<T> {

    private final List<T> items;
    private final String[] keys;
    private final Map<String, T> byLabel = new HashMap<>();

    /**
     * @param label      what is shown for an entry; typing it exactly chooses the entry
     * @param searchText what typing searches in (e.g. name, key and district)
     */
    public SearchIndex(List<? extends T> entries, Function<T, String> label, Function<T, String> searchText) {
        this.items = List.copyOf(entries);
        this.keys = new String[items.size()];
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            keys[i] = SearchText.normalize(searchText.apply(item));
            byLabel.putIfAbsent(SearchText.normalize(label.apply(item)).trim(), item);
        }
    }

    public static <T> SearchIndex<T> empty() {
        return new SearchIndex<>(List.of(), t -> "", t -> "");
    }

    public List<T> items() {
        return items;
    }

    /** The entry whose label is exactly {@code text} (ignoring case and umlauts), or null. */
    public T exact(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return byLabel.get(SearchText.normalize(text).trim());
    }

    /** The entries matching {@code text}, best first, at most {@code limit}; none for blank text. */
    public List<T> matches(String text, int limit) {
        String[] tokens = SearchText.normalize(text).trim().split("\\s+");
        if (tokens[0].isEmpty()) {
            return List.of();
        }
        List<T> starts = new ArrayList<>();
        List<T> wordStarts = new ArrayList<>();
        List<T> contains = new ArrayList<>();
        for (int i = 0; i < keys.length && starts.size() < limit; i++) {
            String key = keys[i];
            int at = key.indexOf(tokens[0]);
            if (at < 0 || !containsAll(key, tokens)) {
                continue;
            }
            if (at == 0) {
                starts.add(items.get(i));
            } else if (!Character.isLetterOrDigit(key.charAt(at - 1))) {
                wordStarts.add(items.get(i));
            } else {
                contains.add(items.get(i));
            }
        }
        List<T> out = new ArrayList<>(starts);
        out.addAll(wordStarts);
        out.addAll(contains);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static boolean containsAll(String key, String[] tokens) {
        for (int t = 1; t < tokens.length; t++) {
            if (!key.contains(tokens[t])) {
                return false;
            }
        }
        return true;
    }
}
