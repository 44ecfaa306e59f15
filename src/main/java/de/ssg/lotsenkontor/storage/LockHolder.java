package de.ssg.lotsenkontor.storage;

import de.ssg.lotsenkontor.common.I18n;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who holds the database: H2 allows one process at a time, and the second one should be told
 * whether a program window or a command holds it. The holder writes a line into a small file
 * beside the database ({@code window} or {@code command NAME}) after opening and removes it on
 * closing; a file left by a crash is harmless, because it is read only while H2 reports the
 * database in use and is overwritten by the next holder.
 */
public final class LockHolder {

    private static volatile String current = "window";

    private LockHolder() {
    }

    /** This process is a program window (the default). */
    public static void window() {
        current = "window";
    }

    /** This process runs the command {@code name}. */
    public static void command(String name) {
        current = "command " + name;
    }

    static void write(DataPaths paths) {
        try {
            Files.writeString(paths.holderFile(), current + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // a read-only folder: the message then falls back to "another program"
        }
    }

    static void clear(DataPaths paths) {
        try {
            Files.deleteIfExists(paths.holderFile());
        } catch (IOException | RuntimeException e) {
            // nothing to do
        }
    }

    /** The German description of the holder, for the in-use message. */
    static String read(DataPaths paths) {
        String line = "";
        try {
            Path file = paths.holderFile();
            if (Files.isRegularFile(file) && Files.size(file) < 1000) {
                line = Files.readString(file, StandardCharsets.UTF_8).strip();
            }
        } catch (IOException | RuntimeException e) {
            line = "";
        }
        if (line.startsWith("command ")) {
            return I18n.text("storage.holder.command", line.substring("command ".length()).strip());
        }
        if (line.equals("window")) {
            return I18n.text("storage.holder.window");
        }
        return I18n.text("storage.holder.unknown");
    }
}
