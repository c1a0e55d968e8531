package org.aimsbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.aimsbook.CheckReport;
import org.aimsbook.Handbook;
import org.aimsbook.model.meta.Names;
import org.aimsbook.publish.pdf.PdfPublisher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aimsbook pdf [DIR] [-o OUT_DIR] [--version V] [--edition E] [--theme DIR] [--as-of DATE] [--strict]}. */
@Command(
        name = "pdf",
        description = {"Checks the content and, when it passes, writes the handbook and the Statement of Applicability as PDFs.",
            "A theme folder with pdf/aimsbook-theme.yml (asciidoctor-pdf's theme format) replaces the default PDF theme."})
final class PdfCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "content", paramLabel = "DIR",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    private Path folder;

    @Option(names = {"-o", "--out"}, defaultValue = "target/pdf", paramLabel = "OUT_DIR",
            description = "The folder to write handbook.pdf and soa.pdf into (default: ${DEFAULT-VALUE}).")
    private Path out;

    @CommandLine.Mixin
    private BuildSettings settings;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        CheckReport report;
        try (ConsoleProgress progress = settings.progress()) {
            report = Handbook.load(folder).reporting(progress).pdf(settings.options(out));
        }
        console.print(report.text());
        if (!report.passed()) {
            console.println("nothing written: fix the errors above first");
            console.flush();
            return Main.CONTENT_ERRORS;
        }
        settings.summary(console, List.of("wrote the " + Names.value(settings.edition) + " edition's "
                + out.resolve(PdfPublisher.HANDBOOK) + " and " + out.resolve(PdfPublisher.SOA)));
        console.flush();
        return 0;
    }
}
