package org.aimsbook.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;

/** An index page per document type: a sortable table with the fields that matter for the type. */
final class IndexPages {

    private IndexPages() {
    }

    /** The columns after the title, by YAML key. */
    static List<String> columns(DocumentType type) {
        return switch (type) {
            case ROLE -> List.of("reports_to", "holders");
            case POLICY -> List.of("kind", "owner", "classification", "next_review");
            case SYSTEM -> List.of("lifecycle_stage", "risk_tier", "eu_ai_act", "owner");
            case DATA -> List.of("personal_data", "owner", "retention");
            case ASSESSMENT -> List.of("kind", "system", "assessed");
            case OBJECTIVE -> List.of("status", "target", "due", "owner");
            case IMPROVEMENT -> List.of("kind", "status", "due", "owner");
            case AUDIT -> List.of("date", "scope");
            case REVIEW -> List.of("date", "chair");
            case AIMS, SOA -> List.of();
        };
    }

    static void write(Rendering rendering) throws IOException {
        for (DocumentType type : DocumentType.values()) {
            List<? extends Document> documents = rendering.content.all(type.model());
            if (type.single() || documents.isEmpty()) {
                continue;
            }
            String path = PagePaths.index(type);
            List<String> columns = columns(type);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Document document : documents) {
                Map<String, Fact> byKey = new LinkedHashMap<>();
                new Facts(rendering.links, path).of((Record) document, columns::contains).forEach(fact -> byKey.put(fact.key(), fact));
                List<Fact> cells = columns.stream()
                        .map(key -> byKey.getOrDefault(key, new Fact(key, Facts.label(key), List.of())))
                        .toList();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("document", rendering.link(path, document));
                row.put("cells", cells);
                rows.add(row);
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("headings", columns.stream().map(Facts::label).toList());
            model.put("rows", rows);
            model.put("clauses", type.clauses());
            rendering.write(rendering.page(path, Sections.plural(type), type.place()), "index.ftlh", model);
        }
    }
}
