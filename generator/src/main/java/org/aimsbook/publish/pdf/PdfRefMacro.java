package org.aimsbook.publish.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.aimsbook.model.Position;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefMacroSyntax;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;

/**
 * Turns a typed inline macro ({@code role:aims-manager[]}) in narrative into a cross-reference
 * within the handbook PDF, to where {@link Targets} says it leads; without a target it reads
 * as plain text. One processor matches every kind, in one pass over the text.
 */
final class PdfRefMacro extends InlineMacroProcessor {
    private final Targets targets;

    PdfRefMacro(Targets targets) {
        // AsciidoctorJ adds to the configuration, so it must be mutable.
        super("ref", new HashMap<>(Map.of(REGEXP, RefMacroSyntax.ASCIIDOCTOR)));
        this.targets = targets;
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Ref ref = Ref.ofTarget(target, Position.startOf("")).orElseThrow();
        // The writer's own link text, `role:dpo[the DPO]`, arrives as the first positional attribute.
        Object written = attributes.get("1");
        String text = written == null || written.toString().isEmpty() ? targets.label(ref) : written.toString();
        Optional<String> anchor = targets.anchor(ref);
        if (anchor.isEmpty()) {
            return createPhraseNode(parent, "quoted", text, Map.of(), Map.of("type", ":unquoted"));
        }
        Map<String, Object> xref = new HashMap<>();
        xref.put("refid", anchor.get());
        return createPhraseNode(parent, "anchor", text, xref, Map.of("type", ":xref", "target", "#" + anchor.get()));
    }
}
