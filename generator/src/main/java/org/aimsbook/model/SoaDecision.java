package org.aimsbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Pattern;
import org.aimsbook.model.meta.Refers;

@Doc("The decision on one Annex A control.")
public record SoaDecision(
        @Doc("The Annex A control id, such as A.5.2.")
        @Pattern(regex = "^A\\.[0-9]+(\\.[0-9]+)+$", description = "an Annex A control id such as A.5.2")
        String control,
        @Doc("Whether the control is necessary for this AIMS.")
        boolean applicable,
        @Doc("Why the control is included or, when not applicable, why it is excluded.")
        Optional<String> justification,
        @Doc("Why it is included: risk-treatment, legal, contractual, good-practice.")
        List<ApplicabilityReason> reasons,
        @Doc("planned, partial, implemented or not-applicable.")
        ImplementationStatus status,
        @Doc("The documents that implement the control, as type:id.")
        @Refers({RefKind.POLICY, RefKind.SYSTEM, RefKind.DATA, RefKind.ASSESSMENT, RefKind.ROLE,
                RefKind.OBJECTIVE, RefKind.IMPROVEMENT, RefKind.AUDIT, RefKind.REVIEW, RefKind.AIMS})
        List<Ref> implementedBy,
        @Doc("Evidence an auditor can inspect: records, tickets, links.")
        List<String> evidence,
        @Doc("The role responsible for the control, as role:id.")
        @Refers(RefKind.ROLE)
        Optional<Ref> responsible,
        @Doc("When a control that is not yet implemented will be, YYYY-MM-DD.")
        Optional<LocalDate> target,
        @Doc("When this decision was last reviewed, YYYY-MM-DD.")
        Optional<LocalDate> lastReview,
        Origin origin) {

    public SoaDecision {
        reasons = List.copyOf(reasons);
        implementedBy = List.copyOf(implementedBy);
        evidence = List.copyOf(evidence);
    }
}
