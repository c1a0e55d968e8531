package org.aimsbook;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /**
     * Any failure a face catches as one line: an I/O failure as {@link #describe} words it,
     * anything else as the bug it is.
     */
    public static String explain(Exception e) {
        if (e instanceof IOException io) {
            return describe(io);
        }
        if (e instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        return "internal error, please report it: " + e;
    }
}
