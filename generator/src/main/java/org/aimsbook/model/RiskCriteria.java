package org.aimsbook.model;

import java.util.Optional;
import org.aimsbook.model.meta.Default;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Range;

/** Risk scores are likelihood × severity, each on a 1–5 scale. */
@Doc("Criteria for AI risk assessment (6.1.2): risks score likelihood × severity, each 1 to 5.")
public record RiskCriteria(
        @Doc("Risks scoring above this (likelihood × severity) are high and must be treated.")
        @Range(min = 1, max = 25)
        @Default("12")
        int highRiskAbove,
        @Doc("Risks scoring at or below this may be accepted without treatment.")
        @Range(min = 1, max = 25)
        @Default("6")
        int acceptableUpTo,
        @Doc("How the criteria were set and who may accept residual risk.")
        Optional<String> acceptance,
        Origin origin) {
}
