package org.aimsbook.diagnostic;

import java.util.Comparator;
import java.util.Optional;
import org.aimsbook.model.Position;

/**
 * One problem found in the content: where, how serious, which rule, what is wrong and what to do.
 *
 * @param at where the problem is
 * @param severity error or warning
 * @param rule the rule that found it
 * @param message what is wrong, naming the offending value
 * @param hint what to do about it, such as "did you mean …"
 */
public record Diagnostic(Position at, Severity severity, Rule rule, String message, Optional<String> hint)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::at)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic withSeverity(Severity other) {
        return new Diagnostic(at, other, rule, message, hint);
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
