package org.aimsbook.render;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Improvement;

/**
 * The dashboard: what the AIMS covers, how many documents of each kind it holds, which
 * improvement entries are overdue and which documents are due for review.
 */
final class HomePage {
    /** How far ahead "due for review" looks. */
    private static final int REVIEW_HORIZON_DAYS = 90;

    private HomePage() {
    }

    /** The kind search gives the pages that gather many documents: dashboard, risk register, RACI. */
    static final String KIND = "overview";

    /** An overview page as search sees it: shown to the whole edition, owned by no one. */
    static Findable overview(Rendering rendering, Page page) {
        return new Findable(page.path(), page.title(), KIND, "Overviews", List.of(), Optional.empty(), Optional.empty(),
                rendering.site.edition());
    }

    static void write(Rendering rendering, Map<String, String> charts) throws IOException {
        String path = PagePaths.HOME;
        LocalDate asOf = rendering.options.asOf();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("scope", rendering.content.aims().map(aims -> aims.scope().statement()).orElse(""));
        rendering.content.aims().ifPresent(aims -> model.put("aims", rendering.link(path, aims)));
        List<Fact.Item> counts = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            int count = rendering.content.all(type.model()).size();
            if (!type.single() && count > 0) {
                counts.add(Fact.Item.link(Sections.plural(type) + ": " + count, PagePaths.index(type)));
            }
        }
        model.put("counts", counts);
        model.put("overdue", rendering.content.all(Improvement.class).stream()
                .filter(entry -> !entry.status().finished())
                .filter(entry -> entry.due().filter(due -> due.isBefore(asOf)).isPresent())
                .map(entry -> rendering.link(path, entry))
                .toList());
        model.put("reviews", rendering.content.documents().stream()
                .filter(document -> document.header().reviewDue()
                        .filter(due -> due.isBefore(asOf.plusDays(REVIEW_HORIZON_DAYS))).isPresent())
                .map(document -> dueItem(rendering, path, document))
                .toList());
        model.put("horizon", REVIEW_HORIZON_DAYS);
        model.put("charts", charts);
        Page page = rendering.page(path, rendering.site.title(), "home");
        rendering.write(page, "home.ftlh", model);
        rendering.findable(overview(rendering, page));
    }

    private static Fact.Item dueItem(Rendering rendering, String path, Document document) {
        Fact.Item link = rendering.link(path, document);
        return Fact.Item.link(link.text() + " (due " + document.header().reviewDue().orElseThrow() + ")", link.href());
    }
}
