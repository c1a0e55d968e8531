package org.aimsbook.check;

import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Document;

/** Documented information is reviewed when it said it would be (7.5.2). */
final class ReviewRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        for (Document document : scope.content().documents()) {
            document.header().reviewDue()
                    .filter(due -> due.isBefore(scope.asOf()))
                    .ifPresent(due -> scope.out().report(Rule.REVIEW_OVERDUE,
                            document.origin().of(document.header().nextReview().isPresent() ? "next_review" : "last_review"),
                            "review was due on " + due,
                            "review the " + document.type().label() + ", then set `last_review:` and `next_review:`"));
        }
    }
}
