package org.aimsbook.render;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aimsbook.changes.ChangeSet;
import org.aimsbook.changes.DocumentChange;
import org.aimsbook.changes.DocumentSummary;
import org.aimsbook.changes.Hunk;
import org.aimsbook.changes.SoaStatus;

/**
 * "Changes since the previous version": documents added, removed and changed (field by field,
 * and the narrative as a text diff), and SoA decisions whose applicability or status changed.
 */
final class ChangesPage {
    static final String PATH = "changes.html";

    private ChangesPage() {
    }

    static void write(Rendering rendering) throws IOException {
        ChangeSet changes = rendering.options.changes();
        Optional<String> previous = rendering.options.previousVersion();
        String title = previous.map(p -> "Changes since version " + p).orElse("Changes");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("first", !changes.hasPrevious());
        model.put("empty", changes.isEmpty());
        model.put("added", changes.added().stream().map(d -> summary(rendering, d)).toList());
        model.put("removed", changes.removed().stream().map(d -> Fact.Item.plain(d.title() + " (" + d.reference() + ")")).toList());
        model.put("changed", changes.changed().stream().map(d -> changed(rendering, d)).toList());
        model.put("soa", changes.soaStatusChanges().stream().map(c -> Map.of(
                "control", Fact.Item.link(c.control(), PagePaths.control(c.control())),
                "before", c.before().map(ChangesPage::status).orElse("no decision"),
                "after", c.after().map(ChangesPage::status).orElse("no decision"))).toList());
        rendering.write(rendering.page(PATH, title, "changes"), "changes.ftlh", model);
    }

    private static Fact.Item summary(Rendering rendering, DocumentSummary document) {
        return rendering.content.document(document.reference())
                .map(found -> rendering.link(PATH, found))
                .orElseGet(() -> Fact.Item.plain(document.title()));
    }

    private static Map<String, Object> changed(Rendering rendering, DocumentChange change) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("document", rendering.content.document(change.reference())
                .map(found -> rendering.link(PATH, found)).orElseGet(() -> Fact.Item.plain(change.title())));
        model.put("type", change.type());
        model.put("fields", change.fields());
        model.put("hunks", change.body().stream().map(ChangesPage::hunk).toList());
        return model;
    }

    private static Map<String, Object> hunk(Hunk hunk) {
        return Map.of(
                "heading", "lines " + hunk.beforeLine() + " → " + hunk.afterLine(),
                "lines", hunk.lines().stream()
                        .map(line -> Map.of("kind", line.kind().name().toLowerCase(Locale.ROOT), "text", line.text()))
                        .toList());
    }

    private static String status(SoaStatus status) {
        return (status.applicable() ? "applicable, " : "excluded, ") + status.status().replace('-', ' ');
    }
}
