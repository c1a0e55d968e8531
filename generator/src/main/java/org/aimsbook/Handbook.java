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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.aimsbook.model.Revision;
import org.aimsbook.publish.Published;
import org.aimsbook.publish.snapshot.ContentDigest;
import org.aimsbook.publish.snapshot.SnapshotArchive;
import org.apache.lucene.util.IOUtils;
import java.util.List;
import org.aimsbook.model.Classification;
import org.aimsbook.publish.snapshot.SnapshotVerifier;
import org.aimsbook.publish.snapshot.Verification;
import org.aimsbook.publish.SitePublisher;
import org.aimsbook.publish.jbake.JBakeExport;
import org.aimsbook.publish.oscal.OscalExport;
import org.aimsbook.publish.oscal.OscalOptions;
import org.aimsbook.publish.soa.SoaCsv;
import org.aimsbook.publish.pdf.PdfOptions;
import org.aimsbook.publish.pdf.PdfPublisher;
import org.aimsbook.index.HandbookSearch;
import org.aimsbook.index.SearchCache;
import org.aimsbook.index.SearchResults;
import org.aimsbook.index.SiteIndexer;
import org.aimsbook.progress.Progress;
import org.aimsbook.progress.Stage;
import org.aimsbook.publish.AtomicFile;
import org.aimsbook.render.AsciiDocConverter;
import org.aimsbook.render.ConversionCache;
import org.aimsbook.render.RenderOptions;
import org.aimsbook.render.RenderedSite;
import org.aimsbook.render.Selection;
import org.aimsbook.render.SiteRenderer;
import org.aimsbook.stage.StagedFiles;

/**
 * The one way in: load a content folder, then check it (and, as the product grows, render,
 * index and publish it). The command line and the Maven plugin are thin faces over this.
 *
 * <pre>{@code
 * CheckReport report = Handbook.load(Path.of("content")).check();
 * }</pre>
 */
public final class Handbook {
    /** The Statement of Applicability's name in a snapshot. */
    private static final String SNAPSHOT_CSV = "soa.csv";
    private final Path folder;
    private final Loaded loaded;
    private final Progress progress;

    private Handbook(Path folder, Loaded loaded, Progress progress) {
        this.folder = folder;
        this.loaded = loaded;
        this.progress = progress;
    }

    /**
     * Loads a content folder against the ISO/IEC 42001 catalogue.
     *
     * @throws IOException when the folder does not exist, cannot be listed or holds more document
     *                     files than aimsbook reads; problems with the files inside it are
     *                     diagnostics, reported by {@link #check}
     */
    public static Handbook load(Path folder) throws IOException {
        return new Handbook(folder, new ContentLoader(Catalogue.iso42001()).load(folder), Progress.SILENT);
    }

    /** The same handbook, reporting how far its builds have got to {@code progress}. */
    public Handbook reporting(Progress progress) {
        return new Handbook(folder, loaded, progress);
    }

    /** Checks the content as of today, warnings staying warnings. */
    public CheckReport check() {
        return check(new CheckOptions(LocalDate.now(), false));
    }

    public CheckReport check(CheckOptions options) {
        progress.begin(Stage.CHECK, 0);
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
        // Asciidoctor itself starts only if a narrative needs converting: content with errors,
        // a version that is up to date, or narrative all found in the cache never start it.
        try (AsciiDocConverter converter = new AsciiDocConverter(folder.toRealPath())) {
            return build(options, converter);
        }
    }

    /**
     * As {@link #build(BuildOptions)}, converting narrative with a converter that outlives the
     * build: a caller that builds the same folder again and again saves starting Asciidoctor
     * each time ({@code serve} goes further, with a {@link LiveSite}).
     *
     * @param converter a converter opened on this handbook's folder (its real path); left open
     */
    public BuildReport build(BuildOptions options, AsciiDocConverter converter) throws IOException {
        CheckReport report = check(new CheckOptions(options.asOf(), options.strict()));
        if (!report.passed()) {
            return BuildReport.failed(report);
        }
        String version = version(options.version());
        String inputs = inputs(options, version, SitePublisher.previous(options.out(), version));
        Optional<BuildReport> upToDate = upToDate(options, version, inputs, report);
        return upToDate.isPresent() ? upToDate.get() : publish(options, version, inputs, report, converter).report();
    }

    /** A handbook already loaded, as a {@link LiveSite} loads it. */
    static Handbook of(Path folder, Loaded loaded) {
        return new Handbook(folder, loaded, Progress.SILENT);
    }

    /**
     * What publishing a version made, for a {@link LiveSite} to keep the version up to date.
     *
     * @param visible the content the edition sees
     * @param render the options the site was rendered with
     * @param conversions the conversions the render used or made
     */
    record Publication(BuildReport report, Content visible, RenderOptions render, RenderedSite site,
            ConversionCache conversions) {
    }

    /** Publishes content that passed its check, even when the version is up to date: a {@link LiveSite} keeps what it made. */
    Publication publishAnew(BuildOptions options, CheckReport report, AsciiDocConverter converter) throws IOException {
        String version = version(options.version());
        return publish(options, version, inputs(options, version, SitePublisher.previous(options.out(), version)), report,
                converter);
    }

