package org.aimsbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Flatten;
import org.aimsbook.model.meta.NonEmpty;
import org.aimsbook.model.meta.Refers;

@Doc("An internal audit and its findings (9.2).")
public record InternalAudit(
        @Flatten Header header,
        @Doc("When the audit took place, YYYY-MM-DD.")
        LocalDate date,
        @Doc("Roles that audited, as role:id; auditors must not audit their own work.")
        @Refers(RefKind.ROLE)
        @NonEmpty
        List<Ref> auditors,
        @Doc("What the audit covered.")
        String scope,
        @Doc("Audit criteria: standards, policies, requirements.")
        @NonEmpty
        List<String> criteria,
        @Doc("What the audit found.")
        List<Finding> findings,
        @Doc("The audit's overall conclusion.")
        Optional<String> conclusion,
        Origin origin) implements Document {

    public InternalAudit {
        auditors = List.copyOf(auditors);
        criteria = List.copyOf(criteria);
        findings = List.copyOf(findings);
    }
}
