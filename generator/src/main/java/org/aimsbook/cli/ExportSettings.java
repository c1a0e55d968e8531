package org.aimsbook.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.ExportOptions;
import org.aimsbook.model.Classification;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every {@code export} command takes: the content, the version, the edition and the check's settings. */
final class ExportSettings {

    @Parameters(index = "0", arity = "0..1", defaultValue = "content", paramLabel = "DIR",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--version", paramLabel = "V", description = "The version exported (default: aims.yaml's version, else draft).")
    String version;

    @Option(names = "--edition", defaultValue = "internal", paramLabel = "public|internal|confidential",
            description = "The audience; documents classified above it are left out (default: ${DEFAULT-VALUE}).")
    Classification edition;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Judge due dates as of this day, YYYY-MM-DD (default: today).")
    LocalDate asOf;

    ExportOptions options(ExportOptions.Format format, Path out, String pages) {
        return new ExportOptions(format, out, Optional.ofNullable(version), edition, pages,
                asOf == null ? LocalDate.now() : asOf, strict);
    }
}
