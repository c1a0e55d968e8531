package org.aimsbook.publish.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.aimsbook.model.Content;
import org.aimsbook.model.Position;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefKind;
import org.aimsbook.render.Links;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;

/**
 * Turns a typed inline macro ({@code role:aims-manager[]}) in narrative into a cross-reference
 * within the handbook PDF. Unlike the site, one PDF holds every target, so the link is known
 * at conversion: a document leads to its section, a risk to its assessment, a control to its
 * SoA row. What the edition leaves out, and clauses, read as plain text.
 */
final class PdfRefMacro extends InlineMacroProcessor {
    private final Content content;
    private final Links links;

    /** @param content the content visible in the edition being written */
    PdfRefMacro(RefKind kind, Content content) {
        super(kind.prefix());
        this.content = content;
        this.links = new Links(content);
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Ref ref = new Ref(RefKind.ofPrefix(getName()).orElseThrow(), target, Position.startOf(""));
        // The writer's own link text, `role:dpo[the DPO]`, arrives as the first positional attribute.
        Object written = attributes.get("1");
        String text = written == null || written.toString().isEmpty() ? links.label(ref) : written.toString();
        Optional<String> anchor = anchor(ref);
        if (anchor.isEmpty()) {
            return createPhraseNode(parent, "quoted", text, Map.of(), Map.of("type", ":unquoted"));
        }
        Map<String, Object> xref = new HashMap<>();
        xref.put("refid", anchor.get());
        return createPhraseNode(parent, "anchor", text, xref, Map.of("type", ":xref", "target", "#" + anchor.get()));
    }

    private Optional<String> anchor(Ref ref) {
        return switch (ref.kind()) {
            // A control leads to its SoA row, which the appendix has only when the edition shows the SoA.
            case CONTROL -> content.soa()
                    .filter(soa -> soa.decisions().stream().anyMatch(decision -> decision.control().equals(ref.id())))
                    .map(soa -> Anchors.control(ref.id()));
            case CLAUSE -> Optional.empty();
            case RISK -> content.assessmentOf(ref.id()).map(Anchors::document);
            default -> content.document(ref).map(Anchors::document);
        };
    }
}
