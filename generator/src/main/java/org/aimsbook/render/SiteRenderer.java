package org.aimsbook.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.aimsbook.model.Content;
import org.aimsbook.progress.Progress;
import org.aimsbook.progress.Stage;
import org.aimsbook.stage.SiteFiles;
import org.aimsbook.stage.StagedFiles;

/**
 * The render stage: writes one version of the handbook site into a folder. The content given
 * must already be limited to the edition; nothing else decides what a reader may see.
 */
public final class SiteRenderer {

    private SiteRenderer() {
    }

    /**
     * As {@link #render(Content, RenderOptions, AsciiDocConverter, ConversionCache, Progress, SiteFiles, Selection)},
     * converting every narrative with an Asciidoctor instance of its own, for a one-off render
     * such as an export.
     */
    public static RenderedSite render(Content content, RenderOptions options, Path stage) throws IOException {
        try (AsciiDocConverter converter = new AsciiDocConverter(options.contentRoot().toRealPath())) {
            return render(content, options, converter, ConversionCache.none(), Progress.SILENT, StagedFiles.fresh(stage),
                    Selection.all());
        }
    }

    /**
     * @param content the checked content, limited to the edition
     * @param converter a converter opened on {@code options.contentRoot()}; it is left open, so
     *                  that a face building again and again keeps one Asciidoctor instance
     * @param cache the conversions of the last build; this build's are kept in it
     * @param stage where the site is written: an empty stage, or, for a partial render, the
     *              version the unselected pages are already in
     * @param selection the document pages to write; the theme's assets are copied only with all
     * @return the pages written and those of them search should cover
     */
    public static RenderedSite render(Content content, RenderOptions options, AsciiDocConverter converter,
            ConversionCache cache, Progress progress, SiteFiles stage, Selection selection) throws IOException {
        if (!converter.root().equals(options.contentRoot().toRealPath())) {
            throw new IllegalArgumentException("the converter confines includes to " + converter.root()
                    + ", not to the content folder " + options.contentRoot());
        }
        Theme theme = new Theme(options.theme());
        Links links = new Links(content);
        // Narrative is made in the background; pages without any are written meanwhile, and
        // those with narrative last, so that Asciidoctor's start-up costs the build less.
        try (Narratives narratives = Narratives.start(content, links, converter, cache, selection)) {
            Rendering rendering = new Rendering(content, links, narratives, options, theme, stage);
            progress.begin(Stage.RENDER, DocumentPages.count(rendering, selection));
            HomePage.write(rendering, DashboardCharts.of(rendering));
            IndexPages.write(rendering);
            RiskRegisterPage.write(rendering);
            ChangesPage.write(rendering);
            RaciPage.write(rendering);
            rendering.write(rendering.page(PagePaths.SEARCH, "Search", ""), "search.ftlh", Map.of());
            rendering.write(rendering.page(PagePaths.NOT_FOUND, "Page not found", ""), "404.ftlh", Map.of());
            if (selection.references().isEmpty()) {
                theme.copyAssets(stage.folder().resolve("assets"));
            }
            DocumentPages.write(rendering, progress, selection);
            ControlPages.write(rendering);
            return rendering.rendered();
        }
    }
}
