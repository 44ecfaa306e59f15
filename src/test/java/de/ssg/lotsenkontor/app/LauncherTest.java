package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    @EnabledOnOs(OS.LINUX)
    void aWindowStartWithoutAScreenSaysSoInGermanWithoutAStackTrace(@TempDir Path folder) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dlotsenkontor.lang=de",
                Launcher.class.getName(), "--db", folder.resolve("data").toString()));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(err).contains("Das Programmfenster kann nicht geöffnet werden")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotContain("Exception");
    }
}
