package org.aimsbook;

import java.util.Optional;
import org.aimsbook.model.meta.Names;
import org.aimsbook.publish.oscal.OscalExport;

/**
 * The outcome of an export.
 *
 * @param check the diagnostics; an export with errors writes nothing
 * @param version the version exported, absent when the check failed
 */
public record ExportReport(CheckReport check, Optional<String> version) {

    /** What the faces print below the diagnostics: what was written where, or why nothing was. */
    public String outcome(ExportOptions options) {
        if (version.isEmpty()) {
            return "nothing exported: fix the errors above first";
        }
        String written = switch (options.format()) {
            case OSCAL -> options.out().resolve(OscalExport.CATALOG) + " and " + options.out().resolve(OscalExport.SSP);
            case SOA_CSV, JBAKE -> options.out().toString();
        };
        return "exported version " + version.get() + " (" + Names.value(options.edition()) + " edition) to " + written;
    }
}
