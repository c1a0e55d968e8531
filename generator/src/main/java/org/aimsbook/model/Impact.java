package org.aimsbook.model;

import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.NonEmpty;
import org.aimsbook.model.meta.Refers;

@Doc("A potential impact of an AI system on individuals, groups or society (A.5.4, A.5.5).")
public record Impact(
        @Doc("individuals, groups or society.")
        ImpactArea area,
        @Doc("Who is affected; name every group the system card lists under affected_people.")
        @NonEmpty
        List<String> affects,
        @Doc("What the impact is: on rights, opportunities, safety, wellbeing, environment.")
        String description,
        @Doc("How serious the impact would be: low, medium, high.")
        Level severity,
        @Doc("Diversity and inclusion considerations: which groups could fare worse and why (A.5.4).")
        Optional<String> diversityAndInclusion,
        @Doc("How the impact is prevented or reduced.")
        Optional<String> mitigation,
        @Doc("Annex A controls that address the impact, as control:A.x.y.")
        @Refers(RefKind.CONTROL)
        List<Ref> controls,
        Origin origin) {

    public Impact {
        affects = List.copyOf(affects);
        controls = List.copyOf(controls);
    }
}
