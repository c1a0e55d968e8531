package org.aimsbook.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.aimsbook.model.Content;

/**
 * The render stage: writes one version of the handbook site into a folder. The content given
 * must already be limited to the edition; nothing else decides what a reader may see.
 */
public final class SiteRenderer {

    private SiteRenderer() {
    }

    /**
     * @param content the checked content, limited to the edition
     * @param stage an empty folder the site is written into
     * @return the pages written and those search should cover
     */
    public static RenderedSite render(Content content, RenderOptions options, Path stage) throws IOException {
        Theme theme = new Theme(options.theme());
        try (AsciiDocConverter converter = new AsciiDocConverter(options.contentRoot().toRealPath())) {
            Rendering rendering = new Rendering(content, options, theme, converter, stage);
            HomePage.write(rendering, DashboardCharts.of(rendering));
            IndexPages.write(rendering);
            RiskRegisterPage.write(rendering);
            ChangesPage.write(rendering);
            DocumentPages.write(rendering);
            ControlPages.write(rendering);
            RaciPage.write(rendering);
            rendering.write(rendering.page(PagePaths.SEARCH, "Search", ""), "search.ftlh", Map.of());
            rendering.write(rendering.page(PagePaths.NOT_FOUND, "Page not found", ""), "404.ftlh", Map.of());
            theme.copyAssets(stage.resolve("assets"));
            return rendering.rendered();
        }
    }
}
