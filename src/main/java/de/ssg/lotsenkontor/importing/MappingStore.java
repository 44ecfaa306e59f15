package de.ssg.lotsenkontor.importing;

import java.util.Map;
import java.util.Optional;

/**
 * Remembers the column mapping the user chose for a source (a bank, an accounting program, a
 * colleague's list), so that the next file from it needs no mapping. A mapping is kept as field
 * name → column title, so that it still fits when the columns come in another order.
 */
public interface MappingStore {

    /** Remembers nothing. */
    MappingStore NONE = new MappingStore() {
        @Override
        public Optional<Map<String, String>> load(String source) {
            return Optional.empty();
        }

        @Override
        public void save(String source, Map<String, String> titlesByField) {
            // nothing kept
        }
    };

    /** The mapping remembered for {@code source}: field name → column title. */
    Optional<Map<String, String>> load(String source);

    /** Remembers {@code titlesByField} for {@code source}, replacing what was kept before. */
    void save(String source, Map<String, String> titlesByField);
}
