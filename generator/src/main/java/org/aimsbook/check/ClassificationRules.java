package org.aimsbook.check;

import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Classification;
import org.aimsbook.model.Document;
import org.aimsbook.model.Ref;
import org.aimsbook.model.References;

/**
 * A document readers may see does not point at one they may not: a public or internal
 * document that links to a confidential one would leak its title and break in editions.
 */
final class ClassificationRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        for (Document document : scope.content().documents()) {
            if (document.classification() == Classification.CONFIDENTIAL) {
                continue;
            }
            for (Ref ref : References.of((Record) document)) {
                scope.content().document(ref)
                        .filter(target -> target.classification() == Classification.CONFIDENTIAL)
                        .ifPresent(target -> scope.out().report(Rule.CLASSIFICATION_LEAK, ref.at(),
                                "this " + document.classification().name().toLowerCase(java.util.Locale.ROOT) + " "
                                        + document.type().label() + " refers to confidential `" + ref.target() + "`",
                                "remove the reference, or classify this document confidential too"));
            }
        }
    }
}
