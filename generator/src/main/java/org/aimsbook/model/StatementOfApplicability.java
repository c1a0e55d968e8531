package org.aimsbook.model;

import java.util.List;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Flatten;
import org.aimsbook.model.meta.NonEmpty;

@Doc("The Statement of Applicability (6.1.3 d): one decision per Annex A control.")
public record StatementOfApplicability(
        @Flatten Header header,
        @Doc("One decision for each Annex A control.")
        @NonEmpty
        List<SoaDecision> decisions,
        Origin origin) implements Document {

    public StatementOfApplicability {
        decisions = List.copyOf(decisions);
    }
}
