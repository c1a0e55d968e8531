package org.aimsbook.model;

import java.time.LocalDate;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Refers;

@Doc("Review of the effectiveness of corrective actions (10.2 d).")
public record EffectivenessReview(
        @Doc("When it was reviewed, YYYY-MM-DD.")
        LocalDate reviewed,
        @Doc("Who reviewed it, as role:id.")
        @Refers(RefKind.ROLE)
        Ref reviewer,
        @Doc("Whether the actions removed the cause.")
        boolean effective,
        @Doc("What the review found.")
        String notes,
        Origin origin) {
}
