package org.aimsbook.check;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Assessment;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Position;
import org.aimsbook.model.Risk;

/** Every document and risk has its own id, and the two single documents exist. */
final class IdentityRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        Content content = scope.content();
        Map<String, Document> first = new LinkedHashMap<>();
        for (Document document : content.documents()) {
            Document earlier = first.putIfAbsent(document.reference(), document);
            if (earlier != null) {
                scope.out().report(Rule.ID_DUPLICATE, document.origin().of("id"),
                        document.type().label() + " id `" + document.id() + "` is already used by " + earlier.origin().at().file(),
                        "ids must be unique within a document type; rename one of them and the references to it");
            }
        }
        Map<String, Position> risks = new LinkedHashMap<>();
        for (Assessment assessment : content.all(Assessment.class)) {
            for (Risk risk : assessment.risks()) {
                Position earlier = risks.putIfAbsent(risk.id(), risk.origin().of("id"));
                if (earlier != null) {
                    scope.out().report(Rule.ID_DUPLICATE, risk.origin().of("id"),
                            "risk id `" + risk.id() + "` is already used at " + earlier,
                            "risk ids are unique across all assessments so that risk:id names one risk");
                }
            }
        }
        if (content.aims().isEmpty() && !content.unreadable(DocumentType.AIMS)) {
            scope.out().report(Rule.AIMS_MISSING, Position.startOf(DocumentType.AIMS.place()),
                    "the content has no aims.yaml", "create it with the organization, scope, context and interested parties (4.1–4.4)");
        }
        if (content.soa().isEmpty() && !content.unreadable(DocumentType.SOA)) {
            scope.out().report(Rule.SOA_MISSING, Position.startOf(DocumentType.SOA.place()),
                    "the content has no soa.yaml", "create it with one decision per Annex A control (6.1.3)");
        }
    }
}
