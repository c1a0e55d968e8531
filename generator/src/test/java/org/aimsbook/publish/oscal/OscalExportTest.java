package org.aimsbook.publish.oscal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.catalogue.Control;
import org.aimsbook.model.Classification;
import org.aimsbook.model.Content;
import org.aimsbook.model.ImplementationStatus;
import org.aimsbook.model.SoaDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's OSCAL export, validated against NIST's own OSCAL 1.1 JSON schemas as
 * liboscal-java ships them. They are JSON Schema draft-07, which asserts {@code format}
 * (date-time, uri-reference, uuid), so the validator is set to that draft.
 */
class OscalExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Draft-07 with {@code id} as an annotation: NIST's SSP schema has a property schema
     * {@code "id": {"id": {"$ref": …}}}, and draft-07 ignores the unknown inner {@code id}, but
     * the validator knows {@code id} from draft-04 and refuses it unless told it validates nothing.
     */
    private static final JsonSchemaFactory DRAFT_07 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            factory -> factory.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV7())
                    .keyword(new NonValidationKeyword("id"))
                    .build()));
    private static final SchemaValidatorsConfig CHECK_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final OscalOptions OPTIONS = new OscalOptions("2.1", Classification.INTERNAL, "");

    @TempDir
    static Path temp;
    static Content content;
    static Path out;

    @BeforeAll
    static void export() throws IOException {
        content = Handbook.load(Sites.EXAMPLE).content().visibleTo(Classification.INTERNAL);
        out = temp.resolve("oscal");
        OscalExport.write(content, OPTIONS, out);
    }

    @Test
    void catalogIsValidOscal() throws IOException {
        assertEquals(Set.of(), validate("oscal-catalog_schema.json", out.resolve(OscalExport.CATALOG)));
    }

    @Test
    void systemSecurityPlanIsValidOscal() throws IOException {
        assertEquals(Set.of(), validate("oscal-ssp_schema.json", out.resolve(OscalExport.SSP)));
    }

    @Test
    void validationCatchesAPlanThatBreaksTheSchema() throws IOException {
        JsonNode plan = JSON.readTree(out.resolve(OscalExport.SSP).toFile());
        ((ObjectNode) plan.get("system-security-plan")).remove("import-profile");
        Path broken = temp.resolve("broken-ssp.json");
        JSON.writeValue(broken.toFile(), plan);

        assertTrue(validate("oscal-ssp_schema.json", broken).stream().anyMatch(m -> m.getMessage().contains("import-profile")));
    }

    @Test
    void catalogGroupsTheControlsByObjectiveWithIdsAndShortTitlesOnly() throws IOException {
        JsonNode groups = JSON.readTree(out.resolve(OscalExport.CATALOG).toFile()).at("/catalog/groups");
        assertEquals(List.of("A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10"),
                StreamSupport.stream(groups.spliterator(), false).map(group -> group.get("id").asText()).toList());
        List<String> controls = new ArrayList<>();
        for (JsonNode group : groups) {
            for (JsonNode control : group.get("controls")) {
                assertEquals(Set.of("id", "title"), fields(control), "no parts: the standard's text is not ours");
                controls.add(control.get("id").asText() + " " + control.get("title").asText());
            }
        }
        assertEquals(content.catalogue().controls().stream().map(c -> c.id() + " " + c.title()).toList(), controls);
    }

    @Test
    void planStatesEachDecisionWithItsJustificationRolesAndEvidencePages() throws IOException {
        JsonNode requirements = JSON.readTree(out.resolve(OscalExport.SSP).toFile())
                .at("/system-security-plan/control-implementation/implemented-requirements");
        assertEquals(content.catalogue().controls().stream().map(Control::id).toList(),
                StreamSupport.stream(requirements.spliterator(), false).map(r -> r.get("control-id").asText()).toList());
        for (JsonNode requirement : requirements) {
            SoaDecision decision = content.soa().orElseThrow().decisions().stream()
                    .filter(d -> d.control().equals(requirement.get("control-id").asText())).findFirst().orElseThrow();
            assertEquals(SystemSecurityPlan.state(decision),
                    requirement.at("/by-components/0/implementation-status/state").asText());
            assertTrue(requirement.get("remarks").asText().startsWith(decision.justification().orElseThrow()));
            assertEquals("controls/" + decision.control() + ".html", requirement.at("/links/0/href").asText());
            decision.responsible().ifPresent(role ->
                    assertEquals(role.id(), requirement.at("/responsible-roles/0/role-id").asText()));
        }
        JsonNode a22 = requirements.get(0);
        assertEquals("policies/ai-policy.html", a22.at("/links/1/href").asText());
        assertEquals("implemented", a22.at("/by-components/0/implementation-status/state").asText());
    }

    @Test
    void evidenceLinksLeadToPagesOfThePublishedVersion() throws IOException {
        Path site = Sites.build(Sites.EXAMPLE, temp.resolve("site"), "2.1", Classification.INTERNAL)
                .published().orElseThrow().folder();

        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (JsonNode link : JSON.readTree(out.resolve(OscalExport.SSP).toFile()).findValues("links")) {
            for (JsonNode href : link.findValues("href")) {
                checked++;
                if (!Files.isRegularFile(site.resolve(href.asText()))) {
                    missing.add(href.asText());
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(checked > 38, "a control page and its implementers' pages each: " + checked);
    }

    @Test
    void statesMapOursWithExclusionWinning() {
        assertEquals("implemented", SystemSecurityPlan.state(decision(true, ImplementationStatus.IMPLEMENTED)));
        assertEquals("partial", SystemSecurityPlan.state(decision(true, ImplementationStatus.PARTIAL)));
        assertEquals("planned", SystemSecurityPlan.state(decision(true, ImplementationStatus.PLANNED)));
        assertEquals("not-applicable", SystemSecurityPlan.state(decision(true, ImplementationStatus.NOT_APPLICABLE)));
        assertEquals("not-applicable", SystemSecurityPlan.state(decision(false, ImplementationStatus.PLANNED)));
    }

    @Test
    void twoExportsOfOneVersionAreByteIdentical() throws IOException {
        Path again = temp.resolve("again");
        OscalExport.write(Handbook.load(Sites.EXAMPLE).content().visibleTo(Classification.INTERNAL), OPTIONS, again);

        for (String file : List.of(OscalExport.CATALOG, OscalExport.SSP)) {
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }

    @Test
    void uuidsAreNameBasedVersion5AndChangeWithTheVersion() throws IOException {
        JsonNode plan = JSON.readTree(out.resolve(OscalExport.SSP).toFile());
        UUID uuid = UUID.fromString(plan.at("/system-security-plan/uuid").asText());
        assertEquals(5, uuid.version());
        OscalIds ids = new OscalIds(OscalMetadata.organization(content), "2.1");
        assertEquals(ids.of("ssp"), uuid.toString());
        assertNotEquals(ids.of("ssp"), new OscalIds(OscalMetadata.organization(content), "2.2").of("ssp"));
        assertEquals("2026-10-30T00:00:00Z", plan.at("/system-security-plan/metadata/last-modified").asText(),
                "the SoA's last review, not the clock");
    }

    private static SoaDecision decision(boolean applicable, ImplementationStatus status) {
        SoaDecision any = content.soa().orElseThrow().decisions().get(0);
        return new SoaDecision(any.control(), applicable, any.justification(), any.reasons(), status, any.implementedBy(),
                any.evidence(), any.responsible(), any.target(), any.lastReview(), any.origin());
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<ValidationMessage> validate(String schema, Path file) throws IOException {
        assertNotNull(OscalExportTest.class.getResource("/schema/json/" + schema), "liboscal-java ships " + schema);
        JsonSchema nist = DRAFT_07.getSchema(SchemaLocation.of("classpath:schema/json/" + schema), CHECK_FORMATS);
        return nist.validate(JSON.readTree(file.toFile()));
    }
}
