package org.aimsbook.render;

import org.aimsbook.model.Classification;
import org.aimsbook.model.DocumentType;

/** How types and editions are named in navigation and headings. */
public final class Sections {
    private Sections() {
    }

    public static String plural(DocumentType type) {
        return switch (type) {
            case POLICY -> "Policies and procedures";
            case SYSTEM -> "AI systems";
            case DATA -> "Data assets";
            case ASSESSMENT -> "Risk and impact assessments";
            case OBJECTIVE -> "AI objectives";
            case IMPROVEMENT -> "Improvement log";
            case AUDIT -> "Internal audits";
            case REVIEW -> "Management reviews";
            case ROLE -> "Roles";
            case AIMS -> "AI management system";
            case SOA -> "Statement of Applicability";
        };
    }

    static String edition(Classification edition) {
        return Facts.words(edition);
    }
}
