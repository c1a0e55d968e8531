package org.aimsbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aimsbook.BuildOptions;
import org.aimsbook.Handbook;
import org.aimsbook.SnapshotOptions;
import org.aimsbook.SnapshotReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aimsbook snapshot [DIR] [-o OUT_DIR] [--version V] [--edition E]}. */
@Command(
        name = "snapshot",
        description = {"Builds a version and archives it for auditors: aims-<organization>-<version>-<edition>.zip with",
            "the site, the handbook and SoA PDFs, the SoA as CSV, OSCAL, and MANIFEST.json, the SHA-256 of every file.",
            "The same content and version give the same bytes; `aimsbook verify` checks an archive against its manifest."})
final class SnapshotCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "content", paramLabel = "DIR",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    private Path folder;

    @Option(names = {"-o", "--out"}, defaultValue = "target/snapshots", paramLabel = "OUT_DIR",
            description = "The folder the archive is written to (default: ${DEFAULT-VALUE}).")
    private Path archives;

    @Option(names = "--site", defaultValue = SiteOutput.DEFAULT, paramLabel = "OUT",
            description = "The site's output folder the version is built into (default: ${DEFAULT-VALUE}).")
    private Path site;

    @CommandLine.Mixin
    private BuildSettings settings;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        BuildOptions build = settings.options(site);
        SnapshotReport report;
        try (ConsoleProgress progress = settings.progress()) {
            report = Handbook.load(folder).reporting(progress).snapshot(new SnapshotOptions(build, archives));
        }
        console.print(report.build().check().text());
        settings.summary(console, report.outcome(build));
        boolean built = report.build().published().isPresent();
        console.flush();
        return built ? 0 : Main.CONTENT_ERRORS;
    }
}
