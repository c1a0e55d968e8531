package org.aimsbook.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.model.Content;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each test edits a copy of the base fixture and compares its dump with the base's. */
class ChangeSetTest {

    @TempDir
    Path temp;

    private JsonNode before;
    private Path after;

    @BeforeEach
    void copyTheBase() throws IOException {
        before = ModelDump.of(load(Fixtures.content("base", temp.resolve("before"))));
        after = Fixtures.content("base", temp.resolve("after"));
    }

    @Test
    void unchangedContentHasNoChanges() throws IOException {
        ChangeSet changes = changes();
        assertTrue(changes.hasPrevious());
        assertTrue(changes.isEmpty(), changes.toString());
    }

    @Test
    void withoutAPreviousVersionItIsTheFirst() throws IOException {
        JsonNode current = ModelDump.of(load(after));
        assertEquals(ChangeSet.firstVersion(), ChangeSet.between(null, current));
        assertEquals(ChangeSet.firstVersion(), ChangeSet.between(MissingNode.getInstance(), current));
        assertFalse(ChangeSet.firstVersion().hasPrevious());
        assertTrue(ChangeSet.firstVersion().isEmpty());
    }

    @Test
    void refusesSomethingThatIsNotADump() throws IOException {
        JsonNode current = ModelDump.of(load(after));
        assertThrows(IllegalArgumentException.class,
                () -> ChangeSet.between(JsonNodeFactory.instance.objectNode(), current));
    }

    @Test
    void findsAnAddedDocument() throws IOException {
        Files.writeString(after.resolve("roles/auditor.yaml"),
                "id: auditor\ntitle: Internal auditor\nresponsibilities: [Audits the AIMS]\n");
        ChangeSet changes = changes();
        assertEquals(List.of(new DocumentSummary("role:auditor", "role", "Internal auditor")), changes.added());
        assertEquals(List.of(), changes.removed());
        assertEquals(List.of(), changes.changed());
    }

    @Test
    void findsARemovedDocument() throws IOException {
        Files.delete(after.resolve("objectives/answer-quality.yaml"));
        ChangeSet changes = changes();
        assertEquals(List.of(new DocumentSummary("objective:answer-quality", "objective", "Answer quality")),
                changes.removed());
        assertEquals(List.of(), changes.added());
        assertEquals(List.of(), changes.changed());
    }

    @Test
    void findsAChangedReviewDate() throws IOException {
        edit("policies/ai-policy.adoc", "next_review: 2027-06-30", "next_review: 2028-06-30");
        DocumentChange policy = onlyChange();
        assertEquals("policy:ai-policy", policy.reference());
        assertEquals("AI policy", policy.title());
        assertEquals(List.of(new FieldChange("next_review", "2027-06-30", "2028-06-30")), policy.fields());
        assertEquals(List.of(), policy.body());
    }

    @Test
    void matchesRisksByIdSoAnInsertedRiskMovesNoOther() throws IOException {
        edit("assessments/chat-helper-risk.yaml", "    likelihood: 3", "    likelihood: 4");
        edit("assessments/chat-helper-risk.yaml", "risks:\n", """
                risks:
                  - id: stale-answer
                    title: Stale answer
                    description: Cites an old order status.
                    likelihood: 2
                    severity: 2
                """);
        DocumentChange assessment = onlyChange();
        assertEquals(List.of(
                new FieldChange("risks[stale-answer]", FieldChange.ABSENT,
                        "id: stale-answer, title: Stale answer, description: Cites an old order status., likelihood: 2, "
                                + "severity: 2"),
                new FieldChange("risks[wrong-answer].likelihood", "3", "4")), assessment.fields());
    }

    @Test
    void namesAValueInsideANestedRecord() throws IOException {
        edit("systems/chat-helper.yaml", "  frequency: weekly", "  frequency: daily");
        assertEquals(List.of(new FieldChange("monitoring.frequency", "weekly", "daily")), onlyChange().fields());
    }

    @Test
    void matchesListElementsWithoutIdsByIndex() throws IOException {
        edit("systems/chat-helper.yaml", "    version: \"1\"", "    version: \"2\"");
        assertEquals(List.of(new FieldChange("models[0].version", "1", "2")), onlyChange().fields());
    }

    @Test
    void comparesAListOfValuesWhole() throws IOException {
        edit("policies/ai-policy.adoc", "controls: [control:A.2.2]", "controls: [control:A.2.2, control:A.2.3]");
        assertEquals(List.of(new FieldChange("controls", "control:A.2.2", "control:A.2.2, control:A.2.3")),
                onlyChange().fields());
    }

    @Test
    void diffsTheNarrativeByLine() throws IOException {
        String old = "The role:aims-manager[] keeps this policy, see control:A.2.2[] and clause:5.2[].";
        String changed = "The role:aims-manager[] reviews this policy every year, see control:A.2.2[].";
        edit("policies/ai-policy.adoc", old, changed);
        DocumentChange policy = onlyChange();
        assertEquals(List.of(), policy.fields());
        assertEquals(1, policy.body().size());
        List<DiffLine> lines = policy.body().get(0).lines();
        assertTrue(lines.contains(new DiffLine(DiffLine.Kind.REMOVED, old)), lines.toString());
        assertTrue(lines.contains(new DiffLine(DiffLine.Kind.ADDED, changed)), lines.toString());
        assertTrue(lines.contains(new DiffLine(DiffLine.Kind.CONTEXT, "= AI policy")), lines.toString());
    }

    @Test
    void findsAControlNoLongerFullyImplemented() throws IOException {
        edit("soa.yaml", """
                  - control: A.2.2
                    applicable: true
                    reasons: [risk-treatment]
                    status: implemented
                """, """
                  - control: A.2.2
                    applicable: true
                    reasons: [risk-treatment]
                    status: partial
                """);
        ChangeSet changes = changes();
        assertEquals(List.of(new SoaStatusChange("A.2.2",
                Optional.of(new SoaStatus(true, "implemented")),
                Optional.of(new SoaStatus(true, "partial")))), changes.soaStatusChanges());
        assertEquals(List.of(new FieldChange("decisions[A.2.2].status", "implemented", "partial")),
                onlyChange().fields());
    }

    @Test
    void findsAControlNewlyDecided() throws IOException {
        edit("soa.yaml", "  - control: A.10.4\n", """
                  - control: A.10.5
                    applicable: false
                    justification: No such need.
                    status: not-applicable
                  - control: A.10.4
                """);
        assertEquals(List.of(new SoaStatusChange("A.10.5", Optional.empty(),
                Optional.of(new SoaStatus(false, "not-applicable")))), changes().soaStatusChanges());
    }

    @Test
    void aDumpReadBackFromFileComparesAsUnchanged() throws IOException {
        Content content = load(after);
        Path file = temp.resolve("model.json");
        ModelDump.write(content, file);
        assertTrue(ChangeSet.between(ModelDump.read(file), ModelDump.of(content)).isEmpty());
    }

    private ChangeSet changes() throws IOException {
        return ChangeSet.between(before, ModelDump.of(load(after)));
    }

    private DocumentChange onlyChange() throws IOException {
        ChangeSet changes = changes();
        assertEquals(1, changes.changed().size(), changes.toString());
        assertEquals(List.of(), changes.added());
        assertEquals(List.of(), changes.removed());
        return changes.changed().get(0);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = after.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(path, text.replace(from, to));
    }

    /** Loads content, failing when an edit left a document that could not be read. */
    private static Content load(Path folder) throws IOException {
        Content content = Handbook.load(folder).content();
        assertEquals(content.documentCount(), content.documents().size(), "a document failed to load");
        return content;
    }
}