    /**
     * Renders and publishes content that passed its check.
     *
     * @param inputs what the version is made from, stamped into it (see {@link BuildStamp#inputs})
     */
    private Publication publish(BuildOptions options, String version, String inputs, CheckReport report,
            AsciiDocConverter converter) throws IOException {
        Content visible = loaded.content().visibleTo(options.edition());
        Optional<Path> previous = SitePublisher.previous(options.out(), version);
        ChangeSet changes = previous.isPresent() && Files.exists(previous.get().resolve(ModelDump.FILE))
                ? ChangeSet.between(ModelDump.read(previous.get().resolve(ModelDump.FILE)), ModelDump.of(visible))
                : ChangeSet.firstVersion();
        RenderOptions render = new RenderOptions(folder, version, options.edition(), options.asOf(), theme(options),
                previous.map(p -> p.getFileName().toString()), changes);
        RenderedSite[] rendered = new RenderedSite[1];
        SearchCache cache = SearchCache.of(options.out());
        ConversionCache conversions = ConversionCache.open(ConversionCache.location(options.out(), folder), Version.current());
        Published published;
        try {
            // A rebuild of a published version shares the files it writes again unchanged.
            Optional<Path> replaced = SitePublisher.published(options.out(), version).map(Published::folder);
            published = SitePublisher.publish(options.out(), folder, version, Names.value(options.edition()), stage -> {
                StagedFiles files = new StagedFiles(stage, replaced);
                RenderedSite site = SiteRenderer.render(visible, render, converter, conversions, progress, files, Selection.all());
                // Only now, with the output folder claimed, may the caches beside it be written.
                SiteIndexer.index(site.findable(), files, cache.building(version), progress);
                progress.begin(Stage.PUBLISH, 0);
                // Only what the edition shows is dumped: the next version compares with this.
                ModelDump.write(visible, stage.resolve(ModelDump.FILE));
                new BuildStamp(inputs, ContentDigest.of(stage), site.pages().size()).write(stage);
                rendered[0] = site;
            });
        } catch (IOException | RuntimeException e) {
            cache.discard(version);
            throw e;
        }
        cache.keep(version);
        keep(conversions);
        RenderedSite site = rendered[0];
        return new Publication(new BuildReport(report, Optional.of(published), site.pages().size(), false, site.converted(),
                site.cached()), visible, render, site, conversions);
    }

    /**
     * Writes the conversion cache for the next build. One that cannot be written costs the next
     * build time, not this one its result: the site is already published.
     */
    private static void keep(ConversionCache conversions) {
        try {
            AtomicFile.write(conversions.file(), conversions.contents());
        } catch (IOException e) {
            // Nothing to undo: the old cache, if any, is still whole, and is checked before use.
        }
    }

    /**
     * Checks the content and, when it passes, exports what the edition may see of the Statement
     * of Applicability (or, for JBake, of the whole site); an export with errors writes nothing.
     *
     * @throws IOException when a file cannot be written; files already there are then left as they were
     */
    public ExportReport export(ExportOptions options) throws IOException {
        CheckReport report = check(new CheckOptions(options.asOf(), options.strict()));
        if (!report.passed()) {
            return new ExportReport(report, Optional.empty());
        }
        // As build names it, so that evidence links lead to the pages of the same version.
        String version = version(options.version());
        Content visible = loaded.content().visibleTo(options.edition());
        switch (options.format()) {
            case OSCAL -> OscalExport.write(visible, new OscalOptions(version, options.edition(), options.pages()), options.out());
            case SOA_CSV -> SoaCsv.write(visible, options.out());
            // The site as a first build of this version renders it: there is no earlier output to compare with.
            case JBAKE -> JBakeExport.write(visible, new RenderOptions(folder, version, options.edition(), options.asOf(),
                    theme(Optional.empty()), Optional.empty(), ChangeSet.firstVersion()), options.out());
        }
        return new ExportReport(report, Optional.of(version));
    }

    /** The version a build or export names: the one asked for, aims.yaml's, git describe's, or "draft". */
    String version(Optional<String> requested) {
        return requested
                .or(() -> loaded.content().aims().flatMap(aims -> aims.header().version()))
                .or(() -> GitHistory.describe(folder))
                .orElse("draft");
    }

    /** What a version built with these options is made from: see {@link BuildStamp#inputs}. */
    private String inputs(BuildOptions options, String version, Optional<Path> previous) throws IOException {
        Optional<Path> theme = theme(options);
        return BuildStamp.inputs(Version.current(), ContentDigest.of(folder),
                theme.isPresent() ? Optional.of(ContentDigest.of(theme.get())) : Optional.empty(),
                Names.value(options.edition()), options.asOf().toString(),
                previous.map(p -> p.getFileName().toString()));
    }

