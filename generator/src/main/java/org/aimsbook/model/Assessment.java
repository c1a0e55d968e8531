package org.aimsbook.model;

import java.time.LocalDate;
import java.util.List;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Flatten;
import org.aimsbook.model.meta.NonEmpty;
import org.aimsbook.model.meta.Refers;

@Doc("An AI risk assessment (6.1.2, 8.2, 8.3) or AI system impact assessment (6.1.4, 8.4, A.5).")
public record Assessment(
        @Flatten Header header,
        @Doc("risk or impact.")
        AssessmentKind kind,
        @Doc("The AI system assessed, as system:id.")
        @Refers(RefKind.SYSTEM)
        Ref system,
        @Doc("When the assessment was carried out, YYYY-MM-DD.")
        LocalDate assessed,
        @Doc("Roles that carried it out, as role:id.")
        @Refers(RefKind.ROLE)
        @NonEmpty
        List<Ref> assessors,
        @Doc("Risks identified, each with likelihood, severity and treatment (risk assessments).")
        List<Risk> risks,
        @Doc("Impacts on individuals, groups and society (impact assessments).")
        List<Impact> impacts,
        Origin origin) implements Document {

    public Assessment {
        assessors = List.copyOf(assessors);
        risks = List.copyOf(risks);
        impacts = List.copyOf(impacts);
    }
}
