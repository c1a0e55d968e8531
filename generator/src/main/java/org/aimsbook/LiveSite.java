package org.aimsbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.aimsbook.catalogue.Catalogue;
import org.aimsbook.changes.ChangeSet;
import org.aimsbook.changes.ModelDump;
import org.aimsbook.check.CheckOptions;
import org.aimsbook.index.SearchCache;
import org.aimsbook.index.SiteIndexer;
import org.aimsbook.load.ContentLoader;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefKind;
import org.aimsbook.model.References;
import org.aimsbook.progress.Progress;
import org.aimsbook.progress.Stage;
import org.aimsbook.publish.Published;
import org.aimsbook.publish.snapshot.ContentDigest;
import org.aimsbook.render.AsciiDocConverter;
import org.aimsbook.render.ConversionCache;
import org.aimsbook.render.Findable;
import org.aimsbook.render.PagePaths;
import org.aimsbook.render.RenderOptions;
import org.aimsbook.render.RenderedSite;
import org.aimsbook.render.Selection;
import org.aimsbook.render.SiteRenderer;
import org.aimsbook.stage.LiveFiles;

/**
 * A published version kept up to date as its content changes, as {@code serve} needs it. The
 * first update publishes the version as {@code build} does. Each later one loads again only the
 * documents whose files changed, checks everything, and rewrites in place only the pages the
 * change reached: the changed documents' own, those of the documents they refer to or that refer
 * to them (their links and backlinks show titles), and the site-wide pages; a change to
 * {@code aims.yaml}, the theme, the version or what the navigation lists publishes the whole
 * version again. The search index follows in {@link #index()}, which a preview runs after it
 * told the open tabs to reload.
 *
 * <pre>{@code
 * try (LiveSite site = LiveSite.open(Path.of("content"), options)) {
 *     BuildReport report = site.update();   // after each change
 *     site.index();
 * }
 * }</pre>
 */
public final class LiveSite implements AutoCloseable {
    private final Path folder;
    private final BuildOptions options;
    private final AsciiDocConverter converter;
    private final ContentLoader loader = ContentLoader.remembering(Catalogue.iso42001());
    /** The version as the last update left it; null before a publish and after a failed one. */
    private Kept kept;
    private boolean indexStale;

    /**
     * What an update keeps of the version for the next one.
     *
     * @param visible the content the pages show
     * @param theme the theme's digest when it was published, empty without a theme folder
     * @param pages the search entry of every page, by path
     * @param targets what each document refers to, by document: documents unchanged since are
     *                the same records, so this is computed once per document version
     */
    private record Kept(Content visible, RenderOptions render, Optional<String> theme, Published published, LiveFiles files,
            ConversionCache conversions, Map<String, Findable> pages, Map<Document, Set<String>> targets) {
    }

    private LiveSite(Path folder, BuildOptions options) throws IOException {
        this.folder = folder;
        this.options = options;
        // One Asciidoctor for every update: starting it costs more than converting the handbook.
        this.converter = new AsciiDocConverter(folder.toRealPath());
    }

    /**
     * @param folder the content folder
     * @param options the build's options; its version is published into its output folder
     * @throws IOException when the content folder does not exist
     */
    public static LiveSite open(Path folder, BuildOptions options) throws IOException {
        return new LiveSite(folder, options);
    }

    /**
     * Loads and checks the content as it is now and, when it passes, brings the version up to
     * date; the search index only in {@link #index()}.
     *
     * @throws IOException when the output folder cannot be written; the version is then
     *                     published whole by the next update
     */
    public BuildReport update() throws IOException {
        Handbook handbook = Handbook.of(folder, loader.load(folder));
        CheckReport report = handbook.check(new CheckOptions(options.asOf(), options.strict()));
        if (!report.passed()) {
            return BuildReport.failed(report);
        }
        Content visible = handbook.content().visibleTo(options.edition());
        Optional<String> theme = digest(handbook.theme(options));
        try {
            if (kept == null || !partial(handbook, visible, theme)) {
                return publish(handbook, report, visible, theme);
            }
            return rewrite(report, visible);
        } catch (IOException | RuntimeException e) {
            kept = null;
            throw e;
        }
    }

