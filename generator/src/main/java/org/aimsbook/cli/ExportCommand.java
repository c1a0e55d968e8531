package org.aimsbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aimsbook.ExportOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aimsbook export oscal|soa-csv|jbake [DIR] -o OUT [--version V] [--edition E]}. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Checks the content and, when it passes, exports the Statement of Applicability for auditors' tools, or the site for JBake.",
        subcommands = {ExportCommand.Oscal.class, ExportCommand.SoaCsv.class, ExportCommand.JBake.class})
final class ExportCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a format: `aimsbook export oscal`, `aimsbook export soa-csv` or `aimsbook export jbake`");
    }

    /** {@code aimsbook export oscal [DIR] -o OUT_DIR [--pages PREFIX]}. */
    @Command(name = "oscal",
            description = "Writes an OSCAL 1.1 catalog of the Annex A controls (catalog.json) and a System Security Plan (ssp.json).")
    static final class Oscal implements Callable<Integer> {
        @CommandLine.Mixin
        private ExportSettings settings;

        @Option(names = "--pages", defaultValue = "", paramLabel = "PREFIX",
                description = "Put before page paths in evidence links, e.g. ../1.0/ (default: none, for files placed in the version's folder).")
        private String pages;

        @Override
        public Integer call() throws IOException {
            return settings.export(ExportOptions.Format.OSCAL, settings.out, pages);
        }
    }

    /** {@code aimsbook export soa-csv [DIR] -o FILE_OR_DIR}. */
    @Command(name = "soa-csv",
            description = "Writes the Statement of Applicability as CSV (RFC 4180, UTF-8), one row per Annex A control.")
    static final class SoaCsv implements Callable<Integer> {
        @CommandLine.Mixin
        private ExportSettings settings;

        @Override
        public Integer call() throws IOException {
            Path file = Files.isDirectory(settings.out) ? settings.out.resolve("soa.csv") : settings.out;
            return settings.export(ExportOptions.Format.SOA_CSV, file, "");
        }
    }

    /** {@code aimsbook export jbake [DIR] -o OUT_DIR}. */
    @Command(name = "jbake",
            description = "Writes the site as a JBake 2.7 project (jbake.properties, HTML content files, templates, assets) "
                    + "for `jbake -b OUT_DIR`; an earlier export there is replaced whole.")
    static final class JBake implements Callable<Integer> {
        @CommandLine.Mixin
        private ExportSettings settings;

        @Override
        public Integer call() throws IOException {
            return settings.export(ExportOptions.Format.JBAKE, settings.out, "");
        }
    }
}
