package org.aimsbook.check;

import java.util.Set;
import java.util.stream.Collectors;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Assessment;
import org.aimsbook.model.AssessmentKind;
import org.aimsbook.model.Ref;
import org.aimsbook.model.Risk;
import org.aimsbook.model.SoaDecision;

/**
 * Risks above the organization's threshold are treated (6.1.3), and treatments rely only on
 * controls the Statement of Applicability includes.
 */
final class RiskRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        // Without aims.yaml there is no threshold; AIMS-MISSING already says so.
        int highAbove = scope.content().aims().map(aims -> aims.riskCriteria().highRiskAbove()).orElse(Integer.MAX_VALUE);
        Set<String> excluded = scope.content().soa().stream()
                .flatMap(soa -> soa.decisions().stream())
                .filter(decision -> !decision.applicable())
                .map(SoaDecision::control)
                .collect(Collectors.toSet());
        for (Assessment assessment : scope.content().all(Assessment.class)) {
            empty(scope, assessment);
            for (Risk risk : assessment.risks()) {
                if (risk.score() > highAbove && risk.treatment().isEmpty()) {
                    scope.out().report(Rule.RISK_UNTREATED, risk.origin().of("id"),
                            "risk `" + risk.id() + "` scores " + risk.score() + " (likelihood " + risk.likelihood()
                                    + " × severity " + risk.severity() + "), above " + highAbove + ", and has no treatment",
                            "add a `treatment:` with option, controls, owner and due date");
                }
                risk.treatment().ifPresent(treatment -> {
                    for (Ref control : treatment.controls()) {
                        if (excluded.contains(control.id())) {
                            scope.out().report(Rule.TREATMENT_EXCLUDED_CONTROL, control.at(),
                                    "treatment of `" + risk.id() + "` relies on " + control.id() + ", which the SoA excludes",
                                    "include " + control.id() + " in soa.yaml, or treat the risk with other controls");
                        }
                    }
                });
            }
        }
    }

    private static void empty(Scope scope, Assessment assessment) {
        if (assessment.kind() == AssessmentKind.RISK && assessment.risks().isEmpty()) {
            scope.out().report(Rule.ASSESSMENT_EMPTY, assessment.origin().of("kind"), "risk assessment lists no risks",
                    "list the risks found under `risks:`, or record why none were");
        }
        if (assessment.kind() == AssessmentKind.IMPACT && assessment.impacts().isEmpty()) {
            scope.out().report(Rule.ASSESSMENT_EMPTY, assessment.origin().of("kind"), "impact assessment lists no impacts",
                    "list the impacts on individuals, groups and society under `impacts:`");
        }
    }
}
