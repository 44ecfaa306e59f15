package de.ssg.lotsenkontor.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every German text has its English twin, and every key lives in the bundle its prefix names. */
class BundlesTest {

    private static final Path FOLDER = Path.of("src/main/resources/de/ssg/lotsenkontor/i18n");

    @Test
    void everyBundleHasTheSameKeysInEnglish() throws IOException {
        for (Path german : germanBundles()) {
            String name = german.getFileName().toString().replace(".properties", "");
            Properties de = load(german);
            Properties en = load(FOLDER.resolve(name + "_en.properties"));
            assertThat(en.stringPropertyNames()).as("English keys of %s", name)
                    .containsExactlyInAnyOrderElementsOf(de.stringPropertyNames());
        }
    }

    @Test
    void keysStartWithTheirBundleName() throws IOException {
        for (Path german : germanBundles()) {
            String name = german.getFileName().toString().replace(".properties", "");
            if (name.equals("cli")) {
                continue; // also read by picocli, whose keys follow its own scheme
            }
            assertThat(load(german).stringPropertyNames()).as("keys of %s", name)
                    .allMatch(key -> key.startsWith(name + "."));
        }
    }

    private static List<Path> germanBundles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
