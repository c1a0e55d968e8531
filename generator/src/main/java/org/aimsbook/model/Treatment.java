package org.aimsbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Range;
import org.aimsbook.model.meta.Refers;

@Doc("The treatment of a risk (6.1.3, 8.3).")
public record Treatment(
        @Doc("mitigate, avoid, transfer or accept.")
        TreatmentOption option,
        @Doc("Annex A controls the treatment relies on, as control:A.x.y; each must be applicable in the SoA.")
        @Refers(RefKind.CONTROL)
        List<Ref> controls,
        @Doc("What is done, beyond the controls named.")
        List<String> measures,
        @Doc("The role that owns the treatment, as role:id.")
        @Refers(RefKind.ROLE)
        Ref owner,
        @Doc("When the treatment is due, YYYY-MM-DD.")
        Optional<LocalDate> due,
        @Doc("planned, in-progress or done.")
        ProgressStatus status,
        @Doc("Likelihood after treatment, 1 to 5.")
        @Range(min = 1, max = 5)
        Optional<Integer> residualLikelihood,
        @Doc("Severity after treatment, 1 to 5.")
        @Range(min = 1, max = 5)
        Optional<Integer> residualSeverity,
        Origin origin) {

    public Treatment {
        controls = List.copyOf(controls);
        measures = List.copyOf(measures);
    }
}
