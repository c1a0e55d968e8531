package org.aimsbook.model;

import java.util.Locale;
import java.util.Optional;

/** What a {@code kind:id} reference can point at: a document, a risk, an Annex A control or a clause. */
public enum RefKind {
    AIMS("aims", DocumentType.AIMS),
    SOA("soa", DocumentType.SOA),
    ROLE("role", DocumentType.ROLE),
    POLICY("policy", DocumentType.POLICY),
    SYSTEM("system", DocumentType.SYSTEM),
    DATA("data", DocumentType.DATA),
    ASSESSMENT("assessment", DocumentType.ASSESSMENT),
    OBJECTIVE("objective", DocumentType.OBJECTIVE),
    IMPROVEMENT("improvement", DocumentType.IMPROVEMENT),
    AUDIT("audit", DocumentType.AUDIT),
    REVIEW("review", DocumentType.REVIEW),
    /** A risk inside a risk assessment; risk ids are unique across assessments. */
    RISK("risk", null),
    /** An Annex A control such as {@code control:A.5.2}. */
    CONTROL("control", null),
    /** A clause or sub-clause of ISO/IEC 42001 such as {@code clause:6.1.4}. */
    CLAUSE("clause", null);

    private final String prefix;
    private final DocumentType document;

    RefKind(String prefix, DocumentType document) {
        this.prefix = prefix;
        this.document = document;
    }

    /** The word before the colon in a reference and the name of the AsciiDoc macro. */
    public String prefix() {
        return prefix;
    }

    /** An id as narrative may write it: {@code control:a.5.2[]} names control A.5.2. */
    public String id(String written) {
        return this == CONTROL ? written.toUpperCase(Locale.ROOT) : written;
    }

    /** The document type this kind names, if it names documents. */
    public Optional<DocumentType> document() {
        return Optional.ofNullable(document);
    }

    public static Optional<RefKind> ofPrefix(String prefix) {
        for (RefKind kind : values()) {
            if (kind.prefix.equals(prefix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
