package org.aimsbook.model;

import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;

@Doc("A supplier of a model, data, tool or service (A.10.3).")
public record Supplier(
        @Doc("Supplier name.")
        String name,
        @Doc("What it supplies.")
        String provides,
        @Doc("The agreement that allocates responsibilities (A.10.2).")
        Optional<String> agreement,
        @Doc("When the supplier was last assessed, YYYY-MM-DD.")
        Optional<LocalDate> assessed,
        Origin origin) {
}
