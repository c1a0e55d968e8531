package org.aimsbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.aimsbook.CheckReport;
import org.aimsbook.Handbook;
import org.aimsbook.check.CheckOptions;
import org.aimsbook.model.AiSystem;
import org.aimsbook.model.Assessment;
import org.aimsbook.model.AssessmentKind;
import org.aimsbook.model.Content;
import org.aimsbook.model.EuAiActCategory;
import org.aimsbook.model.Improvement;
import org.aimsbook.model.InternalAudit;
import org.aimsbook.model.ManagementReview;
import org.aimsbook.model.Objective;
import org.aimsbook.model.Policy;
import org.aimsbook.model.Role;
import org.aimsbook.model.SoaDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled example AIMS is complete, consistent, and checks clean. */
class ExampleContentTest {
    /** Surefire runs in the generator module; the example lives beside it. */
    private static final Path EXAMPLE = Path.of("..", "content");
    private static Handbook handbook;

    @BeforeAll
    static void load() throws IOException {
        handbook = Handbook.load(EXAMPLE);
    }

    @Test
    void checksWithoutErrorsOrWarnings() {
        CheckReport report = handbook.check(new CheckOptions(LocalDate.parse("2026-11-27"), true));

        assertEquals(List.of(), report.diagnostics().all(), report.text());
    }

    @Test
    void hasTheDocumentsAnAimsNeeds() {
        Content content = handbook.content();

        assertTrue(content.all(Role.class).size() >= 6);
        assertTrue(content.all(Policy.class).size() >= 6);
        assertTrue(content.all(AiSystem.class).size() >= 4);
        assertTrue(content.all(Objective.class).size() >= 3);
        assertTrue(content.all(Improvement.class).size() >= 8);
        assertEquals(1, content.all(InternalAudit.class).size());
        assertEquals(1, content.all(ManagementReview.class).size());
        assertTrue(content.all(AiSystem.class).stream().anyMatch(s -> s.euAiAct() == EuAiActCategory.HIGH_RISK));
        assertTrue(content.all(Improvement.class).stream().map(Improvement::status).distinct().count() >= 3,
                "improvement entries in varied states");
    }

    @Test
    void everySystemHasARiskAndAnImpactAssessment() {
        Content content = handbook.content();
        for (AiSystem system : content.all(AiSystem.class)) {
            for (AssessmentKind kind : AssessmentKind.values()) {
                assertTrue(content.all(Assessment.class).stream()
                        .anyMatch(a -> a.kind() == kind && a.system().id().equals(system.id())), system.id() + " " + kind);
            }
        }
    }

    @Test
    void soaDecidesAllThirtyEightControlsWithJustifiedExclusions() {
        List<SoaDecision> decisions = handbook.content().soa().orElseThrow().decisions();

        assertEquals(38, decisions.size());
        List<SoaDecision> excluded = decisions.stream().filter(d -> !d.applicable()).toList();
        assertTrue(excluded.size() >= 2);
        excluded.forEach(d -> assertTrue(d.justification().isPresent(), d.control()));
    }
}
