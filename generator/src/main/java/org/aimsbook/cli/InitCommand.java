package org.aimsbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.aimsbook.scaffold.ContentRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aimsbook init DIR [--org NAME] [--force]}: a new content repository that passes {@code check}. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {"Creates a content repository that passes `check` at once: aims.yaml, an SoA planning all 38 "
                + "Annex A controls, one example of each document type, the JSON Schemas with VS Code settings, a .gitignore "
                + "and a pom.xml using the Maven plugin.",
            "Review dates start today. Never overwrites a file."})
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create the content in.")
    private Path folder;

    @Option(names = "--org", paramLabel = "NAME", defaultValue = "Example Organization",
            description = "The organization's name (default: ${DEFAULT-VALUE}).")
    private String organization;

    @Option(names = "--force", description = "Write into a folder that is not empty, adding only the files that are missing.")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ContentRepository.Result result = ContentRepository.init(folder, organization, LocalDate.now(), force);
        if (result.refusal().isPresent()) {
            spec.commandLine().getErr().println("aimsbook: " + result.refusal().get().reason());
            return Main.USAGE_OR_IO;
        }
        PrintWriter out = spec.commandLine().getOut();
        result.kept().forEach(file -> out.println("kept " + file + " (already there)"));
        out.println("wrote " + result.written().size() + " files to " + folder + "; next: aimsbook check " + folder);
        return 0;
    }
}
