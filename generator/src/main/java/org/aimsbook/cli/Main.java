package org.aimsbook.cli;

import java.io.PrintWriter;
import org.aimsbook.FileProblem;
import org.aimsbook.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code aimsbook} command line. Exit codes: 0 clean, 1 content errors, 2 usage or I/O errors.
 * User errors are one line on standard error, never a stack trace.
 */
@Command(
        name = "aimsbook",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Checks and publishes an ISO/IEC 42001 AI management system kept as YAML and AsciiDoc.",
        subcommands = {CheckCommand.class, BuildCommand.class, SearchCommand.class, PdfCommand.class, ExportCommand.class,
            SnapshotCommand.class, VerifyCommand.class, ServeCommand.class, SchemaCommand.class, InitCommand.class, NewCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    static final int CONTENT_ERRORS = 1;
    static final int USAGE_OR_IO = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Whether standard error is a terminal, where progress is one line rewritten in place. */
    private final boolean terminal;

    private Main(boolean terminal) {
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), ConsoleProgress.interactive(), args));
    }

    /** Runs a command line with the given streams, not a terminal, and returns its exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, false, args);
    }

    /** Runs a command line with the given streams and returns its exit code. */
    static int run(PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        CommandLine commandLine = new CommandLine(new Main(terminal))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, line, parsed) -> {
                    line.getErr().println("aimsbook: " + FileProblem.explain(e));
                    return USAGE_OR_IO;
                });
        commandLine.getSubcommands().get("check").getCommandSpec().usageMessage().footer(CheckCommand.rules());
        return commandLine.execute(args);
    }

    /** Whether the command line runs on a terminal. */
    boolean terminal() {
        return terminal;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, such as `aimsbook check content`");
    }

    /** Reports aimsbook's own version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"aimsbook " + Version.current()};
        }
    }
}
