package org.aimsbook.check;

import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Aims;
import org.aimsbook.model.Document;
import org.aimsbook.model.Position;

/**
 * Narrative does not pass raw HTML through unless {@code aims.yaml} allows it: Asciidoctor
 * lets passthrough reach the page in every safe mode, and handbook readers trust its pages.
 */
final class NarrativeRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        if (scope.content().aims().map(Aims::allowRawHtml).orElse(false)) {
            return;
        }
        for (Document document : scope.content().documents()) {
            for (Position at : document.body().map(body -> body.rawHtml()).orElse(java.util.List.of())) {
                scope.out().report(Rule.RAW_HTML, at, "raw HTML passthrough is not accepted in content",
                        "write it in AsciiDoc, or set `allow_raw_html: true` in aims.yaml (it is sanitised even then)");
            }
        }
    }
}
