package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void recognisesTheEverydayWindowStart() {
        assertThat(Launcher.isPlainGuiStart(new String[0])).isTrue();
        assertThat(Launcher.isPlainGuiStart(new String[] {"--db", "/tmp/x"})).isTrue();
        assertThat(Launcher.isPlainGuiStart(new String[] {"--db=/tmp/x", "--lang", "en"})).isTrue();
        assertThat(Launcher.isPlainGuiStart(new String[] {"stats"})).isFalse();
        assertThat(Launcher.isPlainGuiStart(new String[] {"--db"})).isFalse();
        assertThat(Launcher.isPlainGuiStart(new String[] {"--db", "--help"})).isFalse();
        assertThat(Launcher.isPlainGuiStart(new String[] {"--db", "a", "--db", "b"})).isFalse();
        assertThat(Launcher.isPlainGuiStart(new String[] {"--help"})).isFalse();
        assertThat(Launcher.isPlainGuiStart(new String[] {"--db", "/tmp/x", "demo"})).isFalse();
    }

    @Test
    void germanUnlessEnglishIsReallyChosen() {
        assertThat(AppLocale.resolve(null, Map.of("LANG", "C.UTF-8"), "Linux", Locale.US)).isEqualTo(Locale.GERMAN);
        assertThat(AppLocale.resolve(null, Map.of(), "Linux", Locale.US)).isEqualTo(Locale.GERMAN);
        assertThat(AppLocale.resolve(null, Map.of("LANG", "de_DE.UTF-8"), "Linux", Locale.US)).isEqualTo(Locale.GERMAN);
        assertThat(AppLocale.resolve(null, Map.of("LANG", "en_GB.UTF-8"), "Linux", Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(AppLocale.resolve("en", Map.of("LANG", "de_DE.UTF-8"), "Linux", Locale.GERMANY))
                .isEqualTo(Locale.ENGLISH);
        assertThat(AppLocale.resolve(null, Map.of(), "Windows 11", Locale.GERMANY)).isEqualTo(Locale.GERMAN);
    }
}
