package org.aimsbook.check;

import java.util.EnumSet;
import java.util.Set;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;

/**
 * Documents that direct or record work have an accountable owner (5.3, A.3.2), and governing
 * documents an approver too (7.5.2).
 */
final class OwnershipRules implements ContentRule {
    private static final Set<DocumentType> OWNED = EnumSet.of(DocumentType.AIMS, DocumentType.SOA, DocumentType.POLICY,
            DocumentType.SYSTEM, DocumentType.DATA, DocumentType.OBJECTIVE, DocumentType.IMPROVEMENT);
    private static final Set<DocumentType> APPROVED = EnumSet.of(DocumentType.SOA, DocumentType.POLICY);

    @Override
    public void check(Scope scope) {
        for (Document document : scope.content().documents()) {
            DocumentType type = document.type();
            if (OWNED.contains(type) && document.header().owner().isEmpty()) {
                scope.out().report(Rule.OWNER_MISSING, document.origin().of("id"), "this " + type.label() + " has no owner",
                        "add `owner: role:…` naming the role accountable for it");
            }
            if (APPROVED.contains(type) && document.header().approver().isEmpty()) {
                scope.out().report(Rule.OWNER_MISSING, document.origin().of("id"), "this " + type.label() + " has no approver",
                        "add `approver: role:…` naming the role that approves it");
            }
        }
    }
}
