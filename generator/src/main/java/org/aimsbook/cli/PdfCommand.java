package org.aimsbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.aimsbook.CheckReport;
import org.aimsbook.Handbook;
import org.aimsbook.model.Classification;
import org.aimsbook.model.meta.Names;
import org.aimsbook.publish.pdf.PdfPublisher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aimsbook pdf [DIR] [-o OUT_DIR] [--version V] [--edition E]}. */
@Command(
        name = "pdf",
        description = "Checks the content and, when it passes, writes the handbook and the Statement of Applicability as PDFs.")
final class PdfCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "content", paramLabel = "DIR",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    private Path folder;

    @Option(names = {"-o", "--out"}, defaultValue = "target/pdf", paramLabel = "OUT_DIR",
            description = "The folder to write handbook.pdf and soa.pdf into (default: ${DEFAULT-VALUE}).")
    private Path out;

    // Not mixinStandardHelpOptions: its --version would clash with the handbook version's.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--version", paramLabel = "V", description = "The version to stamp (default: aims.yaml's version, else draft).")
    private String version;

    @Option(names = "--edition", defaultValue = "internal", paramLabel = "public|internal|confidential",
            description = "The audience; documents classified above it are left out (default: ${DEFAULT-VALUE}).")
    private Classification edition;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        CheckReport report = Handbook.load(folder).pdf(out, Optional.ofNullable(version), edition);
        console.print(report.text());
        if (!report.passed()) {
            console.println("nothing written: fix the errors above first");
            console.flush();
            return Main.CONTENT_ERRORS;
        }
        console.println("wrote the " + Names.value(edition) + " edition's " + out.resolve(PdfPublisher.HANDBOOK) + " and "
                + out.resolve(PdfPublisher.SOA));
        console.flush();
        return 0;
    }
}
