package org.aimsbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.aimsbook.model.DocumentType;
import org.aimsbook.schema.JsonSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

    @Test
    void writesOneSchemaPerContentType(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("schemas");

        MainTest.Run run = MainTest.run("schema", out.toString());

        assertEquals(0, run.exit(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(DocumentType.values().length, files.count());
        }
        assertEquals(JsonSchemas.all().get("policy.schema.json"), Files.readString(out.resolve("policy.schema.json")));
    }

    /** The schemas the example content points its editors at must be the generator's current ones. */
    @Test
    void exampleContentShipsCurrentSchemas() throws IOException {
        Path shipped = Path.of("..", "content", "_schemas");
        for (Map.Entry<String, String> schema : JsonSchemas.all().entrySet()) {
            assertEquals(schema.getValue(), Files.readString(shipped.resolve(schema.getKey())),
                    schema.getKey() + " is stale: run `aimsbook schema content/_schemas`");
        }
    }

    @Test
    void everyExampleYamlFileNamesItsSchema() throws IOException {
        Path content = Path.of("..", "content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                String first = Files.readAllLines(file).get(0);
                Path schema = file.getParent().resolve(first.substring(first.indexOf("$schema=") + "$schema=".length()));
                assertEquals(true, first.startsWith("# yaml-language-server: $schema=") && Files.exists(schema), file.toString());
            }
        }
    }
}
