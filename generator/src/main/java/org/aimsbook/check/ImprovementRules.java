package org.aimsbook.check;

import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Action;
import org.aimsbook.model.Improvement;

/** Open nonconformities, incidents and corrective actions are closed when they were due (10.2). */
final class ImprovementRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        for (Improvement improvement : scope.content().all(Improvement.class)) {
            if (improvement.status().finished()) {
                continue;
            }
            improvement.due()
                    .filter(due -> due.isBefore(scope.asOf()))
                    .ifPresent(due -> scope.out().report(Rule.ACTION_OVERDUE, improvement.origin().of("due"),
                            "`" + improvement.id() + "` was due on " + due + " and is still " + status(improvement),
                            "close it, or agree a new `due:` date with its owner and record why"));
            for (Action action : improvement.actions()) {
                if (action.done().isEmpty()) {
                    action.due()
                            .filter(due -> due.isBefore(scope.asOf()))
                            .ifPresent(due -> scope.out().report(Rule.ACTION_OVERDUE, action.origin().of("due"),
                                    "action \"" + action.description() + "\" was due on " + due + " and is not done",
                                    "record `done:` with the date it was completed, or set a new `due:` date"));
                }
            }
        }
    }

    private static String status(Improvement improvement) {
        return org.aimsbook.model.meta.Names.value(improvement.status());
    }
}
