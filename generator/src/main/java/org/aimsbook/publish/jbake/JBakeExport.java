package org.aimsbook.publish.jbake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aimsbook.index.SiteIndexer;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.meta.Names;
import org.aimsbook.progress.Progress;
import org.aimsbook.stage.StagedFiles;
import org.aimsbook.render.Findable;
import org.aimsbook.render.PagePaths;
import org.aimsbook.render.RenderOptions;
import org.aimsbook.render.RenderedSite;
import org.aimsbook.render.SiteRenderer;
import org.jsoup.Jsoup;
import org.apache.lucene.util.IOUtils;

/**
 * Exports one version of the handbook as a JBake 2.7 project: {@code jbake.properties}, a
 * content file per page under {@code content/}, templates under {@code templates/} and the
 * site's assets and search index under {@code assets/}. The pages are the site's own, rendered
 * by the render stage for the edition, so the project shows what the site shows and nothing
 * more; the same content and options give the same bytes.
 */
public final class JBakeExport {
    /** The day pages without a dated document carry when the content has no date at all. */
    private static final LocalDate NO_DATE = LocalDate.EPOCH;
    /** The dashboard, at the site's root: the frame the templates are derived from. */
    private static final String HOME = "index.html";

    private JBakeExport() {
    }

    /**
     * Writes the project into {@code out}, replacing an earlier export there. Nothing is
     * written into {@code out} until the whole project is ready beside it.
     *
     * @param visible the checked content, limited to the edition
     * @param options how the site would be rendered; its edition names the project's audience
     * @return the number of pages exported
     * @throws IOException when {@code out} holds files aimsbook did not write, overlaps the
     *                     content, or cannot be written; it is then left as it was
     */
    public static int write(Content visible, RenderOptions options, Path out) throws IOException {
        ProjectFolder folder = ProjectFolder.claim(out, options.contentRoot());
        Path work = folder.work();
        try {
            Path site = Files.createDirectories(work.resolve("site"));
            RenderedSite rendered = SiteRenderer.render(visible, options, site);
            SiteIndexer.index(rendered.findable(), StagedFiles.fresh(site), work.resolve("lucene"), Progress.SILENT);
            Path project = Files.createDirectories(work.resolve("project"));
            Set<String> types = new TreeSet<>();
            Map<String, Findable> findable = rendered.findable().stream()
                    .collect(Collectors.toMap(Findable::path, Function.identity()));
            Map<String, LocalDate> dates = dates(visible);
            LocalDate newest = dates.values().stream().max(Comparator.naturalOrder()).orElse(NO_DATE);
            for (String path : rendered.pages()) {
                ContentFile file = ContentFile.of(path, Jsoup.parse(site.resolve(path)), Optional.ofNullable(findable.get(path)),
                        dates.getOrDefault(path, newest));
                types.add(file.type());
                write(project.resolve(JBakeProperties.CONTENT).resolve(path), file.text());
            }
            Set<String> pages = new HashSet<>(rendered.pages());
            try (Stream<Path> files = Files.walk(site)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = site.relativize(file).toString().replace('\\', '/');
                    if (!pages.contains(name)) {
                        // JBake copies what its asset folder holds to the same place in the baked site.
                        Path asset = project.resolve(JBakeProperties.ASSETS).resolve(name);
                        Files.createDirectories(asset.getParent());
                        Files.copy(file, asset);
                    }
                }
            }
            for (Map.Entry<String, String> template : Templates.of(Jsoup.parse(site.resolve(HOME)), types).entrySet()) {
                write(project.resolve(JBakeProperties.TEMPLATES).resolve(template.getKey()), template.getValue());
            }
            write(project.resolve(JBakeProperties.FILE), JBakeProperties.of(types, options.version(), Names.value(options.edition())));
            folder.replaceWith(project);
            return pages.size();
        } finally {
            IOUtils.rm(work);
        }
    }

    /** Each document page's date: when its document was last reviewed, approved or made effective, whichever is newest. */
    private static Map<String, LocalDate> dates(Content visible) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (Document document : visible.documents()) {
            Stream.of(document.header().approved(), document.header().effective(), document.header().lastReview())
                    .flatMap(Optional::stream)
                    .max(Comparator.naturalOrder())
                    .ifPresent(day -> dates.put(PagePaths.of(document), day));
        }
        return dates;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
