package de.ssg.lotsenkontor.municipality;

import de.ssg.lotsenkontor.common.TextKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a municipality by what people write for it in their own lists. The official names carry
 * additions ("Bautzen / Budyšin, Stadt", "Görlitz, Stadt, Hochschulstadt", "Lugau/Erzgeb., Stadt",
 * "Neustadt in Sachsen, Stadt"); a list says "Bautzen", "Stadt Görlitz", "Goerlitz" or "Lugau".
 * Case, umlauts and accents do not matter. A short name that fits several municipalities
 * ("Neustadt", "Oelsnitz", "Auerbach") is reported as ambiguous, never guessed.
 *
 * <p>Built once from {@link MunicipalityOption}s; lookups are cheap and thread-safe.
 */
public final class MunicipalityNames {

    /** What a lookup found. */
    public sealed interface Match permits Found, Unknown, Ambiguous, Dissolved {
    }

    /** Exactly one current municipality. */
    public record Found(MunicipalityOption municipality) implements Match {
    }

    /** No municipality of that name or key. */
    public record Unknown() implements Match {
    }

    /** Several municipalities fit; the caller should ask for the AGS. */
    public record Ambiguous(List<MunicipalityOption> candidates) implements Match {
    }

    /** Only a municipality that no longer exists (merged or dissolved) fits. */
    public record Dissolved(MunicipalityOption municipality) implements Match {
    }

    private static final Unknown UNKNOWN = new Unknown();

    /** Words written before the name that are no part of it ("Stadt Görlitz", "Große Kreisstadt Pirna"). */
    private static final List<String> PREFIXES = List.of("grosse kreisstadt ", "kreisfreie stadt ",
            "landeshauptstadt ", "stadt ", "gemeinde ", "kurort ");
    /** Words written after it ("Görlitz, Stadt", "Bautzen (Stadt)"). */
    private static final List<String> SUFFIXES = List.of(" stadt", " gemeinde");

    private final Map<String, MunicipalityOption> byAgs = new HashMap<>();
    private final Map<String, List<MunicipalityOption>> current = new HashMap<>();
    private final Map<String, List<MunicipalityOption>> dissolved = new HashMap<>();

    private MunicipalityNames(Collection<MunicipalityOption> options) {
        for (MunicipalityOption m : options) {
            byAgs.put(m.ags(), m);
            Map<String, List<MunicipalityOption>> index = m.dissolved() ? dissolved : current;
            for (String key : keys(m.name())) {
                index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(m);
            }
        }
        Comparator<MunicipalityOption> byName = Comparator.comparing(MunicipalityOption::name)
                .thenComparing(MunicipalityOption::ags);
        current.values().forEach(list -> list.sort(byName));
        dissolved.values().forEach(list -> list.sort(byName));
    }

    public static MunicipalityNames of(Collection<MunicipalityOption> options) {
        return new MunicipalityNames(options);
    }

    /** The municipality with this 8-digit AGS (current or dissolved), or unknown. */
    public Match byAgs(String ags) {
        MunicipalityOption m = ags == null ? null : byAgs.get(ags.trim());
        if (m == null) {
            return UNKNOWN;
        }
        return m.dissolved() ? new Dissolved(m) : new Found(m);
    }

    /** The municipality {@code written} names, trying the full text first and then without "Stadt" and the like. */
    public Match byName(String written) {
        List<String> keys = writtenKeys(written);
        for (String key : keys) {
            List<MunicipalityOption> hits = current.get(key);
            if (hits != null) {
                return hits.size() == 1 ? new Found(hits.get(0)) : new Ambiguous(List.copyOf(hits));
            }
        }
        for (String key : keys) {
            List<MunicipalityOption> hits = dissolved.get(key);
            if (hits != null) {
                return hits.size() == 1 ? new Dissolved(hits.get(0)) : new Ambiguous(List.copyOf(hits));
            }
        }
        return UNKNOWN;
    }

    /**
     * The forms under which an official name is found: all of it, the part before the first comma,
     * each language of a bilingual (German / Sorbian) name, the name before a "/" qualifier
     * ("Lugau" of "Lugau/Erzgeb.") and without "in Sachsen".
     */
    static Set<String> keys(String official) {
        Set<String> keys = new LinkedHashSet<>();
        add(keys, TextKeys.words(official));
        int comma = official.indexOf(',');
        nameForms(keys, comma < 0 ? official : official.substring(0, comma));
        return keys;
    }

    private static void nameForms(Set<String> keys, String name) {
        add(keys, TextKeys.words(name));
        String lower = name.toLowerCase(java.util.Locale.GERMAN).trim();
        if (lower.endsWith(" in sachsen")) {
            add(keys, TextKeys.words(name.trim().substring(0, name.trim().length() - " in sachsen".length())));
        }
        if (name.contains(" / ")) {
            for (String language : name.split(" / ")) {
                nameForms(keys, language);
            }
        } else if (name.indexOf('/') > 0) {
            add(keys, TextKeys.words(name.substring(0, name.indexOf('/'))));
        }
    }

    private static void add(Set<String> keys, String key) {
        if (!key.isEmpty()) {
            keys.add(key);
        }
    }

    /** What someone wrote, as it is and without the words that are no part of the name. */
    static List<String> writtenKeys(String written) {
        String full = TextKeys.words(written);
        List<String> out = new ArrayList<>(2);
        if (full.isEmpty()) {
            return out;
        }
        out.add(full);
        String stripped = full;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String prefix : PREFIXES) {
                if (stripped.startsWith(prefix) && stripped.length() > prefix.length()) {
                    stripped = stripped.substring(prefix.length());
                    changed = true;
                }
            }
            for (String suffix : SUFFIXES) {
                if (stripped.endsWith(suffix) && stripped.length() > suffix.length()) {
                    stripped = stripped.substring(0, stripped.length() - suffix.length());
                    changed = true;
                }
            }
        }
        if (!stripped.equals(full)) {
            out.add(stripped);
        }
        return out;
    }
}
