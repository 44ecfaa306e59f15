package de.ssg.lotsenkontor.common;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file all or nothing: into a hidden temporary file beside the target, moved into place
 * when complete. A failure or a cancellation part-way leaves the target as it was (missing or
 * the old version). Problems a user can fix (a missing folder, no write permission, a file still
 * open in Excel) become a {@link DomainException} with a German message naming the file.
 */
public final class AtomicFile {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);

    private AtomicFile() {
    }

    /** Produces the file's content; may throw a runtime exception (e.g. cancellation) to abandon it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Checks quickly, before long work starts, that {@code target} can be written: its folder
     * exists, it is not a folder, and an existing file is not locked or write-protected.
     */
    public static void checkWritable(Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DomainException("files.error.folderMissing", file, folder);
        }
        if (Files.isDirectory(file)) {
            throw new DomainException("files.error.isFolder", file);
        }
        if (Files.exists(file)) {
            // Opening for writing without changing anything fails while another program (Excel on
            // Windows) holds the file, or when it is write-protected.
            try (FileChannel ignored = FileChannel.open(file, StandardOpenOption.WRITE)) {
                // only a probe
            } catch (IOException | SecurityException e) {
                LOG.info("Cannot write {}: {}", file, e.toString());
                throw new DomainException(e, "files.error.locked", file);
            }
        }
    }

    /** Writes {@code target} from {@code content}, replacing an existing file only when the content is complete. */
    public static void write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        checkWritable(file);
        Path folder = file.getParent();
        Path temp = folder.resolve("." + file.getFileName() + "." + HexFormat.of().toHexDigits(
                ThreadLocalRandom.current().nextInt()) + ".tmp");
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            } catch (AccessDeniedException e) {
                throw new DomainException(e, "files.error.folderNotWritable", file, folder);
            } catch (IOException e) {
                LOG.warn("Writing {} failed", file, e);
                throw new DomainException(e, "files.error.write", file, reason(e));
            }
            move(temp, file);
            done = true;
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warn("Could not delete the temporary file {}", temp, e);
                }
            }
        }
    }

    private static void move(Path temp, Path file) {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            // Windows: "being used by another process"; elsewhere: no permission
            LOG.info("Cannot replace {}: {}", file, e.toString());
            throw new DomainException(e, "files.error.locked", file);
        } catch (IOException e) {
            LOG.warn("Moving {} into place failed", file, e);
            throw new DomainException(e, "files.error.write", file, reason(e));
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
