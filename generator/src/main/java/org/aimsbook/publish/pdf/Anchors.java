package org.aimsbook.publish.pdf;

import org.aimsbook.model.Document;

/** The ids of sections and table rows that internal links of the handbook PDF lead to. */
final class Anchors {
    private Anchors() {
    }

    /** The section of a document: {@code policy:ai-policy} becomes {@code ref-policy-ai-policy}. */
    static String document(String reference) {
        return "ref-" + reference.replace(':', '-');
    }

    static String document(Document document) {
        return document(document.reference());
    }

    /** The SoA row of an Annex A control. */
    static String control(String id) {
        return "control-" + id;
    }
}
