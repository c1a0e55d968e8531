package org.aimsbook.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes files that do not exist yet, and leaves those that do exactly as they are. */
final class FreshFiles {
    private FreshFiles() {
    }

    /** @return whether the file was written; false when one was already there */
    static boolean write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            // CREATE_NEW checks and creates in one step, so no file that appears meanwhile is lost either.
            Files.write(file, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }
}
