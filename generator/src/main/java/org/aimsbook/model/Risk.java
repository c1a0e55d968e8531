package org.aimsbook.model;

import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Pattern;
import org.aimsbook.model.meta.Range;

@Doc("An AI risk, scored likelihood × severity on 1–5 scales.")
public record Risk(
        @Doc("Kebab-case id, unique across all assessments; referred to as risk:id.")
        @Pattern(regex = "^[a-z0-9]+(-[a-z0-9]+)*$", description = "kebab-case, such as biased-ranking")
        String id,
        @Doc("Short name of the risk.")
        String title,
        @Doc("What could happen, to whom, and why.")
        String description,
        @Doc("Likelihood, 1 (rare) to 5 (almost certain).")
        @Range(min = 1, max = 5)
        int likelihood,
        @Doc("Severity, 1 (negligible) to 5 (critical).")
        @Range(min = 1, max = 5)
        int severity,
        @Doc("How the risk is treated (6.1.3, 8.3).")
        Optional<Treatment> treatment,
        Origin origin) {

    public int score() {
        return likelihood * severity;
    }
}