    /** Whether the change leaves the version's frame as it was, so that only some pages need writing. */
    private boolean partial(Handbook handbook, Content visible, Optional<String> theme) {
        Content before = kept.visible();
        return Files.isDirectory(kept.published().folder())
                && handbook.version(options.version()).equals(kept.render().version())
                && theme.equals(kept.theme())
                && Objects.equals(visible.aims().orElse(null), before.aims().orElse(null))
                && visible.soa().isPresent() == before.soa().isPresent()
                && kinds(visible).equals(kinds(before));
    }

    /** The kinds of document the content has, which decide the navigation every page carries. */
    private static Set<String> kinds(Content content) {
        Set<String> kinds = new HashSet<>();
        content.documents().forEach(document -> kinds.add(document.type().name()));
        return kinds;
    }

    private BuildReport publish(Handbook handbook, CheckReport report, Content visible, Optional<String> theme)
            throws IOException {
        kept = null;
        Handbook.Publication publication = handbook.publishAnew(options, report, converter);
        Published published = publication.report().published().orElseThrow();
        List<Path> mirrors = published.latest().filter(published.version()::equals).isPresent()
                ? List.of(options.out().resolve("latest"))
                : List.of();
        Map<String, Findable> pages = new TreeMap<>();
        publication.site().findable().forEach(page -> pages.put(page.path(), page));
        kept = new Kept(visible, publication.render(), theme, published, new LiveFiles(published.folder(), mirrors),
                publication.conversions(), pages, new IdentityHashMap<>());
        indexStale = false;
        return publication.report();
    }

    /** Writes the pages the change reached into the published version. */
    private BuildReport rewrite(CheckReport report, Content visible) throws IOException {
        Content before = kept.visible();
        Map<Document, Set<String>> targets = new IdentityHashMap<>();
        Set<String> reached = reached(before, visible, targets);
        RenderOptions render = kept.render().previousVersion().isEmpty() ? kept.render() : new RenderOptions(
                kept.render().contentRoot(), kept.render().version(), kept.render().edition(), kept.render().asOf(),
                kept.render().theme(), kept.render().previousVersion(), ChangeSet.between(
                        ModelDump.read(options.out().resolve(kept.render().previousVersion().get()).resolve(ModelDump.FILE)),
                        ModelDump.of(visible)));
        ConversionCache conversions = kept.conversions().carried();
        LiveFiles files = kept.files();
        files.forget();
        RenderedSite site = SiteRenderer.render(visible, render, converter, conversions, Progress.SILENT, files,
                Selection.only(reached));
        Map<String, Findable> pages = new TreeMap<>(kept.pages());
        for (Document document : before.documents()) {
            if (visible.document(document.reference()).isEmpty()) {
                files.remove(PagePaths.of(document));
                pages.remove(PagePaths.of(document));
            }
        }
        site.findable().forEach(page -> pages.put(page.path(), page));
        indexStale |= !files.changed().isEmpty();
        kept = new Kept(visible, render, kept.theme(), kept.published(), files, conversions, pages, targets);
        return new BuildReport(report, Optional.of(kept.published()), pages.size(), false, site.converted(), site.cached());
    }

