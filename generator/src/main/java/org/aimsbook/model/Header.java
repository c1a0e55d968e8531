package org.aimsbook.model;

import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.model.meta.Default;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Pattern;
import org.aimsbook.model.meta.Range;
import org.aimsbook.model.meta.Refers;

/**
 * The control of documented information (ISO/IEC 42001 7.5) that every document carries at the
 * top of its file: identification, classification, ownership, approval, review and narrative.
 */
public record Header(
        @Doc("Stable identifier, kebab-case, unique within the document type; others refer to it as type:id.")
        // The id names the document's page file: Windows cannot create a file named after a device.
        @Pattern(regex = "^(?!(con|prn|aux|nul|com[0-9]|lpt[0-9])$)[a-z0-9]+(-[a-z0-9]+)*$",
                description = "kebab-case, such as ai-policy, and no device name Windows reserves (con, nul, com1, …)")
        String id,
        @Doc("Title as readers see it.")
        String title,
        @Doc("Who may read it: public, internal or confidential. Editions leave out what their audience may not see.")
        @Default("internal")
        Classification classification,
        @Doc("The document's own version, such as 2.1.")
        Optional<String> version,
        @Doc("The role accountable for the document, as role:id.")
        @Refers(RefKind.ROLE)
        Optional<Ref> owner,
        @Doc("The role that approves the document, as role:id.")
        @Refers(RefKind.ROLE)
        Optional<Ref> approver,
        @Doc("Date of approval, YYYY-MM-DD.")
        Optional<LocalDate> approved,
        @Doc("Date from which the document applies, YYYY-MM-DD.")
        Optional<LocalDate> effective,
        @Doc("Date of the last review, YYYY-MM-DD.")
        Optional<LocalDate> lastReview,
        @Doc("Date by which the next review is due, YYYY-MM-DD.")
        Optional<LocalDate> nextReview,
        @Doc("Months between reviews; with last_review it sets when the next review is due.")
        @Range(min = 1, max = 60)
        Optional<Integer> reviewIntervalMonths,
        @Doc("AsciiDoc narrative. May instead come from a sibling .adoc file or from the body of an .adoc file with front matter.")
        Optional<Narrative> body) {

    /** When the next review is due: written, or derived from the last review and the interval. */
    public Optional<LocalDate> reviewDue() {
        if (nextReview.isPresent()) {
            return nextReview;
        }
        return lastReview.flatMap(last -> reviewIntervalMonths.map(last::plusMonths));
    }
}
