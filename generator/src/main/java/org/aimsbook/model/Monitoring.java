package org.aimsbook.model;

import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.NonEmpty;
import org.aimsbook.model.meta.Refers;

@Doc("How an AI system is monitored in operation (A.6.2.6, 9.1).")
public record Monitoring(
        @Doc("What is measured: drift, error rates, complaints, fairness by group.")
        @NonEmpty
        List<String> metrics,
        @Doc("How often results are reviewed.")
        String frequency,
        @Doc("The role that reviews the results, as role:id.")
        @Refers(RefKind.ROLE)
        Optional<Ref> reviewer,
        Origin origin) {

    public Monitoring {
        metrics = List.copyOf(metrics);
    }
}
