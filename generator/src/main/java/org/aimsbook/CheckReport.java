package org.aimsbook;

import java.nio.file.Path;
import org.aimsbook.diagnostic.DiagnosticFormat;
import org.aimsbook.diagnostic.Diagnostics;

/**
 * The outcome of checking a content folder.
 *
 * @param folder the content folder as it was named, which prefixes the paths shown
 * @param diagnostics every problem found, sorted
 * @param documents how many documents were read
 */
public record CheckReport(Path folder, Diagnostics diagnostics, int documents) {

    /** Whether the content may be published: no errors (after {@code --strict}, no warnings either). */
    public boolean passed() {
        return !diagnostics.hasErrors();
    }

    /** Diagnostics and summary as a writer reads them in a terminal. */
    public String text() {
        return DiagnosticFormat.text(diagnostics, folder, documents);
    }

    /** Diagnostics as a JSON array. */
    public String json() {
        return DiagnosticFormat.json(diagnostics, folder);
    }

    public String summary() {
        return DiagnosticFormat.summary(diagnostics, documents);
    }
}
