package org.aimsbook.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document a content folder holds, where each lives, and the ISO/IEC 42001
 * clauses and controls it documents.
 */
public enum DocumentType {
    AIMS(Aims.class, "aims.yaml", "AI management system", "4.1–4.4"),
    SOA(StatementOfApplicability.class, "soa.yaml", "Statement of Applicability", "6.1.3"),
    ROLE(Role.class, "roles", "role", "5.3, A.3.2"),
    POLICY(Policy.class, "policies", "policy", "5.2, A.2"),
    SYSTEM(AiSystem.class, "systems", "AI system", "A.4, A.6, A.9"),
    DATA(DataAsset.class, "data", "data asset", "A.7"),
    ASSESSMENT(Assessment.class, "assessments", "assessment", "6.1.2–6.1.4, 8.2–8.4, A.5"),
    OBJECTIVE(Objective.class, "objectives", "AI objective", "6.2"),
    IMPROVEMENT(Improvement.class, "improvements", "improvement log entry", "10.1–10.2"),
    AUDIT(InternalAudit.class, "audits", "internal audit", "9.2"),
    REVIEW(ManagementReview.class, "reviews", "management review", "9.3");

    private final Class<? extends Document> model;
    private final String place;
    private final String label;
    private final String clauses;

    DocumentType(Class<? extends Document> model, String place, String label, String clauses) {
        this.model = model;
        this.place = place;
        this.label = label;
        this.clauses = clauses;
    }

    public Class<? extends Document> model() {
        return model;
    }

    /** The file (for the single documents) or folder (for the others) inside the content folder. */
    public String place() {
        return place;
    }

    /** Whether the content has exactly one document of this type, in a file of its own name. */
    public boolean single() {
        return place.endsWith(".yaml");
    }

    /** How the type is named in messages: "AI system". */
    public String label() {
        return label;
    }

    /** The clauses and Annex A controls the type documents, for schemas and pages. */
    public String clauses() {
        return clauses;
    }

    /** The reference kind that names documents of this type. */
    public RefKind refKind() {
        return Arrays.stream(RefKind.values())
                .filter(kind -> kind.document().orElse(null) == this)
                .findFirst()
                .orElseThrow();
    }

    /** The schema file name, such as {@code policy.schema.json}. */
    public String schemaFile() {
        return refKind().prefix() + ".schema.json";
    }

    public static Optional<DocumentType> ofPlace(String place) {
        return Arrays.stream(values()).filter(type -> type.place.equals(place)).findFirst();
    }
}
