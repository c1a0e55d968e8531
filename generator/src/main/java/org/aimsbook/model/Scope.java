package org.aimsbook.model;

import java.util.List;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.NonEmpty;

@Doc("Scope of the AI management system (4.3).")
public record Scope(
        @Doc("The scope statement as it would appear on a certificate.")
        String statement,
        @Doc("What the AIMS covers: units, sites, products, AI systems.")
        @NonEmpty
        List<String> includes,
        @Doc("What it leaves out, each with its reason.")
        List<String> excludes,
        @Doc("Interfaces and dependencies with activities outside the scope.")
        List<String> interfaces,
        Origin origin) {

    public Scope {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        interfaces = List.copyOf(interfaces);
    }
}
