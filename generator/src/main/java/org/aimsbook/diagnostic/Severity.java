package org.aimsbook.diagnostic;

import java.util.Locale;

/** How serious a diagnostic is: errors fail the build, warnings are reported. */
public enum Severity {
    ERROR,
    WARNING;

    /** As printed: {@code error}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
