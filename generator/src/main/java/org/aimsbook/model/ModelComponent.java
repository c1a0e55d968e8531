package org.aimsbook.model;

import java.util.Optional;
import org.aimsbook.model.meta.Doc;

@Doc("A model used by an AI system (A.4.4).")
public record ModelComponent(
        @Doc("Model name.")
        String name,
        @Doc("Who provides it: the organization itself or a supplier.")
        String provider,
        @Doc("Version in use.")
        String version,
        @Doc("The base model it was fine-tuned or derived from.")
        Optional<String> baseModel,
        Origin origin) {
}
