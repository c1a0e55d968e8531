package org.aimsbook.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The site's output folder, as {@code build} and {@code search} name it. */
final class SiteOutput {
    static final String DEFAULT = "target/handbook";

    @Option(names = {"-o", "--out"}, defaultValue = DEFAULT, paramLabel = "OUT",
            description = "The output folder, one folder per version inside (default: ${DEFAULT-VALUE}).")
    Path out;
}
