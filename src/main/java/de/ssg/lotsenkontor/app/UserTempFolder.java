package de.ssg.lotsenkontor.app;

import de.ssg.lotsenkontor.excel.TempFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A temporary folder of the user's own ({@code lotsenkontor-USER} in the system's temporary
 * folder, readable by the user only), so that several users on one machine never share one: the
 * spreadsheet library's temporary files go there. When that name is taken by another user, a new
 * private folder is made instead.
 */
final class UserTempFolder {

    private static final Logger LOG = LoggerFactory.getLogger(UserTempFolder.class);

    private UserTempFolder() {
    }

    static void install() {
        Path folder = choose();
        if (folder != null) {
            TempFiles.useFolder(folder);
        }
    }

    static Path choose() {
        Path system = Path.of(System.getProperty("java.io.tmpdir"));
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path own = system.resolve("lotsenkontor-" + user);
        try {
            if (!Files.exists(own, LinkOption.NOFOLLOW_LINKS)) {
                createPrivate(own);
            }
            if (isOurs(own)) {
                return own;
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Temporary folder {} not usable", own, e);
        }
        try {
            return Files.createTempDirectory("lotsenkontor-");
        } catch (IOException | RuntimeException e) {
            LOG.warn("No temporary folder of our own; the library's default is used", e);
            return null;
        }
    }

    private static void createPrivate(Path folder) throws IOException {
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(folder); // Windows: the user's own temp folder is private anyway
        }
    }

    private static boolean isOurs(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !Files.isWritable(folder)) {
            return false;
        }
        try {
            String owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName();
            return owner.equals(System.getProperty("user.name"));
        } catch (UnsupportedOperationException e) {
            return true;
        }
    }
}
