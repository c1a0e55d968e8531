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

    /**
     * A group among a document's facts, such as a risk: the site's anchor for it
     * ({@code risk-biased-ranking}) within the document's, since one PDF holds every document.
     * A dot joins them: no id has one, so no document's anchor can collide ("--" would not
     * do either way: AsciiDoc turns it into a dash in cross-references).
     */
    static String group(Document document, String anchor) {
        return document(document) + "." + anchor;
    }

    /** A risk within its assessment, named as the site and {@link org.aimsbook.render.Facts} name it. */
    static String risk(Document assessment, String id) {
        return group(assessment, "risk-" + id);
    }

    /** The SoA row of an Annex A control. */
    static String control(String id) {
        return "control-" + id;
    }
}
