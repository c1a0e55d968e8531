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
import java.nio.file.Files;
import java.util.Optional;
import org.aimsbook.changes.ChangeSet;
import org.aimsbook.changes.ModelDump;
import org.aimsbook.load.GitHistory;
import org.aimsbook.model.Content;
import org.aimsbook.model.meta.Names;
import org.aimsbook.publish.Published;
import org.aimsbook.publish.SitePublisher;
import org.aimsbook.publish.pdf.PdfOptions;
import org.aimsbook.publish.pdf.PdfPublisher;
import org.aimsbook.model.Classification;
import org.aimsbook.index.HandbookSearch;
import org.aimsbook.index.SearchCache;
import org.aimsbook.index.SearchResults;
import org.aimsbook.index.SiteIndexer;
import org.aimsbook.render.RenderOptions;
import org.aimsbook.render.RenderedSite;
import org.aimsbook.render.SiteRenderer;

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

    /**
     * Checks the content and, when it passes, renders and publishes one version of the site.
     *
     * @throws IOException when the output folder cannot be claimed or written; the previous
     *                     output is then left as it was
     */
    public BuildReport build(BuildOptions options) throws IOException {
        CheckReport report = check(new CheckOptions(options.asOf(), options.strict()));
        if (!report.passed()) {
            return new BuildReport(report, Optional.empty(), 0);
        }
        String version = options.version()
                .or(() -> loaded.content().aims().flatMap(aims -> aims.header().version()))
                .or(() -> GitHistory.describe(folder))
                .orElse("draft");
        Content visible = loaded.content().visibleTo(options.edition());
        Optional<Path> previous = SitePublisher.previous(options.out(), version);
        ChangeSet changes = previous.isPresent() && Files.exists(previous.get().resolve(ModelDump.FILE))
                ? ChangeSet.between(ModelDump.read(previous.get().resolve(ModelDump.FILE)), ModelDump.of(visible))
                : ChangeSet.firstVersion();
        Optional<Path> theme = options.theme()
                .or(() -> loaded.content().aims().flatMap(aims -> aims.theme()).map(folder::resolve));
        RenderOptions render = new RenderOptions(folder, version, options.edition(), options.asOf(), theme,
                previous.map(p -> p.getFileName().toString()), changes);
        int[] pages = new int[1];
        SearchCache cache = SearchCache.of(options.out());
        Published published;
        try {
            published = SitePublisher.publish(options.out(), folder, version, Names.value(options.edition()), stage -> {
                RenderedSite site = SiteRenderer.render(visible, render, stage);
                // Only now, with the output folder claimed, may the cache beside it be written.
                SiteIndexer.index(site.findable(), stage, cache.building(version));
                pages[0] = site.pages().size();
                // Only what the edition shows is dumped: the next version compares with this.
                ModelDump.write(visible, stage.resolve(ModelDump.FILE));
            });
        } catch (IOException | RuntimeException e) {
            cache.discard(version);
            throw e;
        }
        cache.keep(version);
        return new BuildReport(report, Optional.of(published), pages[0]);
    }

    /**
     * Checks the content and, when it passes, writes the edition's handbook and Statement of
     * Applicability as {@code handbook.pdf} and {@code soa.pdf} into {@code out}.
     *
     * @param version the version to stamp; else the one in {@code aims.yaml}, else {@code git describe}
     * @return the check's report; nothing is written when it did not pass
     */
    public CheckReport pdf(Path out, Optional<String> version, Classification edition) throws IOException {
        CheckReport report = check();
        if (report.passed()) {
            String stamped = version.or(() -> loaded.content().aims().flatMap(aims -> aims.header().version()))
                    .or(() -> GitHistory.describe(folder))
                    .orElse("draft");
            PdfPublisher.write(loaded.content().visibleTo(edition), new PdfOptions(folder, stamped, edition), out);
        }
        return report;
    }

    /**
     * Searches a built version's Lucene index with Lucene's query syntax.
     *
     * @param version the version to search; the newest published when absent
     * @param mark what goes before and after a matched word in snippets
     * @return the results; empty when that version has no index beside {@code out}
     * @throws IllegalArgumentException when the query is not in Lucene's syntax
     */
    public static Optional<SearchResults> search(Path out, Optional<String> version, String query, int limit, String[] mark)
            throws IOException {
        Optional<Path> index = version.or(() -> newest(out)).flatMap(v -> SearchCache.of(out).index(v));
        if (index.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(HandbookSearch.search(index.get(), query, limit, mark));
    }

    private static Optional<String> newest(Path out) {
        try {
            return SitePublisher.newest(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
