package org.aimsbook.check;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aimsbook.catalogue.Control;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.diagnostic.Suggestions;
import org.aimsbook.model.ImplementationStatus;
import org.aimsbook.model.SoaDecision;
import org.aimsbook.model.StatementOfApplicability;

/**
 * The Statement of Applicability (6.1.3 d) decides every Annex A control once, justifies each
 * exclusion, and names for each applicable control what implements it or when it will be.
 */
final class SoaRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        scope.content().soa().ifPresent(soa -> check(scope, soa));
    }

    private static void check(Scope scope, StatementOfApplicability soa) {
        Map<String, SoaDecision> decided = new LinkedHashMap<>();
        var catalogue = scope.content().catalogue();
        for (SoaDecision decision : soa.decisions()) {
            if (catalogue.control(decision.control()).isEmpty()) {
                String hint = Suggestions.closest(decision.control(), catalogue.controls().stream().map(Control::id).toList())
                        .map(id -> "did you mean `" + id + "`?")
                        .orElse("Annex A controls run from A.2.2 to A.10.4");
                scope.out().report(Rule.SOA_CONTROL_UNKNOWN, decision.origin().of("control"),
                        "Annex A has no control `" + decision.control() + "`", hint);
                continue;
            }
            SoaDecision earlier = decided.putIfAbsent(decision.control(), decision);
            if (earlier != null) {
                scope.out().report(Rule.SOA_CONTROL_DUPLICATE, decision.origin().of("control"),
                        "control " + decision.control() + " is already decided at line " + earlier.origin().at().line(),
                        "keep one decision per control");
                continue;
            }
            decision(scope, decision);
        }
        for (Control control : catalogue.controls()) {
            if (!decided.containsKey(control.id())) {
                scope.out().report(Rule.SOA_CONTROL_MISSING, soa.origin().of("decisions"),
                        "control " + control.id() + " " + control.title() + " has no decision",
                        "add `- control: " + control.id() + "` with applicable, justification and status");
            }
        }
    }

    private static void decision(Scope scope, SoaDecision decision) {
        String control = "control " + decision.control();
        if (!decision.applicable()) {
            if (decision.justification().filter(text -> !text.isBlank()).isEmpty()) {
                scope.out().report(Rule.SOA_EXCLUSION_UNJUSTIFIED, decision.origin().of("applicable"),
                        control + " is excluded without a justification",
                        "say in `justification:` why the control is not needed (6.1.3 d)");
            }
            if (decision.status() != ImplementationStatus.NOT_APPLICABLE) {
                scope.out().report(Rule.SOA_STATUS_MISMATCH, decision.origin().of("status"),
                        control + " is excluded but its status is " + value(decision.status()),
                        "set `status: not-applicable`");
            }
            return;
        }
        if (decision.status() == ImplementationStatus.NOT_APPLICABLE) {
            scope.out().report(Rule.SOA_STATUS_MISMATCH, decision.origin().of("status"),
                    control + " is applicable but its status is not-applicable",
                    "set `applicable: false` with a justification, or give its real status");
        }
        boolean implemented = !decision.implementedBy().isEmpty();
        boolean planned = decision.status() != ImplementationStatus.IMPLEMENTED && decision.target().isPresent();
        if (!implemented && !planned) {
            scope.out().report(Rule.SOA_NOT_IMPLEMENTED, decision.origin().of("control"),
                    control + " is applicable but nothing implements it and no date is planned",
                    "list the documents that implement it under `implemented_by:`, or plan it with `status: planned` and a `target:` date");
        }
    }

    private static String value(ImplementationStatus status) {
        return org.aimsbook.model.meta.Names.value(status);
    }
}
