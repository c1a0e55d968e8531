package org.aimsbook.model;

import java.util.List;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.NonEmpty;

@Doc("External and internal issues relevant to the AIMS (4.1).")
public record Context(
        @Doc("External issues: law, market, society, technology, climate.")
        @NonEmpty
        List<String> external,
        @Doc("Internal issues: strategy, culture, capabilities, existing systems.")
        @NonEmpty
        List<String> internal,
        Origin origin) {

    public Context {
        external = List.copyOf(external);
        internal = List.copyOf(internal);
    }
}
