package org.aimsbook.render;

import java.util.Optional;
import java.util.Set;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;

/**
 * Which document pages a render writes: every one, or only those a change reached, as a preview
 * decides. The site-wide pages (dashboard, indexes, registers, the SoA and its control pages)
 * are written either way: they summarise every document.
 *
 * @param references the references of the documents whose pages are written; empty for all
 */
public record Selection(Optional<Set<String>> references) {

    public Selection {
        references = references.map(Set::copyOf);
    }

    /** Every page. */
    public static Selection all() {
        return new Selection(Optional.empty());
    }

    /** The site-wide pages and the pages of these documents, by reference ({@code policy:ai-policy}). */
    public static Selection only(Set<String> references) {
        return new Selection(Optional.of(references));
    }

    /** Whether the document's page, and so its narrative, is made. */
    boolean covers(Document document) {
        return references.isEmpty() || document.type() == DocumentType.SOA || references.get().contains(document.reference());
    }
}
