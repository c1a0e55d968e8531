package org.aimsbook.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aimsbook.diagnostic.Diagnostic;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.diagnostic.Severity;
import org.aimsbook.diagnostic.Suggestions;
import org.aimsbook.model.Aims;
import org.aimsbook.model.RuleSetting;

/** The severities {@code aims.yaml} sets per rule, and {@code --strict}, applied to what was found. */
final class Severities {
    private final Map<Rule, RuleSetting> settings = new EnumMap<>(Rule.class);
    private final boolean strict;

    private Severities(boolean strict) {
        this.strict = strict;
    }

    /** Reads the settings, reporting rule ids that do not exist. */
    static Severities of(Aims aims, boolean strict, Diagnostics.Builder out) {
        Severities severities = new Severities(strict);
        if (aims == null) {
            return severities;
        }
        List<String> ids = java.util.Arrays.stream(Rule.values()).map(Rule::id).toList();
        aims.rules().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Rule.ofId(entry.getKey()).ifPresentOrElse(
                    rule -> severities.settings.put(rule, entry.getValue()),
                    () -> out.report(Rule.CONFIG_UNKNOWN_RULE, aims.origin().of("rules"), "no rule is called `" + entry.getKey() + "`",
                            Suggestions.closest(entry.getKey(), ids).map(id -> "did you mean `" + id + "`?")
                                    .orElse("`aimsbook check --help` lists the rules")));
        });
        return severities;
    }

    Diagnostics apply(Diagnostics found) {
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic diagnostic : found.all()) {
            RuleSetting setting = settings.get(diagnostic.rule());
            if (setting == RuleSetting.OFF) {
                continue;
            }
            Severity severity = setting == null ? diagnostic.severity() : Severity.valueOf(setting.name());
            kept.add(diagnostic.withSeverity(strict ? Severity.ERROR : severity));
        }
        return new Diagnostics(kept);
    }
}
