package org.aimsbook.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aimsbook.model.Assessment;
import org.aimsbook.model.Risk;

/**
 * The risk register: every risk, grouped by its cell of the heat map (highest score first),
 * so that each cell of the dashboard's heat map can link to the risks it counts.
 */
final class RiskRegisterPage {
    static final String PATH = "risks.html";

    private RiskRegisterPage() {
    }

    /** The link target of a heat-map cell, relative to the dashboard. */
    static String cell(int likelihood, int severity) {
        return PATH + "#cell-" + likelihood + "-" + severity;
    }

    static void write(Rendering rendering) throws IOException {
        record Entry(Assessment assessment, Risk risk) { }
        List<Entry> entries = new ArrayList<>();
        rendering.content.all(Assessment.class).forEach(a -> a.risks().forEach(r -> entries.add(new Entry(a, r))));
        entries.sort(Comparator.comparingInt((Entry e) -> -e.risk().score())
                .thenComparingInt(e -> -e.risk().likelihood())
                .thenComparing(e -> e.risk().id()));
        Map<String, Map<String, Object>> cells = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Risk risk = entry.risk();
            Map<String, Object> cell = cells.computeIfAbsent(risk.likelihood() + "-" + risk.severity(), key -> {
                Map<String, Object> fresh = new LinkedHashMap<>();
                fresh.put("id", "cell-" + key);
                fresh.put("heading", "Likelihood " + risk.likelihood() + " × severity " + risk.severity() + " = " + risk.score());
                fresh.put("risks", new ArrayList<Map<String, Object>>());
                return fresh;
            });
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("risk", Fact.Item.link(risk.title(), PagePaths.of(entry.assessment()) + "#risk-" + risk.id()));
            row.put("assessment", rendering.link(PATH, entry.assessment()));
            row.put("treatment", risk.treatment()
                    .map(t -> Facts.words(t.option()) + ", " + Facts.words(t.status()))
                    .orElse("untreated"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) cell.get("risks");
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("cells", List.copyOf(cells.values()));
        model.put("count", entries.size());
        Page page = rendering.page(PATH, "Risk register", "risks");
        rendering.write(page, "risks.ftlh", model);
        rendering.findable(HomePage.overview(rendering, page));
    }
}
