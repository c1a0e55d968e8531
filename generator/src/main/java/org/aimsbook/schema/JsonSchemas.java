package org.aimsbook.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.aimsbook.model.DocumentType;

/**
 * JSON Schemas (draft 2020-12) of the content types, generated from the model that the loader
 * binds YAML with, so that an editor checks a document by the loader's own rules. Each schema
 * has the {@code $id} {@code https://aimsbook.org/schema/} followed by its file name.
 */
public final class JsonSchemas {
    private static final ObjectWriter WRITER = new ObjectMapper().writer(printer());

    private JsonSchemas() {
    }

    /**
     * Every document type's schema as pretty-printed JSON.
     *
     * @return schema text by file name ({@link DocumentType#schemaFile()}, such as
     *         {@code policy.schema.json}), in {@link DocumentType} order; the text is the same on
     *         every call and platform and ends with a line break
     */
    public static Map<String, String> all() {
        Map<String, String> schemas = new LinkedHashMap<>();
        for (DocumentType type : DocumentType.values()) {
            schemas.put(type.schemaFile(), text(DocumentSchema.of(type)));
        }
        return Collections.unmodifiableMap(schemas);
    }

    /**
     * Writes {@link #all()} into {@code dir}, creating it if needed and replacing schemas already
     * there. Each file is moved into place whole, so an editor never reads half a schema.
     *
     * @throws IOException when the folder or a file cannot be written
     */
    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> schema : all().entrySet()) {
            // Not Files.createTempFile: on POSIX it makes owner-only files, and schemas are for all to read.
            Path temp = dir.resolve("." + schema.getKey() + "." + UUID.randomUUID() + ".tmp");
            try {
                Files.writeString(temp, schema.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.move(temp, dir.resolve(schema.getKey()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static String text(ObjectNode schema) {
        try {
            return WRITER.writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a schema tree could not be written as JSON", e);
        }
    }

    /** Two-space indents, {@code "key": value}, arrays on one line and {@code \n} line ends on every platform. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        return printer;
    }
}
