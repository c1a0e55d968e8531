package org.aimsbook.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.model.Content;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.RefKind;
import org.aimsbook.model.meta.Field;
import org.aimsbook.model.meta.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDumpTest {

    @TempDir
    Path temp;

    @Test
    void sameContentGivesTheSameText() throws IOException {
        String first = ModelDump.json(Handbook.load(Fixtures.content("base", temp.resolve("one"))).content());
        String second = ModelDump.json(Handbook.load(Fixtures.content("base", temp.resolve("two"))).content());
        assertEquals(first, second);
        assertFalse(first.contains("\r"));
        assertTrue(first.endsWith("}\n"));
    }

    @Test
    void keepsNoPositions() throws IOException {
        Set<String> keys = new TreeSet<>();
        collectKeys(ModelDump.of(base()), keys);
        for (String position : List.of("origin", "at", "start", "line", "column", "mentions")) {
            assertFalse(keys.contains(position), position + " in " + keys);
        }
    }

    @Test
    void fieldsAreKeyedAsInYaml() throws IOException {
        JsonNode documents = ModelDump.of(base()).path("documents");
        for (JsonNode document : documents) {
            DocumentType type = RefKind.ofPrefix(document.path("type").asText()).flatMap(RefKind::document).orElseThrow();
            Set<String> yamlKeys = new TreeSet<>();
            Shape.of(type.model().asSubclass(Record.class)).fields().stream().map(Field::key).forEach(yamlKeys::add);
            List<String> dumped = new ArrayList<>();
            document.path("fields").fieldNames().forEachRemaining(dumped::add);
            assertTrue(yamlKeys.containsAll(dumped), dumped + " not all in " + yamlKeys);
        }
    }

    @Test
    void dumpsAPolicyAsWritten() throws IOException {
        JsonNode policy = ModelDump.of(base()).path("documents").path("policy:ai-policy");
        assertEquals("policy", policy.path("type").asText());
        assertEquals("policies/ai-policy.adoc", policy.path("file").asText());
        assertEquals("AI policy", policy.path("title").asText());
        assertEquals("public", policy.path("classification").asText());
        JsonNode fields = policy.path("fields");
        assertEquals("ai-policy", fields.path("id").asText());
        assertEquals("2027-06-30", fields.path("next_review").asText());
        assertEquals("role:aims-manager", fields.path("owner").asText());
        assertEquals("control:A.2.2", fields.path("controls").path(0).asText());
        // Empty optionals are left out; the narrative is kept apart from the fields.
        assertFalse(fields.has("version"));
        assertFalse(fields.has("body"));
        assertTrue(policy.path("body").asText().startsWith("= AI policy\n"), policy.path("body").asText());
    }

    @Test
    void dumpsNestedRecordsAndChoices() throws IOException {
        JsonNode documents = ModelDump.of(base()).path("documents");
        JsonNode system = documents.path("system:chat-helper").path("fields");
        assertEquals("operation-and-monitoring", system.path("lifecycle_stage").asText());
        assertEquals("weekly", system.path("monitoring").path("frequency").asText());
        assertEquals("chat-model", system.path("models").path(0).path("name").asText());
        JsonNode risk = documents.path("assessment:chat-helper-risk").path("fields").path("risks").path(0);
        assertEquals(3, risk.path("likelihood").intValue());
        assertEquals("mitigate", risk.path("treatment").path("option").asText());
    }

    @Test
    void dumpsTheSoaByControlInTheStandardsOrder() throws IOException {
        JsonNode soa = ModelDump.of(base()).path("soa");
        List<String> controls = new ArrayList<>();
        soa.fieldNames().forEachRemaining(controls::add);
        assertEquals("A.2.2", controls.get(0));
        assertEquals("A.10.4", controls.get(controls.size() - 1));
        assertTrue(soa.path("A.2.2").path("applicable").booleanValue());
        assertEquals("implemented", soa.path("A.2.2").path("status").asText());
        assertFalse(soa.path("A.2.2").has("control"));
        assertEquals("not-applicable", soa.path("A.10.4").path("status").asText());
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        Content content = base();
        Path file = temp.resolve("model.json");
        ModelDump.write(content, file);
        JsonNode read = ModelDump.read(file);
        assertEquals(ModelDump.of(content), read);
        assertTrue(ChangeSet.between(read, ModelDump.of(content)).isEmpty());
    }

    @Test
    void refusesAFileThatIsNotADump() throws IOException {
        Path file = Files.writeString(temp.resolve("other.json"), "{\"format\": 2, \"documents\": {}, \"soa\": {}}");
        assertThrows(IOException.class, () -> ModelDump.read(file));
    }

    private Content base() throws IOException {
        return Handbook.load(Fixtures.content("base", temp.resolve("base"))).content();
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                keys.add(entry.getKey());
                collectKeys(entry.getValue(), keys);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectKeys(item, keys));
        }
    }
}
