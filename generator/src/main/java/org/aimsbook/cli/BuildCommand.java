package org.aimsbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.aimsbook.BuildOptions;
import org.aimsbook.BuildReport;
import org.aimsbook.Handbook;
import org.aimsbook.model.Classification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aimsbook build [DIR] [-o OUT] [--version V] [--edition E] [--theme DIR]}. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Checks the content and, when it passes, builds a version of the handbook site.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "content", paramLabel = "DIR",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    private Path folder;

    @Option(names = {"-o", "--out"}, defaultValue = "target/handbook", paramLabel = "OUT",
            description = "The output folder, one folder per version inside (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--version", paramLabel = "V", description = "The version to build (default: aims.yaml's version, else draft).")
    private String version;

    @Option(names = "--edition", defaultValue = "internal", paramLabel = "public|internal|confidential",
            description = "The audience; documents classified above it are left out (default: ${DEFAULT-VALUE}).")
    private Classification edition;

    @Option(names = "--theme", paramLabel = "DIR", description = "A theme folder overriding the default theme's templates and assets.")
    private Path theme;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Judge due dates as of this day, YYYY-MM-DD (default: today).")
    private LocalDate asOf;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        BuildOptions options = new BuildOptions(out, Optional.ofNullable(version), edition, Optional.ofNullable(theme),
                asOf == null ? LocalDate.now() : asOf, strict);
        BuildReport report = Handbook.load(folder).build(options);
        PrintWriter console = spec.commandLine().getOut();
        console.print(report.check().text());
        if (report.published().isEmpty()) {
            console.println("nothing built: fix the errors above first");
            console.flush();
            return Main.CONTENT_ERRORS;
        }
        var published = report.published().get();
        console.println("built version " + published.version() + " (" + edition.name().toLowerCase(java.util.Locale.ROOT)
                + " edition, " + report.pages() + " pages) in " + published.folder());
        console.println("open " + out.resolve(published.latest().isPresent() ? "latest" : published.version()).resolve("index.html"));
        console.flush();
        return 0;
    }
}
