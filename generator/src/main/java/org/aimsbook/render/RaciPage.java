package org.aimsbook.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aimsbook.model.Document;
import org.aimsbook.model.Role;

/** The role matrix: documents × roles, each cell saying whether the role owns, approves or is named in it. */
final class RaciPage {

    private RaciPage() {
    }

    static void write(Rendering rendering) throws IOException {
        String path = PagePaths.RACI;
        List<Role> roles = rendering.content.all(Role.class);
        // Each role's involvement once, not once per cell: the matrix is documents × roles.
        List<Map<String, Set<String>>> involvement = roles.stream()
                .map(role -> rendering.relations.involvement(role.id()))
                .toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Document document : rendering.relations.involvedDocuments()) {
            List<String> cells = new ArrayList<>();
            for (Map<String, Set<String>> byDocument : involvement) {
                Set<String> capacities = byDocument.getOrDefault(document.reference(), Set.of());
                cells.add(String.join(" ", capacities.stream().map(RaciPage::letter).toList()));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("document", rendering.link(path, document));
            row.put("type", document.type().label());
            row.put("cells", cells);
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("roles", roles.stream().map(role -> rendering.link(path, role)).toList());
        model.put("rows", rows);
        Page page = rendering.page(path, "Roles and responsibilities", "raci");
        rendering.write(page, "raci.ftlh", model);
        rendering.findable(HomePage.overview(rendering, page));
    }

    /** O owns (accountable), A approves, N is named in the document (responsible or consulted). */
    private static String letter(String capacity) {
        return switch (capacity) {
            case "owner" -> "O";
            case "approver" -> "A";
            default -> "N";
        };
    }
}
