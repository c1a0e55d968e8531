package org.aimsbook.render;

import java.util.HashMap;
import java.util.Map;
import org.aimsbook.model.RefMacroSyntax;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;

/**
 * Renders a typed inline macro ({@code role:aims-manager[]}) as a placeholder link. Which page
 * it leads to, what it is called and whether the reader may see it depend on the page and the
 * edition, so {@link Fragments} resolves placeholders after conversion; conversion itself
 * stays independent of where the result is shown.
 *
 * <p>One processor matches every kind: Asciidoctor runs each inline macro's expression over
 * every paragraph, list item and cell, so one macro per kind was fourteen passes over all text.
 */
final class RefMacro extends InlineMacroProcessor {
    static final String SCHEME = "aimsbook-ref:";

    RefMacro() {
        // AsciidoctorJ adds to the configuration, so it must be mutable.
        super("ref", new HashMap<>(Map.of(REGEXP, RefMacroSyntax.ASCIIDOCTOR)));
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":link");
        options.put("target", SCHEME + target);
        // The writer's own link text, `role:dpo[the DPO]`, arrives as the first positional attribute.
        Object text = attributes.get("1");
        return createPhraseNode(parent, "anchor", text == null ? "" : text.toString(), attributes, options);
    }
}
