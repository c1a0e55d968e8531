package org.aimsbook.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aimsbook.Fixtures;
import org.aimsbook.catalogue.Catalogue;
import org.aimsbook.load.ContentLoader;
import org.aimsbook.load.Loaded;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Header;
import org.aimsbook.model.meta.Field;
import org.aimsbook.model.meta.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Draft 2020-12 leaves checking {@code format} to the validator; editors check dates, so these tests do. */
    private static final SchemaValidatorsConfig CHECK_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, String> SCHEMAS = JsonSchemas.all();

    private static final String POLICY = """
            id: ai-policy
            title: AI policy
            """;
    private static final String ROLE = """
            id: aims-manager
            title: AIMS manager
            """;
    private static final String AIMS = """
            id: acme-aims
            title: ACME AI handbook
            organization:
              name: ACME
              ai_roles: [developer, deployer]
            scope:
              statement: The AI systems ACME builds and runs.
              includes: [hiring assistant]
            context:
              external: [EU AI Act]
              internal: [a small data team]
            interested_parties:
              - id: job-applicants
                name: Job applicants
                requirements: [fair treatment]
                addressed_by: [policy:ai-policy]
            risk_criteria:
              acceptable_up_to: 4
            """;
    private static final String ASSESSMENT = """
            id: hiring-risks
            title: Hiring assistant risks
            kind: risk
            system: system:hiring-assistant
            assessed: 2026-01-15
            assessors: [role:aims-manager]
            risks:
              - id: biased-ranking
                title: Biased ranking
                description: Ranks older applicants lower.
                likelihood: 3
                severity: 4
                treatment:
                  option: mitigate
                  controls: [control:A.7.4]
                  owner: role:data-lead
                  status: in-progress
                  residual_likelihood: 2
            """;
    private static final String SYSTEM = """
            id: hiring-assistant
            title: Hiring assistant
            lifecycle_stage: operation-and-monitoring
            organization_roles: [deployer]
            purpose: Shortlist job applications.
            intended_use: [shortlisting]
            users: [recruiters]
            affected_people: [job applicants]
            automation: human-in-the-loop
            human_oversight: A recruiter reviews every shortlist.
            risk_tier: high
            eu_ai_act: high-risk
            models:
              - name: ranker
                provider: ACME
                version: 1.2
            """;

    /** A document and the keyword that rejects it, or null when the loader and the schema accept it. */
    record Sample(String what, DocumentType type, String yaml, String rejectedBy) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Sample> samples() {
        return Stream.of(
                new Sample("accepts a policy with only an id and a title", DocumentType.POLICY, POLICY, null),
                new Sample("accepts a policy with every header field", DocumentType.POLICY, POLICY + """
                        classification: confidential
                        version: 2.1
                        owner: role:aims-manager
                        approver: role:ceo
                        approved: 2026-03-31
                        effective: 2026-04-01
                        last_review: 2026-03-31
                        next_review: 2027-03-31
                        review_interval_months: 12
                        body: Everyone in scope follows this policy.
                        kind: procedure
                        applies_to: [role:aims-manager]
                        controls: [control:A.2.2]
                        clauses: [clause:5.2]
                        """, null),
                new Sample("accepts an optional key given as null", DocumentType.POLICY, POLICY + "owner: ~\n", null),
                new Sample("accepts a defaulted key given as null", DocumentType.POLICY, POLICY + "classification: null\n", null),
                new Sample("accepts an empty list where entries are optional", DocumentType.POLICY, POLICY + "applies_to: []\n", null),
                new Sample("accepts a quoted reference with a space after the colon", DocumentType.POLICY,
                        POLICY + "owner: \"role: aims-manager\"\n", null),
                new Sample("accepts an empty entry in a list of text", DocumentType.ROLE, ROLE + "responsibilities:\n  - run the AIMS\n  -\n", null),
                new Sample("accepts the AI management system", DocumentType.AIMS, AIMS + "rules:\n  REVIEW-OVERDUE: error\n", null),
                new Sample("accepts a risk assessment", DocumentType.ASSESSMENT, ASSESSMENT, null),
                new Sample("accepts an AI system without monitoring", DocumentType.SYSTEM, SYSTEM, null),
                new Sample("accepts an AI system with monitoring", DocumentType.SYSTEM,
                        SYSTEM + "monitoring:\n  metrics: [selection rate by age]\n  frequency: monthly\n", null),
                new Sample("rejects a key the type does not have", DocumentType.POLICY, POLICY + "colour: red\n", "additionalProperties"),
                new Sample("rejects a nested key the record does not have", DocumentType.AIMS,
                        AIMS.replace("  name: ACME\n", "  name: ACME\n  size: 10\n"), "additionalProperties"),
                new Sample("rejects a policy without a title", DocumentType.POLICY, "id: ai-policy\n", "required"),
                new Sample("rejects a required key given as null", DocumentType.POLICY, "id: ai-policy\ntitle: ~\n", "type"),
                new Sample("rejects a role without responsibilities", DocumentType.ROLE, ROLE + "responsibilities: []\n", "minItems"),
                new Sample("rejects a nested record without a required key", DocumentType.SYSTEM,
                        SYSTEM + "monitoring:\n  metrics: [selection rate by age]\n", "required"),
                new Sample("rejects a classification outside its choices", DocumentType.POLICY, POLICY + "classification: secret\n", "enum"),
                new Sample("rejects a rule setting outside its choices", DocumentType.AIMS, AIMS + "rules:\n  REVIEW-OVERDUE: loud\n", "enum"),
                new Sample("rejects a date not written YYYY-MM-DD", DocumentType.POLICY, POLICY + "approved: 31/03/2026\n", "pattern"),
                new Sample("rejects a date that does not exist", DocumentType.POLICY, POLICY + "approved: 2026-02-30\n", "format"),
                new Sample("rejects a reference of a kind the field does not take", DocumentType.POLICY, POLICY + "owner: policy:x\n", "pattern"),
                new Sample("rejects a reference without its kind", DocumentType.POLICY, POLICY + "owner: aims-manager\n", "pattern"),
                new Sample("rejects a reference without an id", DocumentType.POLICY, POLICY + "owner: \"role: \"\n", "pattern"),
                new Sample("rejects a nested reference of the wrong kind", DocumentType.ASSESSMENT,
                        ASSESSMENT.replace("owner: role:data-lead", "owner: policy:data"), "pattern"),
                new Sample("rejects an id that is not kebab-case", DocumentType.POLICY, "id: AI_Policy\ntitle: AI policy\n", "pattern"),
                new Sample("rejects a number above its range", DocumentType.POLICY, POLICY + "review_interval_months: 61\n", "maximum"),
                new Sample("rejects a risk scored above 5", DocumentType.ASSESSMENT,
                        ASSESSMENT.replace("likelihood: 3", "likelihood: 6"), "maximum"),
                new Sample("rejects a whole number written as text", DocumentType.POLICY, POLICY + "review_interval_months: twelve\n", "type"),
                new Sample("rejects a single value where a list is wanted", DocumentType.POLICY, POLICY + "controls: control:A.2.2\n", "type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void acceptsAndRejectsWhatTheLoaderDoes(Sample sample, @TempDir Path content) throws IOException {
        assertEquals(sample.rejectedBy() == null, loaderAccepts(sample, content), "the loader's verdict");
        Set<String> keywords = validate(sample.type(), sample.yaml()).stream()
                .map(ValidationMessage::getType)
                .collect(Collectors.toCollection(TreeSet::new));
        if (sample.rejectedBy() == null) {
            assertEquals(Set.of(), keywords, "the schema's errors");
        } else {
            assertTrue(keywords.contains(sample.rejectedBy()), () -> "the schema's errors: " + keywords);
        }
    }

    @Test
    void acceptsEveryDocumentOfTheValidFixture() throws IOException {
        Path base = Fixtures.folder("base");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(base)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String place = base.relativize(file).getName(0).toString();
            DocumentType type = DocumentType.ofPlace(place).orElseThrow();
            String text = Files.readString(file);
            String yaml = file.toString().endsWith(".adoc") ? text.split("(?m)^---$", 3)[1] : text;
            assertEquals(Set.of(), validate(type, yaml), base.relativize(file).toString());
        }
        assertTrue(files.size() >= DocumentType.values().length, files::toString);
    }

    @Test
    void generatesOneSchemaForEveryDocumentType() {
        List<String> expected = Arrays.stream(DocumentType.values()).map(DocumentType::schemaFile).toList();
        assertEquals(expected, List.copyOf(SCHEMAS.keySet()));
    }

    @Test
    void everySchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(DocumentSchema.DIALECT));
        for (Map.Entry<String, String> schema : SCHEMAS.entrySet()) {
            assertEquals(Set.of(), metaSchema.validate(JSON.readTree(schema.getValue())), schema.getKey());
        }
    }

    @Test
    void identifiesEachSchemaAndNamesItsClauses() {
        for (DocumentType type : DocumentType.values()) {
            JsonNode schema = schema(type);
            assertEquals(DocumentSchema.DIALECT, schema.get("$schema").asText());
            assertEquals("https://aimsbook.org/schema/" + type.schemaFile(), schema.get("$id").asText());
            assertEquals(type.label(), schema.get("title").asText());
            assertTrue(schema.get("description").asText().contains(type.clauses()), type.name());
        }
    }

    @Test
    void requiresWhatThePolicyModelRequires() {
        JsonNode policy = schema(DocumentType.POLICY);
        assertEquals(List.of("id", "title"), texts(policy.get("required")));
        assertEquals("policy", policy.at("/properties/kind/default").asText());
        assertEquals("internal", policy.at("/properties/classification/default").asText());
    }

    @Test
    void requiresTheSystemsListsButNotItsMonitoring() {
        JsonNode system = schema(DocumentType.SYSTEM);
        List<String> required = texts(system.get("required"));
        assertTrue(required.containsAll(List.of("id", "title", "organization_roles", "models", "purpose")), required::toString);
        assertFalse(required.contains("monitoring"), required::toString);
        assertFalse(required.contains("suppliers"), required::toString);
        assertEquals(1, system.at("/properties/organization_roles/minItems").asInt());
        assertEquals("#/$defs/Monitoring", system.at("/properties/monitoring/anyOf/0/$ref").asText());
    }

    @Test
    void requiresExactlyTheKeysTheModelRequires() {
        for (DocumentType type : DocumentType.values()) {
            List<String> required = Shape.of(type.model().asSubclass(Record.class)).fields().stream()
                    .filter(Field::required)
                    .map(Field::key)
                    .toList();
            assertEquals(required, texts(schema(type).get("required")), type.name());
        }
    }

    @Test
    void putsTheHeaderKeysAtTheTopOfEveryDocument() {
        List<String> header = Shape.of(Header.class).fields().stream().map(Field::key).toList();
        for (DocumentType type : DocumentType.values()) {
            List<String> keys = names(schema(type).get("properties"));
            assertEquals(header, keys.subList(0, header.size()), type.name());
            assertFalse(keys.contains("header"), type.name());
            assertFalse(keys.contains("origin"), type.name());
        }
    }

    @Test
    void closesEveryMappingToUnknownKeysAndDescribesEveryKey() {
        for (DocumentType type : DocumentType.values()) {
            for (JsonNode mapping : mappings(schema(type))) {
                assertFalse(mapping.get("additionalProperties").asBoolean(true), type.name());
                for (Map.Entry<String, JsonNode> property : mapping.get("properties").properties()) {
                    assertFalse(property.getValue().path("description").asText().isEmpty(), type.name() + " " + property.getKey());
                }
            }
        }
    }

    @Test
    void keepsNestedRecordsInSortedDefs() {
        JsonNode defs = schema(DocumentType.SYSTEM).get("$defs");
        List<String> names = names(defs);
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(names.containsAll(List.of("EventLogging", "ModelComponent", "Monitoring", "Supplier")), names::toString);
        assertFalse(schema(DocumentType.POLICY).has("$defs"));
    }

    @Test
    void offersOnlyDefaultsItsFieldsAccept() throws IOException {
        int defaults = 0;
        for (DocumentType type : DocumentType.values()) {
            ObjectNode root = schema(type);
            for (JsonNode mapping : mappings(root)) {
                for (Iterator<JsonNode> properties = mapping.get("properties").elements(); properties.hasNext(); ) {
                    JsonNode property = properties.next();
                    if (property.has("default")) {
                        ObjectNode alone = property.deepCopy();
                        alone.set("$defs", root.get("$defs"));
                        assertEquals(Set.of(), FACTORY.getSchema(alone).validate(property.get("default")), type.name());
                        defaults++;
                    }
                }
            }
        }
        assertTrue(defaults > 0);
        assertEquals(12, schema(DocumentType.AIMS).at("/$defs/RiskCriteria/properties/high_risk_above/default").asInt());
    }

    @Test
    void writesTheSameTextEveryTime() {
        assertEquals(SCHEMAS, JsonSchemas.all());
        for (String text : SCHEMAS.values()) {
            assertTrue(text.endsWith("}\n"));
            assertFalse(text.contains("\r"));
        }
    }

    @Test
    void writesEverySchemaIntoTheFolderReplacingOldOnes(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("site/schema");
        JsonSchemas.write(folder);
        Files.writeString(folder.resolve("policy.schema.json"), "stale");
        JsonSchemas.write(folder);

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(new TreeSet<>(SCHEMAS.keySet()), files.map(file -> file.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        for (Map.Entry<String, String> schema : SCHEMAS.entrySet()) {
            assertArrayEquals(schema.getValue().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(folder.resolve(schema.getKey())));
        }
    }

    private static boolean loaderAccepts(Sample sample, Path content) throws IOException {
        DocumentType type = sample.type();
        Path file = content.resolve(type.single() ? type.place() : type.place() + "/sample.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sample.yaml());
        Loaded loaded = new ContentLoader(Catalogue.iso42001()).load(content);
        return loaded.diagnostics().all().isEmpty();
    }

    private static Set<ValidationMessage> validate(DocumentType type, String yaml) throws IOException {
        return FACTORY.getSchema(SCHEMAS.get(type.schemaFile()), CHECK_FORMATS).validate(YAML.readTree(yaml));
    }

    private static ObjectNode schema(DocumentType type) {
        try {
            return (ObjectNode) JSON.readTree(SCHEMAS.get(type.schemaFile()));
        } catch (IOException e) {
            throw new AssertionError(type.schemaFile() + " is not JSON", e);
        }
    }

    /** The document's own mapping and every record in its {@code $defs}. */
    private static List<JsonNode> mappings(JsonNode schema) {
        List<JsonNode> mappings = new ArrayList<>();
        mappings.add(schema);
        schema.path("$defs").elements().forEachRemaining(mappings::add);
        return mappings;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.elements().forEachRemaining(text -> texts.add(text.asText()));
        return texts;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
