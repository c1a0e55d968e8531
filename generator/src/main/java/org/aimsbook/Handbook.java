package org.aimsbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.aimsbook.catalogue.Catalogue;
import org.aimsbook.check.CheckOptions;
import org.aimsbook.check.ContentChecker;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.load.ContentLoader;
import org.aimsbook.load.Loaded;
import org.aimsbook.model.Content;

/**
 * The one way in: load a content folder, then check it (and, as the product grows, render,
 * index and publish it). The command line and the Maven plugin are thin faces over this.
 *
 * <pre>{@code
 * CheckReport report = Handbook.load(Path.of("content")).check();
 * }</pre>
 */
public final class Handbook {
    private final Path folder;
    private final Loaded loaded;

    private Handbook(Path folder, Loaded loaded) {
        this.folder = folder;
        this.loaded = loaded;
    }

    /**
     * Loads a content folder against the ISO/IEC 42001 catalogue.
     *
     * @throws IOException when the folder does not exist or cannot be listed; problems with
     *                     the files inside it are diagnostics, reported by {@link #check}
     */
    public static Handbook load(Path folder) throws IOException {
        return new Handbook(folder, new ContentLoader(Catalogue.iso42001()).load(folder));
    }

    /** Checks the content as of today, warnings staying warnings. */
    public CheckReport check() {
        return check(new CheckOptions(LocalDate.now(), false));
    }

    public CheckReport check(CheckOptions options) {
        Diagnostics diagnostics = ContentChecker.check(loaded, options);
        return new CheckReport(folder, diagnostics, loaded.content().documentCount());
    }

    /** The loaded model. */
    public Content content() {
        return loaded.content();
    }

    /** The content folder as it was named. */
    public Path folder() {
        return folder;
    }
}
