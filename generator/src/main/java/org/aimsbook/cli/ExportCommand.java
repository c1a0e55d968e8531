package org.aimsbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aimsbook.ExportOptions;
import org.aimsbook.ExportReport;
import org.aimsbook.Handbook;
import org.aimsbook.model.meta.Names;
import org.aimsbook.publish.oscal.OscalExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aimsbook export oscal|soa-csv [DIR] -o OUT [--version V] [--edition E]}. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Checks the content and, when it passes, exports the Statement of Applicability for auditors' tools.",
        subcommands = {ExportCommand.Oscal.class, ExportCommand.SoaCsv.class})
final class ExportCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a format: `aimsbook export oscal` or `aimsbook export soa-csv`");
    }

    /** {@code aimsbook export oscal [DIR] -o OUT_DIR [--pages PREFIX]}. */
    @Command(name = "oscal", mixinStandardHelpOptions = true,
            description = "Writes an OSCAL 1.1 catalog of the Annex A controls (catalog.json) and a System Security Plan (ssp.json).")
    static final class Oscal implements Callable<Integer> {
        @CommandLine.Mixin
        private ExportSettings settings;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT_DIR", description = "The folder to write the two files into.")
        private Path out;

        @Option(names = "--pages", defaultValue = "", paramLabel = "PREFIX",
                description = "Put before page paths in evidence links, e.g. ../1.0/ (default: none, for files placed in the version's folder).")
        private String pages;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return export(settings, settings.options(ExportOptions.Format.OSCAL, out, pages),
                    out.resolve(OscalExport.CATALOG) + " and " + out.resolve(OscalExport.SSP), spec.commandLine().getOut());
        }
    }

    /** {@code aimsbook export soa-csv [DIR] -o FILE_OR_DIR}. */
    @Command(name = "soa-csv", mixinStandardHelpOptions = true,
            description = "Writes the Statement of Applicability as CSV (RFC 4180, UTF-8), one row per Annex A control.")
    static final class SoaCsv implements Callable<Integer> {
        @CommandLine.Mixin
        private ExportSettings settings;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE_OR_DIR",
                description = "The file to write, or an existing folder to write soa.csv into.")
        private Path out;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path file = Files.isDirectory(out) ? out.resolve("soa.csv") : out;
            return export(settings, settings.options(ExportOptions.Format.SOA_CSV, file, ""), file.toString(),
                    spec.commandLine().getOut());
        }
    }

    private static int export(ExportSettings settings, ExportOptions options, String written, PrintWriter console)
            throws IOException {
        ExportReport report = Handbook.load(settings.folder).export(options);
        console.print(report.check().text());
        if (report.version().isEmpty()) {
            console.println("nothing exported: fix the errors above first");
            console.flush();
            return Main.CONTENT_ERRORS;
        }
        console.println("exported version " + report.version().get() + " (" + Names.value(settings.edition) + " edition) to "
                + written);
        console.flush();
        return 0;
    }
}
