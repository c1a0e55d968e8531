package org.aimsbook.check;

import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Finding;
import org.aimsbook.model.InternalAudit;

/** Every nonconformity an internal audit finds is tracked in the improvement log (9.2, 10.2). */
final class AuditRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        for (InternalAudit audit : scope.content().all(InternalAudit.class)) {
            for (Finding finding : audit.findings()) {
                if (finding.kind().nonconformity() && finding.improvement().isEmpty()) {
                    scope.out().report(Rule.FINDING_UNTRACKED, finding.origin().of("id"),
                            "nonconformity " + finding.id() + " is not tracked in the improvement log",
                            "add an improvement entry and link it with `improvement: improvement:…`");
                }
            }
        }
    }
}
