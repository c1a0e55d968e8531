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
        boolean built = build(Handbook.load(folder), settings.options(site.out), console);
        console.flush();
        return built ? 0 : Main.CONTENT_ERRORS;
    }

    /** Builds, reporting to the console as {@code build} does; false when the content has errors. */
    static boolean build(Handbook handbook, BuildOptions options, PrintWriter console) throws IOException {
        return report(handbook.build(options), options, console);
    }

    /** Prints a build's diagnostics and what it published; false when the content has errors. */
    static boolean report(BuildReport report, BuildOptions options, PrintWriter console) {
        console.print(report.check().text());
        report.outcome(options).forEach(console::println);
        return report.published().isPresent();
    }
}
