package org.aimsbook.check;

import java.util.List;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.load.Loaded;

/**
 * The check stage: runs every rule over the loaded content, in one pass, and applies the
 * severities {@code aims.yaml} sets. Problems the loader met come out with the rest, so a
 * writer sees everything at once.
 */
public final class ContentChecker {
    private static final List<ContentRule> RULES = List.of(
            new IdentityRules(),
            new ReferenceRules(),
            new SoaRules(),
            new OwnershipRules(),
            new ReviewRules(),
            new RiskRules(),
            new SystemRules(),
            new ImpactRules(),
            new ImprovementRules(),
            new AuditRules(),
            new ClassificationRules(),
            new NarrativeRules(),
            new PlaceholderRules());

    private ContentChecker() {
    }

    /** All diagnostics of the load and check stages, sorted, with configured severities. */
    public static Diagnostics check(Loaded loaded, CheckOptions options) {
        Diagnostics.Builder out = new Diagnostics.Builder();
        Scope scope = new Scope(loaded.content(), options.asOf(), out);
        RULES.forEach(rule -> rule.check(scope));
        Severities severities = Severities.of(loaded.content().aims().orElse(null), options.strict(), out);
        return severities.apply(loaded.diagnostics().plus(out.build()));
    }
}