    /**
     * The documents whose pages a change reached, by reference: those changed, added or removed
     * (a commit counts, since pages show their last one), what they refer to before and after,
     * and what refers to them.
     *
     * @param targets what documents refer to, by document, as far as known; what is found is added
     */
    private Set<String> reached(Content before, Content after, Map<Document, Set<String>> targets) {
        Map<String, Document> old = byReference(before);
        Map<String, Document> now = byReference(after);
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, Document> entry : now.entrySet()) {
            Document earlier = old.get(entry.getKey());
            if (earlier != entry.getValue()
                    || !before.revision(earlier).equals(after.revision(entry.getValue()))) {
                changed.add(entry.getKey());
            }
        }
        old.keySet().stream().filter(reference -> !now.containsKey(reference)).forEach(changed::add);
        Set<String> reached = new HashSet<>(changed);
        for (String reference : changed) {
            Optional.ofNullable(old.get(reference)).ifPresent(document -> reached.addAll(targets(document, before, targets)));
            Optional.ofNullable(now.get(reference)).ifPresent(document -> reached.addAll(targets(document, after, targets)));
        }
        for (Document document : after.documents()) {
            Set<String> refers = targets(document, after, targets);
            if (!Collections.disjoint(refers, changed)) {
                reached.add(document.reference());
            }
        }
        for (Document document : before.documents()) {
            if (!Collections.disjoint(targets(document, before, targets), changed)) {
                reached.add(document.reference());
            }
        }
        return reached;
    }

    /**
     * The documents a document refers to, by reference; a risk counts as the assessment that
     * declares it, since the risk is shown on that assessment's page.
     */
    private static Set<String> targets(Document document, Content content, Map<Document, Set<String>> known) {
        Set<String> found = known.get(document);
        if (found != null) {
            return found;
        }
        Set<String> targets = new HashSet<>();
        for (Ref ref : References.of((Record) document)) {
            if (ref.kind() == RefKind.RISK) {
                content.assessmentOf(ref.id()).ifPresent(assessment -> targets.add(assessment.reference()));
            } else {
                targets.add(ref.target());
            }
        }
        document.header().owner().ifPresent(owner -> targets.add(owner.target()));
        document.header().approver().ifPresent(approver -> targets.add(approver.target()));
        known.put(document, Set.copyOf(targets));
        return known.get(document);
    }

    private static Map<String, Document> byReference(Content content) {
        Map<String, Document> documents = new LinkedHashMap<>();
        content.documents().forEach(document -> documents.put(document.reference(), document));
        return documents;
    }

    /**
     * Brings the search index, and the model dump the next version compares with, up to date
     * with the pages the last updates wrote; does nothing when they are.
     *
     * @throws IOException when the index cannot be written; the next call tries again
     */
    public void index() throws IOException {
        index(() -> false);
    }

    /**
     * As {@link #index()}, giving up as soon as {@code abandon} says so, as a preview does when
     * another change arrives: indexing takes longer than updating the pages, and the next
     * update's index would replace this one anyway. Search may then show, until the next
     * index, some pages' old words.
     *
     * @return whether the index is up to date
     */
    public boolean index(BooleanSupplier abandon) throws IOException {
        if (kept == null || !indexStale) {
            return true;
        }
        LiveFiles files = kept.files();
        files.forget();
        String version = kept.published().version();
        SearchCache cache = SearchCache.of(options.out());
        try {
            SiteIndexer.index(kept.pages().values().stream().sorted(Findable.SEARCH_ORDER).toList(), files,
                    cache.building(version), new Abandonable(abandon));
        } catch (Abandoned e) {
            cache.discard(version);
            return false;
        } catch (IOException | RuntimeException e) {
            cache.discard(version);
            throw e;
        }
        cache.keep(version);
        files.removeUnwritten("search/");
        files.write(ModelDump.FILE, ModelDump.json(kept.visible()).getBytes(StandardCharsets.UTF_8));
        indexStale = false;
        return true;
    }

    /** Stops an index, page by page, once it is no longer wanted. */
    private record Abandonable(BooleanSupplier abandon) implements Progress {
        @Override
        public void begin(Stage stage, int total) {
        }

        @Override
        public void advance() {
            if (abandon.getAsBoolean()) {
                throw new Abandoned();
            }
        }
    }

    /** Thrown through the index stage to stop it; never leaves this class. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("index abandoned", null, false, false);
        }
    }

    /** The digest of a theme folder, so that an edited theme is noticed. */
    private static Optional<String> digest(Optional<Path> theme) throws IOException {
        return theme.isPresent() && Files.isDirectory(theme.get()) ? Optional.of(ContentDigest.of(theme.get())) : Optional.empty();
    }

    /** Stops Asciidoctor; the version stays as the last update left it. */
    @Override
    public void close() {
        converter.close();
    }
}
