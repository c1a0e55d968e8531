package org.aimsbook.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aimsbook.model.AiSystem;
import org.aimsbook.model.Improvement;
import org.aimsbook.model.Objective;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;
import org.aimsbook.stage.SiteFiles;

/** The state shared by the page builders of one render: content, links, theme and output. */
final class Rendering {
    final Content content;
    final Links links;
    final Relations relations;
    final RenderOptions options;
    final Site site;
    private final Theme theme;
    private final Narratives narratives;
    private final SiteFiles stage;
    /** Pages are written from several threads at once. */
    private final List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Findable> findable = java.util.Collections.synchronizedList(new ArrayList<>());

    Rendering(Content content, Links links, Narratives narratives, RenderOptions options, Theme theme, SiteFiles stage) {
        this.content = content;
        this.links = links;
        this.relations = new Relations(content);
        this.options = options;
        this.theme = theme;
        this.narratives = narratives;
        this.stage = stage;
        this.site = site(content, options);
    }

    private static Site site(Content content, RenderOptions options) {
        List<Site.Section> sections = new ArrayList<>();
        sections.add(new Site.Section("home", "Dashboard", PagePaths.HOME));
        for (DocumentType type : DocumentType.values()) {
            if (type == DocumentType.SOA && content.soa().isPresent()) {
                sections.add(new Site.Section("soa", "Statement of Applicability", PagePaths.of(content.soa().get())));
            } else if (!type.single() && !content.all(type.model()).isEmpty()) {
                sections.add(new Site.Section(type.place(), Sections.plural(type), PagePaths.index(type)));
            }
        }
        sections.add(new Site.Section("risks", "Risk register", RiskRegisterPage.PATH));
        sections.add(new Site.Section("raci", "Roles and responsibilities", PagePaths.RACI));
        sections.add(new Site.Section("changes", "Changes", ChangesPage.PATH));
        String title = content.aims().map(Document::title).orElse("AI management system handbook");
        String organization = content.aims().map(aims -> aims.organization().name()).orElse("");
        return new Site(title, organization, options.version(), Sections.edition(options.edition()), options.asOf().toString(),
                List.copyOf(sections));
    }

    /** The frame of a page: its place, heading and breadcrumbs (home first, the page itself last). */
    Page page(String path, String title, String section, Page.Crumb... trail) {
        List<Page.Crumb> crumbs = new ArrayList<>();
        if (!path.equals(PagePaths.HOME)) {
            crumbs.add(new Page.Crumb("Dashboard", PagePaths.relative(path, PagePaths.HOME)));
        }
        crumbs.addAll(List.of(trail));
        crumbs.add(new Page.Crumb(title, null));
        return new Page(path, PagePaths.root(path), title, section, List.copyOf(crumbs));
    }

    /** A crumb leading to a page within the version folder, seen from {@code from}. */
    Page.Crumb crumb(String from, String label, String to) {
        return new Page.Crumb(label, PagePaths.relative(from, to));
    }

    /** A document's narrative as finished HTML for its page; empty when it has none. */
    String body(Document document) throws IOException {
        return narratives.body(document);
    }

    /** A link from the page at {@code from} to a document. */
    Fact.Item link(String from, Document document) {
        return Fact.Item.link(document.title(), PagePaths.relative(from, PagePaths.of(document)));
    }

    /** Renders a page with the site and page frame added to its model. */
    void write(Page page, String template, Map<String, Object> model) throws IOException {
        Map<String, Object> full = new LinkedHashMap<>(model);
        full.put("site", site);
        full.put("page", page);
        stage.write(page.path(), theme.render(template, full).getBytes(StandardCharsets.UTF_8));
        written.add(page.path());
    }

    /** Offers a written document's page to search, faceted by its type, owner and status. */
    void findable(Page page, Document document) {
        DocumentType type = document.type();
        Optional<String> owner = document.header().owner().flatMap(content::document).map(Document::title);
        findable(new Findable(page.path(), page.title(), type.refKind().prefix(), Sections.plural(type),
                List.of(document.id()), owner, status(document), Facts.words(document.classification())));
    }

    /** Where a document stands, for the kinds that have a state of their own. */
    private static Optional<String> status(Document document) {
        if (document instanceof Objective objective) {
            return Optional.of(Facts.words(objective.status()));
        }
        if (document instanceof Improvement improvement) {
            return Optional.of(Facts.words(improvement.status()));
        }
        if (document instanceof AiSystem system) {
            return Optional.of(Facts.words(system.lifecycleStage()));
        }
        return Optional.empty();
    }

    /** Offers a written page to search. */
    void findable(Findable page) {
        findable.add(page);
    }

    RenderedSite rendered() {
        return new RenderedSite(written.stream().sorted().toList(), findable.stream().sorted(Findable.SEARCH_ORDER).toList(), narratives.converted(),
                narratives.cached());
    }
}
