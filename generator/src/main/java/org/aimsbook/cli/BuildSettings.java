package org.aimsbook.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.BuildOptions;
import org.aimsbook.model.Classification;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of a build, shared by the commands that build: {@code build}, {@code search},
 * {@code snapshot}, {@code pdf} and {@code serve}. Where the output goes is each command's own option:
 * {@code snapshot}'s {@code -o} names the archive's folder, {@code pdf}'s the PDFs'.
 */
final class BuildSettings {

    @Option(names = "--version", paramLabel = "V", description = "The version to build (default: aims.yaml's version, else draft).")
    String version;

    @Option(names = "--edition", defaultValue = "internal", paramLabel = "public|internal|confidential",
            description = "The audience; documents classified above it are left out (default: ${DEFAULT-VALUE}).")
    Classification edition;

    @Option(names = "--theme", paramLabel = "DIR", description = "A theme folder overriding the default theme's templates, assets and PDF theme.")
    Path theme;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Judge due dates as of this day, YYYY-MM-DD (default: today).")
    LocalDate asOf;

    @Option(names = {"-q", "--quiet"}, description = "Print diagnostics and errors only: no progress, no summary.")
    boolean quiet;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec command;

    // Declared here, not by mixinStandardHelpOptions: its -V/--version would take the place of
    // the handbook version's --version, and picocli then drops --help with it.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    /**
     * Where the build shows its progress: standard error, one rewritten line on a terminal,
     * a line per stage elsewhere, nothing with {@code --quiet}.
     */
    ConsoleProgress progress() {
        return new ConsoleProgress(quiet ? new PrintWriter(Writer.nullWriter()) : command.commandLine().getErr(),
                ((Main) command.root().userObject()).terminal());
    }

    /** Prints the lines that say what a build made, unless {@code --quiet}. */
    void summary(PrintWriter console, List<String> lines) {
        if (!quiet) {
            lines.forEach(console::println);
        }
    }

    /** The options of a build into the output folder {@code out}. */
    BuildOptions options(Path out) {
        return new BuildOptions(out, Optional.ofNullable(version), edition, Optional.ofNullable(theme),
                asOf == null ? LocalDate.now() : asOf, strict);
    }
}
