package de.ssg.lotsenkontor.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps mappings in {@link Preferences} (the user's settings): one node per import, one child
 * per source, one key per field. Sources and fields are hashed into node names when they do not
 * fit the preferences' limits. A settings store that cannot be written costs only the memory.
 */
public final class PreferencesMappingStore implements MappingStore {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesMappingStore.class);

    private final Preferences root;

    /** @param root the node of one import, e.g. {@code userRoot().node("lotsenkontor/import/expenses")} */
    public PreferencesMappingStore(Preferences root) {
        this.root = root;
    }

    @Override
    public Optional<Map<String, String>> load(String source) {
        try {
            String node = nodeName(source);
            if (!root.nodeExists(node)) {
                return Optional.empty();
            }
            Preferences p = root.node(node);
            Map<String, String> out = new LinkedHashMap<>();
            for (String key : p.keys()) {
                String title = p.get(key, null);
                if (title != null) {
                    out.put(key, title);
                }
            }
            return out.isEmpty() ? Optional.empty() : Optional.of(out);
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.info("Remembered column mapping for {} cannot be read: {}", source, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void save(String source, Map<String, String> titlesByField) {
        try {
            Preferences p = root.node(nodeName(source));
            p.clear();
            for (Map.Entry<String, String> e : titlesByField.entrySet()) {
                String title = e.getValue();
                if (title != null && title.length() <= Preferences.MAX_VALUE_LENGTH) {
                    p.put(e.getKey(), title);
                }
            }
            p.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.info("Column mapping for {} cannot be remembered: {}", source, e.toString());
        }
    }

    /** A node name for any source: letters, digits and a few signs kept, the rest hashed. */
    static String nodeName(String source) {
        String plain = source.replaceAll("[^A-Za-z0-9 ._-]", "_");
        if (plain.length() > 40 || !plain.equals(source)) {
            return (plain.length() > 40 ? plain.substring(0, 40) : plain) + "-" + Integer.toHexString(source.hashCode());
        }
        return plain.isEmpty() ? "_" : plain;
    }
}
