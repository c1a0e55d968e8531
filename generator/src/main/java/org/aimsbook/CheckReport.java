package org.aimsbook;

import java.nio.file.Path;
import java.util.List;
import org.aimsbook.diagnostic.Diagnostic;
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

    /** One diagnostic as {@link #text()} shows it: its {@code path:line:col} line, then its hint, if any. */
    public List<String> lines(Diagnostic diagnostic) {
        return DiagnosticFormat.lines(diagnostic, folder);
    }

    /** Diagnostics as a JSON array. */
    public String json() {
        return DiagnosticFormat.json(diagnostics, folder);
    }

    /** "2 errors, 3 warnings in 41 documents". */
    public String summary() {
        return DiagnosticFormat.summary(diagnostics, documents);
    }
}
