package org.aimsbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Names;
import org.aimsbook.publish.Published;

/**
 * The outcome of a build: the check, and what was published when the check passed.
 *
 * @param check the diagnostics; a build with errors publishes nothing
 * @param published the published version, absent when the check failed
 * @param pages how many pages the version has
 * @param reused whether the version was not built again but taken as an earlier build left it,
 *               built from the same inputs and unchanged since
 * @param converted how many narratives Asciidoctor converted
 * @param cached how many narratives came unchanged from the conversion cache
 */
public record BuildReport(CheckReport check, Optional<Published> published, int pages, boolean reused, int converted, int cached) {

    /** A build stopped by its check. */
    static BuildReport failed(CheckReport check) {
        return new BuildReport(check, Optional.empty(), 0, false, 0, 0);
    }

    /** What became of the build, as the faces print it below the diagnostics: where to open it, or why nothing was built. */
    public List<String> outcome(BuildOptions options) {
        if (published.isEmpty()) {
            return List.of("nothing built: fix the errors above first");
        }
        Published version = published.get();
        List<String> lines = new ArrayList<>();
        lines.add((reused ? "reused version " : "built version ") + version.version() + " (" + Names.value(options.edition())
                + " edition, " + pages + " pages) in " + version.folder()
                + (reused ? ", built earlier from the same content and unchanged since" : ""));
        if (cached > 0) {
            lines.add("converted " + converted + " narrative" + (converted == 1 ? "" : "s") + "; " + cached
                    + " unchanged, taken from the conversion cache");
        }
        lines.add("open " + options.out().resolve(version.latest().isPresent() ? "latest" : version.version()).resolve("index.html"));
        return List.copyOf(lines);
    }
}
