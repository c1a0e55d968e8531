package org.aimsbook.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.aimsbook.Handbook;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Placeholder;
import org.aimsbook.scaffold.NewDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aimsbook new TYPE ID [--title TITLE] [--dir DIR]}: a new document from its type's template. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {"Creates a document from its type's template in the type's folder. Required text is a `"
                + Placeholder.MARKER + "` placeholder that `check` reports (PLACEHOLDER) until it is written; "
                + "owners and other required roles name the AIMS manager, to confirm or change.",
            "Never overwrites a file and refuses an id that exists."})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TYPE", description = "The document type: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Types.class)
    private String type;

    @Parameters(index = "1", paramLabel = "ID", description = "The new document's id, kebab-case, such as ai-policy.")
    private String id;

    @Option(names = "--title", paramLabel = "TITLE", description = "The title (default: a placeholder).")
    private String title;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    private Path folder;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Optional<DocumentType> documentType = Arrays.stream(DocumentType.values())
                .filter(candidate -> candidate.refKind().prefix().equals(type))
                .findFirst();
        if (documentType.isEmpty()) {
            spec.commandLine().getErr().println("aimsbook: there is no document type `" + type + "`; choose one of "
                    + String.join(", ", new Types()));
            return Main.USAGE_OR_IO;
        }
        NewDocument.Result result = NewDocument.create(folder, Handbook.load(folder).content(), documentType.get(), id,
                Optional.ofNullable(title), LocalDate.now());
        if (result.refusal().isPresent()) {
            spec.commandLine().getErr().println("aimsbook: " + result.refusal().get().reason());
            return Main.USAGE_OR_IO;
        }
        spec.commandLine().getOut().println("wrote " + folder.resolve(result.file().orElseThrow())
                + "; replace its " + Placeholder.MARKER + " placeholders, then run aimsbook check " + folder);
        return 0;
    }

    /** The types a writer can create: every type but the two single documents. */
    static final class Types extends java.util.ArrayList<String> {
        Types() {
            super(Arrays.stream(DocumentType.values())
                    .filter(documentType -> !documentType.single())
                    .map(documentType -> documentType.refKind().prefix())
                    .collect(Collectors.toList()));
        }
    }
}
