package org.aimsbook.model;

import java.util.List;
import org.aimsbook.model.meta.Doc;

@Doc("One input considered by a management review (9.3.2).")
public record ReviewInput(
        @Doc("previous-actions, context-changes, interested-party-needs, nonconformities, monitoring-results, audit-results, objectives, risks-and-opportunities, improvement-opportunities or resources.")
        ReviewTopic topic,
        @Doc("What was presented and concluded.")
        String summary,
        @Doc("Documents discussed, as type:id.")
        List<Ref> sources,
        Origin origin) {

    public ReviewInput {
        sources = List.copyOf(sources);
    }
}
