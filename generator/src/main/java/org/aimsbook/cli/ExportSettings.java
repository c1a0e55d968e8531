package org.aimsbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.ExportOptions;
import org.aimsbook.ExportReport;
import org.aimsbook.Handbook;
import org.aimsbook.model.Classification;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every {@code export} command takes, and how it reports: the content, where to, the version and the edition. */
final class ExportSettings {

    @Parameters(index = "0", arity = "0..1", defaultValue = "content", paramLabel = "DIR",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    private Path folder;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT",
            description = "Where to write: a folder for oscal and jbake; a file, or an existing folder to hold soa.csv, for soa-csv.")
    Path out;

    @Option(names = "--version", paramLabel = "V", description = "The version exported (default: aims.yaml's version, else draft).")
    private String version;

    @Option(names = "--edition", defaultValue = "internal", paramLabel = "public|internal|confidential",
            description = "The audience; documents classified above it are left out (default: ${DEFAULT-VALUE}).")
    private Classification edition;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print diagnostics and errors only: not what was exported where.")
    private boolean quiet;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Judge due dates as of this day, YYYY-MM-DD (default: today).")
    private LocalDate asOf;

    // Not mixinStandardHelpOptions: its -V/--version would clash with the handbook's --version.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    /**
     * Checks and exports, reporting to the console.
     *
     * @param to the path to write to, resolved from {@code -o}
     * @return the exit code: 0, or 1 when the content has errors
     */
    int export(ExportOptions.Format format, Path to, String pages) throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        ExportOptions options = new ExportOptions(format, to, Optional.ofNullable(version), edition, pages,
                asOf == null ? LocalDate.now() : asOf, strict);
        ExportReport report = Handbook.load(folder).export(options);
        console.print(report.check().text());
        if (!quiet) {
            console.println(report.outcome(options));
        }
        console.flush();
        return report.version().isEmpty() ? Main.CONTENT_ERRORS : 0;
    }
}
