package org.aimsbook.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aimsbook.model.meta.Default;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Flatten;
import org.aimsbook.model.meta.NonEmpty;

/**
 * {@code aims.yaml}: the organization and the context, scope and interested parties of its AI
 * management system (ISO/IEC 42001 4.1–4.4), with the handbook's title and version and the
 * settings of the checks. Its header's title is the handbook's title.
 */
@Doc("The AI management system: organization, context (4.1), interested parties (4.2), scope (4.3), risk criteria and rule settings.")
public record Aims(
        @Flatten Header header,
        @Doc("The organization that runs the AI management system.")
        Organization organization,
        @Doc("Scope of the AI management system (4.3).")
        Scope scope,
        @Doc("External and internal issues relevant to the AIMS (4.1).")
        Context context,
        @Doc("Interested parties and their requirements (4.2).")
        @NonEmpty
        List<InterestedParty> interestedParties,
        @Doc("Criteria for AI risk assessment (6.1.2).")
        RiskCriteria riskCriteria,
        @Doc("Severity of check rules by rule id: error, warning or off.")
        Map<String, RuleSetting> rules,
        @Doc("A theme folder, relative to the content folder, overriding the default theme's templates and assets; --theme wins.")
        Optional<String> theme,
        @Doc("Whether narrative may pass raw HTML through (passthrough blocks, pass:[]); it is sanitised even then.")
        @Default("false")
        boolean allowRawHtml,
        Origin origin) implements Document {

    public Aims {
        interestedParties = List.copyOf(interestedParties);
        rules = Map.copyOf(rules);
    }
}
