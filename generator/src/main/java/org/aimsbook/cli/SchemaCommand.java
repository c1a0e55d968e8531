package org.aimsbook.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aimsbook.schema.JsonSchemas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aimsbook schema OUT_DIR}: writes the JSON Schema of every content type. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = "Writes a JSON Schema for every content type, for editor completion and validation.")
final class SchemaCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "The folder to write the schemas to.")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        JsonSchemas.write(out);
        spec.commandLine().getOut().println("wrote " + JsonSchemas.all().size() + " schemas to " + out);
        return 0;
    }
}
