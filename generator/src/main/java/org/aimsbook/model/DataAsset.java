package org.aimsbook.model;

import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Flatten;
import org.aimsbook.model.meta.NonEmpty;

@Doc("A data asset used to develop, evaluate or run AI systems (A.7, A.4.3).")
public record DataAsset(
        @Flatten Header header,
        @Doc("Where the data comes from and how it is acquired (A.7.3).")
        String source,
        @Doc("Provenance: origin, chain of custody, licence (A.7.5).")
        String provenance,
        @Doc("What the data is used for: training, evaluation, inference, monitoring.")
        @NonEmpty
        List<String> uses,
        @Doc("Whether it contains personal data.")
        boolean personalData,
        @Doc("Special categories of personal data or other sensitive content.")
        List<String> sensitiveCategories,
        @Doc("Quality checks applied (A.7.4).")
        @NonEmpty
        List<String> qualityChecks,
        @Doc("Preparation steps: cleaning, labelling, anonymisation (A.7.6).")
        List<String> preparation,
        @Doc("How representative the data is of the people it concerns, and known gaps or biases.")
        Optional<String> representativeness,
        @Doc("How long the data is kept and how it is disposed of.")
        String retention,
        Origin origin) implements Document {

    public DataAsset {
        uses = List.copyOf(uses);
        sensitiveCategories = List.copyOf(sensitiveCategories);
        qualityChecks = List.copyOf(qualityChecks);
        preparation = List.copyOf(preparation);
    }
}
