package org.aimsbook.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.aimsbook.CheckReport;
import org.aimsbook.Handbook;
import org.aimsbook.check.CheckOptions;
import org.aimsbook.diagnostic.Rule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aimsbook check [DIR] [--strict] [--format text|json] [--as-of DATE]}. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Checks a content folder and reports every problem at once, like a compiler.",
        footerHeading = "%nRules (default severity; set others per rule under `rules:` in aims.yaml):%n")
final class CheckCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @Parameters(index = "0", arity = "0..1", defaultValue = "content", paramLabel = "DIR",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    private Path folder;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    private boolean strict;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output as text for people or a JSON array for tools (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge review and due dates as of this day, YYYY-MM-DD (default: today).")
    private LocalDate asOf;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CheckReport report = Handbook.load(folder).check(new CheckOptions(asOf == null ? LocalDate.now() : asOf, strict));
        spec.commandLine().getOut().print(format == Format.JSON ? report.json() : report.text());
        spec.commandLine().getOut().flush();
        return report.passed() ? 0 : Main.CONTENT_ERRORS;
    }

    /** Lists the rules under the help text, so writers can look up an id they were shown. */
    static String rules() {
        return Arrays.stream(Rule.values())
                .map(rule -> String.format("  %-28s %-7s %s", rule.id(), rule.defaultSeverity().word(), rule.summary()))
                .collect(Collectors.joining("%n"));
    }
}
