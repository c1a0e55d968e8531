package org.aimsbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.model.Classification;

/**
 * How to export the Statement of Applicability for auditors' and GRC tools, or the site for JBake.
 *
 * @param format what to write
 * @param out for {@link Format#OSCAL} the folder to write {@code catalog.json} and {@code ssp.json}
 *            into; for {@link Format#SOA_CSV} the file; for {@link Format#JBAKE} the project's folder
 * @param version the handbook version; when empty, {@code aims.yaml}'s version, else "draft"
 * @param edition the audience: documents classified above it are left out
 * @param pages what goes before a page's path in OSCAL evidence links (see
 *              {@link org.aimsbook.publish.oscal.OscalOptions#pages()})
 * @param asOf the day the check judges due dates against
 * @param strict whether warnings stop the export too
 */
public record ExportOptions(Format format, Path out, Optional<String> version, Classification edition, String pages,
        LocalDate asOf, boolean strict) {

    /** The export formats. */
    public enum Format {
        /** An OSCAL 1.1 catalog of the Annex A controls and a System Security Plan. */
        OSCAL,
        /** The Statement of Applicability as RFC 4180 CSV. */
        SOA_CSV,
        /** The whole site as a JBake 2.7 project, whose pages are the site's own. */
        JBAKE
    }
}
