package org.aimsbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Flatten;
import org.aimsbook.model.meta.Refers;

/** An entry of the improvement log; the header's owner is accountable for closing it. */
@Doc("An improvement log entry (10.1, 10.2): nonconformity, incident, corrective action or opportunity.")
public record Improvement(
        @Flatten Header header,
        @Doc("nonconformity, incident, corrective-action or opportunity.")
        ImprovementKind kind,
        @Doc("Where it came from: internal-audit, external-audit, management-review, monitoring, incident, concern-report, complaint, self-assessment.")
        ImprovementSource source,
        @Doc("The audit or review that raised it, as audit:id or review:id.")
        @Refers({RefKind.AUDIT, RefKind.REVIEW})
        Optional<Ref> raisedIn,
        @Doc("When it was raised, YYYY-MM-DD.")
        LocalDate raised,
        @Doc("The AI system concerned, as system:id.")
        @Refers(RefKind.SYSTEM)
        Optional<Ref> system,
        @Doc("What happened or what could be better.")
        String description,
        @Doc("The root cause found (10.2 b).")
        Optional<String> rootCause,
        @Doc("Corrections and corrective actions.")
        List<Action> actions,
        @Doc("When the entry must be closed, YYYY-MM-DD.")
        Optional<LocalDate> due,
        @Doc("open, in-progress, awaiting-verification or closed.")
        ImprovementStatus status,
        @Doc("Review of whether the actions worked (10.2 d).")
        Optional<EffectivenessReview> effectiveness,
        @Doc("When it was closed, YYYY-MM-DD.")
        Optional<LocalDate> closed,
        Origin origin) implements Document {

    public Improvement {
        actions = List.copyOf(actions);
    }
}
