package org.aimsbook;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O failure as one line a user can act on, the same from every face. */
public final class FileProblem {
    private FileProblem() {
    }

    /** "no such file or folder: content", rather than the bare path Java's message holds. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (e instanceof NotDirectoryException notFolder) {
            return "not a folder: " + notFolder.getFile();
        }
        return e.getMessage();
    }
}
