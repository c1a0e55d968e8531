package org.aimsbook.model;

import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;

@Doc("One verification or validation result (A.6.2.4).")
public record Evaluation(
        @Doc("What was measured.")
        String metric,
        @Doc("The data slice or group it was measured on, such as applicants aged 50+.")
        Optional<String> slice,
        @Doc("The result.")
        String value,
        @Doc("The acceptance threshold.")
        Optional<String> threshold,
        @Doc("When it was measured, YYYY-MM-DD.")
        Optional<LocalDate> measured,
        Origin origin) {
}