    /**
     * The version as an earlier build left it, when it was built from the same inputs and its
     * site (and {@code latest/}, when it shows this version) is unchanged since, and its search
     * index is still beside the output: then building again would write the same bytes.
     */
    private Optional<BuildReport> upToDate(BuildOptions options, String version, String inputs, CheckReport report)
            throws IOException {
        Optional<Published> published = SitePublisher.published(options.out(), version);
        Optional<BuildStamp> stamp = published.flatMap(p -> BuildStamp.read(p.folder()));
        if (stamp.isEmpty()
                || SearchCache.of(options.out()).index(version).isEmpty()
                || !stamp.get().inputs().equals(inputs)
                || !stamp.get().site().equals(ContentDigest.of(published.get().folder()))
                || published.get().latest().filter(version::equals).isPresent()
                        && !stamp.get().site().equals(ContentDigest.of(options.out().resolve("latest")))) {
            return Optional.empty();
        }
        return Optional.of(new BuildReport(report, published, stamp.get().pages(), true, 0, 0));
    }

    /** The theme a build or its PDFs use: the one asked for, else the one aims.yaml names, if any. */
    Optional<Path> theme(BuildOptions options) {
        return theme(options.theme());
    }

    private Optional<Path> theme(Optional<Path> asked) {
        return asked.or(() -> loaded.content().aims().flatMap(aims -> aims.theme()).map(folder::resolve));
    }

    /**
     * Checks the content and, when it passes, writes the edition's handbook and Statement of
     * Applicability as {@code handbook.pdf} and {@code soa.pdf} into {@code options.out()}, with
     * the version, theme, day and strictness a build of the same options would have.
     *
     * @return the check's report; nothing is written when it did not pass
     */
    public CheckReport pdf(BuildOptions options) throws IOException {
        CheckReport report = check(new CheckOptions(options.asOf(), options.strict()));
        if (report.passed()) {
            progress.begin(Stage.PDF, 0);
            PdfPublisher.write(loaded.content().visibleTo(options.edition()),
                    new PdfOptions(folder, version(options.version()), options.edition(), theme(options)), options.out());
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

    /**
     * Builds a version (or reuses it, when it was built from the same inputs and is unchanged
     * since), then archives it with everything an auditor is handed and a manifest
     * of every file's SHA-256. The same content and version give the same bytes.
     *
     * @throws IOException when the output or the archive cannot be written; nothing
     *                     half-written is left behind
     */
    public SnapshotReport snapshot(SnapshotOptions options) throws IOException {
        BuildReport build = build(options.build());
        if (build.published().isEmpty()) {
            return new SnapshotReport(build, Optional.empty(), 0, "");
        }
        Published published = build.published().get();
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(published.folder())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = published.folder().relativize(file).toString().replace('\\', '/');
                if (!name.startsWith(".")) {
                    files.put("site/" + name, file);
                }
            }
        }
        String organization = loaded.content().aims().map(aims -> aims.organization().name()).orElse("organization");
        Optional<Revision> commit = GitHistory.lastCommit(folder);
        Classification edition = options.build().edition();
        SnapshotArchive.Source source = new SnapshotArchive.Source(organization, published.version(),
                Names.value(edition), folder, commit.map(Revision::commit), stamp(commit), Version.current());
        // The exports are written beside the archive, then archived with the site.
        Path exports = Files.createDirectories(options.archives()).resolve(".exports-" + published.version());
        IOUtils.rm(exports);
        try {
            Content visible = loaded.content().visibleTo(edition);
            SoaCsv.write(visible, exports.resolve(SNAPSHOT_CSV));
            // The OSCAL files sit in oscal/ beside site/: their evidence links lead there.
            OscalExport.write(visible, new OscalOptions(published.version(), edition, "../site/"), exports.resolve("oscal"));
            progress.begin(Stage.PDF, 0);
            PdfPublisher.write(visible, new PdfOptions(folder, published.version(), edition, theme(options.build())), exports);
            for (String name : List.of(PdfPublisher.HANDBOOK, PdfPublisher.SOA, SNAPSHOT_CSV, "oscal/" + OscalExport.CATALOG,
                    "oscal/" + OscalExport.SSP)) {
                files.put(name, exports.resolve(name));
            }
            progress.begin(Stage.ARCHIVE, 0);
            Path archive = SnapshotArchive.write(options.archives(), source, files);
            return new SnapshotReport(build, Optional.of(archive), files.size(), SnapshotArchive.sha256(archive));
        } finally {
            IOUtils.rm(exports);
        }
    }

    /**
     * When the content last changed, the time a snapshot's entries carry: SOURCE_DATE_EPOCH
     * where a release process sets it, else the last commit, else the newest date in the
     * content; never the clock, which would make every snapshot differ.
     */
    private Instant stamp(Optional<Revision> commit) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return commit.map(Revision::when).orElseGet(() -> loaded.content().documents().stream()
                .flatMap(document -> Stream.of(document.header().approved(), document.header().effective(),
                        document.header().lastReview()))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder())
                .map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant())
                .orElse(Instant.EPOCH));
    }

    /** Re-computes every hash of a snapshot archive and compares it with the archive's manifest. */
    public static Verification verify(Path archive) throws IOException {
        return SnapshotVerifier.verify(archive);
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
