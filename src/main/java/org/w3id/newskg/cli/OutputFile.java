package org.w3id.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file whole or not at all: into a temporary sibling, then renamed into place. The temporary file
 * is opened like any new file, so it gets the mode the user's umask gives (0644 under umask 022), where
 * {@link Files#createTempFile} would give 0600 whatever the umask and leave the user's graphs unreadable to others.
 */
final class OutputFile {
    private OutputFile() {}

    /** What writes the content. */
    interface Content { void writeTo(OutputStream out) throws IOException; }

    static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = newSibling(dir);
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path newSibling(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(".newskg-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(p);   // no attributes: the umask decides the mode
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) throw e;
            }
        }
    }
}
