package org.aimsbook.model;

import java.time.LocalDate;
import java.util.List;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Flatten;
import org.aimsbook.model.meta.NonEmpty;
import org.aimsbook.model.meta.Refers;

@Doc("A management review (9.3): its inputs and decisions.")
public record ManagementReview(
        @Flatten Header header,
        @Doc("When the review took place, YYYY-MM-DD.")
        LocalDate date,
        @Doc("The role that chaired it, as role:id.")
        @Refers(RefKind.ROLE)
        Ref chair,
        @Doc("Roles that attended, as role:id.")
        @Refers(RefKind.ROLE)
        List<Ref> attendees,
        @Doc("What the review considered (9.3.2).")
        @NonEmpty
        List<ReviewInput> inputs,
        @Doc("Decisions and actions (9.3.3).")
        List<Action> decisions,
        Origin origin) implements Document {

    public ManagementReview {
        attendees = List.copyOf(attendees);
        inputs = List.copyOf(inputs);
        decisions = List.copyOf(decisions);
    }
}
