package org.aimsbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Flatten;

@Doc("A measurable AI objective and the plan to reach it (6.2).")
public record Objective(
        @Flatten Header header,
        @Doc("How achievement is measured.")
        String measure,
        @Doc("Where the measure stood when the objective was set.")
        Optional<String> baseline,
        @Doc("The value to reach.")
        String target,
        @Doc("When it must be reached, YYYY-MM-DD.")
        LocalDate due,
        @Doc("planned, on-track, at-risk, achieved or missed.")
        ObjectiveStatus status,
        @Doc("The latest measured value or progress note.")
        Optional<String> progress,
        @Doc("The actions planned to reach it.")
        List<Action> actions,
        @Doc("Documents and controls the objective relates to, as type:id.")
        List<Ref> related,
        Origin origin) implements Document {

    public Objective {
        actions = List.copyOf(actions);
        related = List.copyOf(related);
    }
}
