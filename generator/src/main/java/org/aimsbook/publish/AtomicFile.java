package org.aimsbook.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes whole files: readers, and a failed write, never leave half of one behind. */
public final class AtomicFile {
    private AtomicFile() {
    }

    /**
     * Writes {@code bytes} to a sibling of {@code file} and moves it into place, replacing what
     * was there, creating the folder if needed. The sibling sits in the same folder so that
     * the move is a rename.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path absolute = file.toAbsolutePath();
        // Not Files.createTempFile: on POSIX it makes owner-only files, and exports are for all to read.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.createDirectories(absolute.getParent());
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
