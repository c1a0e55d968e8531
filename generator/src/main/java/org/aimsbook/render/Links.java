package org.aimsbook.render;

import java.util.Optional;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.Ref;

/**
 * What references are called and where they lead, within the content one edition may see. A
 * reference to something the edition leaves out has no target and is shown as plain text.
 */
public final class Links {
    private final Content content;

    /** @param content the content visible in the edition being built */
    public Links(Content content) {
        this.content = content;
    }

    /** A resolved link: the page (within the version folder, maybe with an anchor) and its label. */
    record Target(String page, String label) {
    }

    Optional<Target> target(Ref ref) {
        return PagePaths.of(ref, content).map(page -> new Target(page, label(ref)));
    }

    /**
     * A reference on a page: a link relative to {@code page}, or text where the edition leaves
     * the target out. A left-out document shows its id only: its title may say too much.
     */
    Fact.Item item(Ref ref, String page) {
        return target(ref).map(target -> Fact.Item.link(target.label(), PagePaths.relative(page, target.page())))
                .orElseGet(() -> Fact.Item.plain(ref.kind().document().isPresent() ? ref.id() : label(ref)));
    }

    /** How a reference reads: a document's title, "A.5.2 AI system impact assessment process". */
    public String label(Ref ref) {
        return switch (ref.kind()) {
            case CONTROL -> content.catalogue().control(ref.id()).map(c -> c.id() + " " + c.title()).orElse(ref.id());
            case CLAUSE -> content.catalogue().clause(ref.id()).map(c -> "clause " + c.number() + " " + c.title()).orElse(ref.id());
            case RISK -> content.risk(ref.id()).map(risk -> risk.title()).orElse(ref.id());
            default -> content.document(ref).map(Document::title).orElse(ref.id());
        };
    }
}
