package org.aimsbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.model.Classification;

/**
 * How to build the handbook.
 *
 * @param out the output folder holding one folder per version
 * @param version the version to build; when empty, {@code aims.yaml}'s version, else "draft"
 * @param edition the audience: documents classified above it are left out everywhere
 * @param theme a theme folder overriding the default theme; when empty, the one aims.yaml names, if any
 * @param asOf the day due dates are judged against (pages must not depend on the clock)
 * @param strict whether warnings stop the build too
 */
public record BuildOptions(Path out, Optional<String> version, Classification edition, Optional<Path> theme,
        LocalDate asOf, boolean strict) {
}
