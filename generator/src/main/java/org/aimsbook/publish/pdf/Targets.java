package org.aimsbook.publish.pdf;

import java.util.Optional;
import org.aimsbook.model.Content;
import org.aimsbook.model.Ref;
import org.aimsbook.render.Fact;
import org.aimsbook.render.Links;

/**
 * Where a reference leads inside the handbook PDF. Unlike the site, one PDF holds every
 * target, so the link is known at conversion: a document leads to its section, a risk to its
 * place in its assessment, a control to its SoA row. What the edition leaves out, and
 * clauses, have no target.
 */
final class Targets {
    private final Content content;
    private final Links links;

    /** @param content the content visible in the edition being written */
    Targets(Content content) {
        this.content = content;
        this.links = new Links(content);
    }

    Optional<String> anchor(Ref ref) {
        return switch (ref.kind()) {
            // A control leads to its SoA row, which the appendix has only when the edition shows the SoA.
            case CONTROL -> content.soa()
                    .filter(soa -> soa.decisions().stream().anyMatch(decision -> decision.control().equals(ref.id())))
                    .map(soa -> Anchors.control(ref.id()));
            case CLAUSE -> Optional.empty();
            case RISK -> content.assessmentOf(ref.id()).map(assessment -> Anchors.risk(assessment, ref.id()));
            default -> content.document(ref).map(Anchors::document);
        };
    }

    /** How a reference reads: a document's title, "A.5.2 AI system impact assessment process". */
    String label(Ref ref) {
        return links.label(ref);
    }

    /**
     * A reference among a document's facts: a link to its anchor, else text. A left-out
     * document shows its id only, as on the site: its title may say too much.
     */
    Fact.Item item(Ref ref) {
        return anchor(ref).map(anchor -> Fact.Item.link(label(ref), "#" + anchor))
                .orElseGet(() -> Fact.Item.plain(ref.kind().document().isPresent() ? ref.id() : label(ref)));
    }
}
