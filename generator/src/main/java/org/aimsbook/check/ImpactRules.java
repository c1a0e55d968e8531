package org.aimsbook.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.AiSystem;
import org.aimsbook.model.Assessment;
import org.aimsbook.model.AssessmentKind;
import org.aimsbook.model.Impact;
import org.aimsbook.model.ImpactArea;

/**
 * An impact assessment addresses every group its system card says is affected, considers
 * diversity and inclusion for groups (A.5.4), and considers society (A.5.5).
 */
final class ImpactRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        for (Assessment assessment : scope.content().all(Assessment.class)) {
            if (assessment.kind() != AssessmentKind.IMPACT || assessment.impacts().isEmpty()) {
                continue;
            }
            scope.content().document(assessment.system())
                    .map(AiSystem.class::cast)
                    .ifPresent(system -> affectedGroups(scope, assessment, system));
            List<Impact> impacts = assessment.impacts();
            boolean diversity = impacts.stream().anyMatch(impact -> impact.area() == ImpactArea.GROUPS
                    && impact.diversityAndInclusion().filter(text -> !text.isBlank()).isPresent());
            if (!diversity) {
                scope.out().report(Rule.IMPACT_GROUPS, assessment.origin().of("impacts"),
                        "no impact on groups considers diversity and inclusion",
                        "add an impact with `area: groups` and `diversity_and_inclusion:` saying which groups could fare worse and why (A.5.4)");
            }
            if (impacts.stream().noneMatch(impact -> impact.area() == ImpactArea.SOCIETY)) {
                scope.out().report(Rule.IMPACT_SOCIETY, assessment.origin().of("impacts"),
                        "no impact on society is considered",
                        "add an impact with `area: society` (A.5.5), even if only to record that it is negligible");
            }
        }
    }

    private static void affectedGroups(Scope scope, Assessment assessment, AiSystem system) {
        Set<String> addressed = assessment.impacts().stream()
                .flatMap(impact -> impact.affects().stream())
                .map(ImpactRules::normalized)
                .collect(Collectors.toSet());
        List<String> missing = system.affectedPeople().stream()
                .filter(group -> !addressed.contains(normalized(group)))
                .toList();
        if (!missing.isEmpty()) {
            scope.out().report(Rule.IMPACT_GROUPS, assessment.origin().of("impacts"),
                    "impacts do not address " + missing.stream().map(g -> "`" + g + "`").collect(Collectors.joining(", "))
                            + ", affected by " + system.reference() + " (" + system.origin().at().file() + ")",
                    "name each affected group in the `affects:` list of an impact");
        }
    }

    private static String normalized(String group) {
        return group.strip().toLowerCase(Locale.ROOT);
    }
}
