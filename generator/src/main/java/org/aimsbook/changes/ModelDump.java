package org.aimsbook.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.SoaDecision;
import org.aimsbook.model.StatementOfApplicability;
import org.aimsbook.model.meta.Names;

/**
 * A machine-readable dump of the content model, stored with each published version of the
 * handbook so that the next version can say what changed since ({@link ChangeSet}).
 *
 * <pre>{@code
 * {
 *   "format": 1,
 *   "documents": {
 *     "policy:ai-policy": {
 *       "type": "policy",
 *       "file": "policies/ai-policy.adoc",
 *       "title": "AI policy",
 *       "classification": "public",
 *       "fields": { "id": "ai-policy", ..., "next_review": "2027-06-30", "controls": ["control:A.2.2"] },
 *       "body": "= AI policy\n..."
 *     }
 *   },
 *   "soa": { "A.2.2": { "applicable": true, "reasons": ["risk-treatment"], "status": "implemented", ... } }
 * }
 * }</pre>
 *
 * <p>Documents are keyed by reference in text order, SoA decisions by control in the
 * standard's order (A.2.2 before A.10.2). Inside {@code fields} keys are the YAML keys in the
 * model's declaration order, the order schemas and writers use; comparisons go by key, so
 * that order never shows as a change. {@code fields} holds every key of the document,
 * header included, except the narrative, which is {@code body}. No positions are kept: moving
 * a line does not change what the handbook says. Where two documents share a reference, the
 * first in path order is dumped, as {@link Content#document(String)} finds it.
 */
public final class ModelDump {
    /** The layout version written as {@code format}; dumps of another layout are refused. */
    /** The dump's file name inside each published version folder. */
    public static final String FILE = "model.json";

    public static final int FORMAT = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(printer());
    /** The key of the header's narrative, which the dump keeps apart from the fields. */
    private static final String BODY = "body";

    private ModelDump() {
    }

    /** The dump of a content model as a JSON tree. */
    public static JsonNode of(Content content) {
        ObjectNode dump = NODES.objectNode();
        dump.put("format", FORMAT);
        ObjectNode documents = dump.putObject("documents");
        Map<String, Document> byReference = new TreeMap<>();
        content.documents().forEach(document -> byReference.putIfAbsent(document.reference(), document));
        byReference.forEach((reference, document) -> documents.set(reference, document(document)));
        dump.set("soa", soa(content.soa().map(StatementOfApplicability::decisions).orElse(List.of())));
        return dump;
    }

    /**
     * The dump as pretty-printed JSON: the same content always gives the same text, with
     * {@code \n} line endings on every system and a final newline, so dumps compare and
     * version cleanly.
     */
    public static String json(Content content) {
        try {
            return WRITER.writeValueAsString(of(content)) + "\n";
        } catch (JsonProcessingException e) {
            // A tree built of plain nodes always serializes.
            throw new IllegalStateException("cannot write the model dump", e);
        }
    }

    /** Writes the dump of a content model to a file, as UTF-8. */
    public static void write(Content content, Path file) throws IOException {
        Files.writeString(file, json(content), StandardCharsets.UTF_8);
    }

    /**
     * Reads a dump written by {@link #write}.
     *
     * @throws IOException when the file cannot be read, is not JSON or is not a dump of {@link #FORMAT}
     */
    public static JsonNode read(Path file) throws IOException {
        JsonNode dump = MAPPER.readTree(file.toFile());
        if (!isDump(dump)) {
            throw new IOException(file + " is not an aimsbook model dump of format " + FORMAT);
        }
        return dump;
    }

    /** Whether a tree is a dump of the current layout. */
    static boolean isDump(JsonNode tree) {
        return tree != null && tree.path("format").isInt() && tree.path("format").intValue() == FORMAT
                && tree.path("documents").isObject() && tree.path("soa").isObject();
    }

    private static ObjectNode document(Document document) {
        ObjectNode entry = NODES.objectNode();
        entry.put("type", document.type().refKind().prefix());
        entry.put("file", document.origin().at().file());
        entry.put("title", document.title());
        entry.put("classification", Names.value(document.classification()));
        ObjectNode fields = FieldTree.of((Record) document);
        JsonNode body = fields.remove(BODY);
        entry.set("fields", fields);
        if (body != null) {
            entry.set(BODY, body);
        }
        return entry;
    }

    private static ObjectNode soa(List<SoaDecision> decisions) {
        ObjectNode soa = NODES.objectNode();
        List<SoaDecision> ordered = decisions.stream()
                .sorted(Comparator.comparing(SoaDecision::control, ControlOrder.INSTANCE))
                .toList();
        for (SoaDecision decision : ordered) {
            // A control decided twice is reported by the checks; the first decision stands.
            if (!soa.has(decision.control())) {
                soa.set(decision.control(), decision(decision));
            }
        }
        return soa;
    }

    private static ObjectNode decision(SoaDecision decision) {
        ObjectNode entry = FieldTree.of(decision);
        // The control is the entry's key.
        entry.remove("control");
        return entry;
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(lines).withArrayIndenter(lines);
    }
}
