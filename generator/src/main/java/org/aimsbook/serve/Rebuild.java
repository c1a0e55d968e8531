package org.aimsbook.serve;

import java.util.Optional;
import org.aimsbook.BuildReport;

/**
 * One build of a preview, as the terminal reports it.
 *
 * @param report the build's diagnostics and what it published; absent when it failed before
 *               the content could be checked
 * @param failure what stopped the build short of a report, such as an unwritable output folder
 * @param millis how long loading, checking and building took
 */
public record Rebuild(Optional<BuildReport> report, Optional<Exception> failure, long millis) {

    /** Whether the build published a version, which the tabs now show. */
    public boolean published() {
        return report.isPresent() && report.get().published().isPresent();
    }
}
