package org.aimsbook.diagnostic;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every check aimsbook makes, with the id printed in brackets, the severity it has unless
 * {@code aims.yaml} says otherwise, and what it guards.
 */
public enum Rule {
    FILE_UNREADABLE(Severity.ERROR, "a file could not be read"),
    FILE_BINARY(Severity.ERROR, "a content file holds binary data"),
    FILE_ENCODING(Severity.ERROR, "a content file is not valid UTF-8"),
    FILE_TOO_LARGE(Severity.ERROR, "a content file is larger than aimsbook reads"),
    FILE_EMPTY(Severity.ERROR, "a content file is empty"),
    FILE_OUTSIDE(Severity.ERROR, "a link leads outside the content folder"),
    FILE_UNPLACED(Severity.WARNING, "a YAML or AsciiDoc file is in no known content folder"),
    YAML_SYNTAX(Severity.ERROR, "a YAML file or front matter cannot be parsed"),
    YAML_ALIAS(Severity.ERROR, "YAML anchors and aliases are not accepted in content"),
    YAML_DUPLICATE_KEY(Severity.ERROR, "a YAML mapping repeats a key"),
    DOC_FRONT_MATTER(Severity.ERROR, "an AsciiDoc document has no front matter and no YAML sibling"),
    DOC_BODY_TWICE(Severity.ERROR, "a document's narrative or metadata is given in two places"),
    RAW_HTML(Severity.ERROR, "narrative passes raw HTML through without aims.yaml allowing it"),
    INCLUDE_OUTSIDE(Severity.ERROR, "an include reaches outside the content folder"),
    INCLUDE_MISSING(Severity.ERROR, "an included file does not exist"),
    NARRATIVE_DEPTH(Severity.ERROR, "narrative nests lists or blocks deeper than aimsbook converts"),
    SCHEMA_UNKNOWN_KEY(Severity.ERROR, "a key the content type does not have"),
    SCHEMA_TYPE(Severity.ERROR, "a value of the wrong type"),
    SCHEMA_REQUIRED(Severity.ERROR, "a required field is missing"),
    SCHEMA_ENUM(Severity.ERROR, "a value outside a field's choices"),
    SCHEMA_DATE(Severity.ERROR, "a date that is not YYYY-MM-DD or does not exist"),
    SCHEMA_PATTERN(Severity.ERROR, "text that does not match a field's form, such as an id that is not kebab-case"),
    SCHEMA_RANGE(Severity.ERROR, "a number outside a field's bounds"),
    REF_KIND(Severity.ERROR, "a reference that is not kind:id or of a kind the field does not take"),
    REF_UNKNOWN(Severity.ERROR, "a reference to something that does not exist"),
    ID_DUPLICATE(Severity.ERROR, "two documents of a type, or two risks, share an id"),
    CONFIG_UNKNOWN_RULE(Severity.WARNING, "aims.yaml sets the severity of a rule that does not exist"),
    AIMS_MISSING(Severity.ERROR, "the content has no aims.yaml"),
    SOA_MISSING(Severity.ERROR, "the content has no soa.yaml"),
    SOA_CONTROL_MISSING(Severity.ERROR, "an Annex A control has no decision in the SoA"),
    SOA_CONTROL_UNKNOWN(Severity.ERROR, "the SoA decides a control that Annex A does not have"),
    SOA_CONTROL_DUPLICATE(Severity.ERROR, "the SoA decides a control twice"),
    SOA_EXCLUSION_UNJUSTIFIED(Severity.ERROR, "an excluded control has no justification"),
    SOA_NOT_IMPLEMENTED(Severity.ERROR, "an applicable control is implemented by nothing and has no planned date"),
    SOA_STATUS_MISMATCH(Severity.WARNING, "a decision's status contradicts its applicability"),
    OWNER_MISSING(Severity.ERROR, "a document lacks the owner or approver its type needs"),
    REVIEW_OVERDUE(Severity.WARNING, "a document's review date has passed"),
    RISK_UNTREATED(Severity.ERROR, "a high risk has no treatment"),
    TREATMENT_EXCLUDED_CONTROL(Severity.ERROR, "a treatment relies on a control the SoA excludes"),
    ASSESSMENT_EMPTY(Severity.WARNING, "a risk assessment lists no risks, or an impact assessment no impacts"),
    SYSTEM_NO_IMPACT_ASSESSMENT(Severity.ERROR, "an AI system has no impact assessment"),
    SYSTEM_NO_RISK_ASSESSMENT(Severity.WARNING, "an AI system has no risk assessment"),
    SYSTEM_NO_MONITORING(Severity.ERROR, "a live AI system lacks monitoring or event logging"),
    IMPACT_GROUPS(Severity.ERROR, "an impact assessment does not address the affected groups or diversity and inclusion"),
    IMPACT_SOCIETY(Severity.WARNING, "an impact assessment does not consider society"),
    ACTION_OVERDUE(Severity.WARNING, "a corrective action or improvement entry is past its due date"),
    FINDING_UNTRACKED(Severity.ERROR, "an audit nonconformity is not tracked in the improvement log"),
    CLASSIFICATION_LEAK(Severity.ERROR, "a public or internal document refers to a confidential one"),
    PLACEHOLDER(Severity.WARNING, "text still holds a `TODO:` placeholder, such as one `aimsbook new` wrote");

    private final Severity severity;
    private final String summary;

    Rule(Severity severity, String summary) {
        this.severity = severity;
        this.summary = summary;
    }

    /** The id printed in diagnostics and used in aims.yaml: {@code REF-UNKNOWN}. */
    public String id() {
        return name().replace('_', '-');
    }

    public Severity defaultSeverity() {
        return severity;
    }

    /** What the rule guards, in a line. */
    public String summary() {
        return summary;
    }

    public static Optional<Rule> ofId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id().equals(id)).findFirst();
    }
}
