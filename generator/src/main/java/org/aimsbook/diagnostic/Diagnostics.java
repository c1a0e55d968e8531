package org.aimsbook.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aimsbook.model.Position;

/** The problems a stage found, sorted by file, line and column; never thrown, always returned. */
public record Diagnostics(List<Diagnostic> all) {

    public Diagnostics {
        all = all.stream().sorted().distinct().toList();
    }

    public Diagnostics plus(Diagnostics more) {
        List<Diagnostic> joined = new ArrayList<>(all);
        joined.addAll(more.all);
        return new Diagnostics(joined);
    }

    public long errors() {
        return all.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return all.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    public boolean hasErrors() {
        return errors() > 0;
    }

    /** Collects diagnostics while a stage runs; each takes its rule's default severity. */
    public static final class Builder {
        private final List<Diagnostic> found = new ArrayList<>();

        public void report(Rule rule, Position at, String message) {
            found.add(new Diagnostic(at, rule.defaultSeverity(), rule, message, Optional.empty()));
        }

        public void report(Rule rule, Position at, String message, String hint) {
            found.add(new Diagnostic(at, rule.defaultSeverity(), rule, message, Optional.ofNullable(hint)));
        }

        public Diagnostics build() {
            return new Diagnostics(found);
        }
    }
}
