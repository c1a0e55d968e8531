package org.aimsbook.check;

import java.util.Set;
import java.util.stream.Collectors;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.AiSystem;
import org.aimsbook.model.Assessment;
import org.aimsbook.model.AssessmentKind;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.meta.Names;

/**
 * Every AI system is risk-assessed (6.1.2, 8.2) and impact-assessed (6.1.4, 8.4, A.5), and a
 * live system is monitored (A.6.2.6) and records events (A.6.2.8).
 */
final class SystemRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        Set<String> impactAssessed = assessed(scope, AssessmentKind.IMPACT);
        Set<String> riskAssessed = assessed(scope, AssessmentKind.RISK);
        // An assessment that failed to load may be the one a system seems to lack; its own error says so.
        boolean unreadable = scope.content().unreadable(DocumentType.ASSESSMENT);
        for (AiSystem system : scope.content().all(AiSystem.class)) {
            if (!unreadable && !impactAssessed.contains(system.id())) {
                scope.out().report(Rule.SYSTEM_NO_IMPACT_ASSESSMENT, system.origin().of("id"),
                        "AI system `" + system.id() + "` has no impact assessment",
                        "add an assessment with `kind: impact` and `system: " + system.reference() + "` (6.1.4, A.5.2)");
            }
            if (!unreadable && !riskAssessed.contains(system.id())) {
                scope.out().report(Rule.SYSTEM_NO_RISK_ASSESSMENT, system.origin().of("id"),
                        "AI system `" + system.id() + "` has no risk assessment",
                        "add an assessment with `kind: risk` and `system: " + system.reference() + "` (6.1.2)");
            }
            if (system.lifecycleStage().live()) {
                String stage = Names.value(system.lifecycleStage());
                if (system.monitoring().isEmpty()) {
                    scope.out().report(Rule.SYSTEM_NO_MONITORING, system.origin().of("lifecycle_stage"),
                            "AI system in " + stage + " has no monitoring arrangements",
                            "add `monitoring:` with metrics, frequency and reviewer (A.6.2.6)");
                }
                if (system.eventLogging().isEmpty()) {
                    scope.out().report(Rule.SYSTEM_NO_MONITORING, system.origin().of("lifecycle_stage"),
                            "AI system in " + stage + " records no event logs",
                            "add `event_logging:` with the events recorded and their retention (A.6.2.8)");
                }
            }
        }
    }

    private static Set<String> assessed(Scope scope, AssessmentKind kind) {
        return scope.content().all(Assessment.class).stream()
                .filter(assessment -> assessment.kind() == kind)
                .map(assessment -> assessment.system().id())
                .collect(Collectors.toSet());
    }
}
