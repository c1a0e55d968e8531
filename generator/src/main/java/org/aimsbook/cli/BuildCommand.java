package org.aimsbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aimsbook.BuildOptions;
import org.aimsbook.BuildReport;
import org.aimsbook.Handbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aimsbook build [DIR] [-o OUT] [--version V] [--edition E] [--theme DIR]}. */
@Command(
        name = "build",
        description = "Checks the content and, when it passes, builds a version of the handbook site.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "content", paramLabel = "DIR",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    private Path folder;

    @CommandLine.Mixin
    private BuildSettings settings;

    @CommandLine.Mixin
    private SiteOutput site;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        boolean built = build(Handbook.load(folder), settings, site.out, console);
        console.flush();
        return built ? 0 : Main.CONTENT_ERRORS;
    }

    /**
     * Builds into {@code out}, showing progress and reporting to the console as {@code build}
     * does; false when the content has errors.
     */
    static boolean build(Handbook handbook, BuildSettings settings, Path out, PrintWriter console) throws IOException {
        BuildOptions options = settings.options(out);
        BuildReport report;
        try (ConsoleProgress progress = settings.progress()) {
            report = handbook.reporting(progress).build(options);
        }
        console.print(report.check().text());
        settings.summary(console, report.outcome(options));
        return report.published().isPresent();
    }
}
