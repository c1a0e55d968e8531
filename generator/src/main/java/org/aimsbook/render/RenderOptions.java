package org.aimsbook.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.changes.ChangeSet;
import org.aimsbook.model.Classification;

/**
 * How to render one version of the handbook.
 *
 * @param contentRoot the content folder, for includes
 * @param version the version being built, shown on every page
 * @param edition the audience; the content passed in must already be limited to it
 * @param asOf the day dashboards judge due dates against (never the clock: output must repeat)
 * @param theme a user theme folder overriding the default one
 * @param previousVersion the published version the changes page compares with, if any
 * @param changes what changed since that version, within the edition
 */
public record RenderOptions(Path contentRoot, String version, Classification edition, LocalDate asOf, Optional<Path> theme,
        Optional<String> previousVersion, ChangeSet changes) {
}
