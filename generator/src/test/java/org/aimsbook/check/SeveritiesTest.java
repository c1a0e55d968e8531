package org.aimsbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.diagnostic.Diagnostic;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.diagnostic.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The severities {@code aims.yaml} sets and {@code --strict}; the fixture harness sees only
 * rule, file and line, so the severities themselves are asserted here.
 */
class SeveritiesTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-27");

    @TempDir
    Path temp;

    @Test
    void reviewOverdueIsAWarningByDefault() throws IOException {
        List<Diagnostic> found = check("review-overdue", false);

        assertEquals(List.of(Severity.WARNING), severities(found, Rule.REVIEW_OVERDUE));
    }

    @Test
    void aimsYamlRaisesARuleToAnError() throws IOException {
        List<Diagnostic> found = check("rule-severity-error", false);

        assertEquals(List.of(Severity.ERROR), severities(found, Rule.REVIEW_OVERDUE));
    }

    @Test
    void aimsYamlTurnsARuleOff() throws IOException {
        assertEquals(List.of(), check("rule-severity-off", false));
    }

    @Test
    void anUnknownRuleIdIsReportedWithTheIdMeant() throws IOException {
        List<Diagnostic> found = check("rule-severity-unknown", false);

        assertEquals(1, found.size(), found.toString());
        Diagnostic unknown = found.get(0);
        assertEquals(Rule.CONFIG_UNKNOWN_RULE, unknown.rule());
        assertEquals(Severity.WARNING, unknown.severity());
        assertEquals("no rule is called `REVEIW-OVERDUE`", unknown.message());
        assertEquals(Optional.of("did you mean `REVIEW-OVERDUE`?"), unknown.hint());
    }

    @Test
    void strictTurnsWarningsIntoErrors() throws IOException {
        List<Diagnostic> found = check("review-overdue", true);

        assertEquals(List.of(Severity.ERROR), severities(found, Rule.REVIEW_OVERDUE));
    }

    @Test
    void strictAlsoRaisesTheUnknownRuleWarning() throws IOException {
        List<Diagnostic> found = check("rule-severity-unknown", true);

        assertEquals(List.of(Severity.ERROR), severities(found, Rule.CONFIG_UNKNOWN_RULE));
    }

    @Test
    void strictDoesNotBringBackARuleThatIsOff() throws IOException {
        assertEquals(List.of(), check("rule-severity-off", true));
    }

    private List<Diagnostic> check(String fixture, boolean strict) throws IOException {
        return Handbook.load(Fixtures.content(fixture, temp)).check(new CheckOptions(AS_OF, strict)).diagnostics().all();
    }

    private static List<Severity> severities(List<Diagnostic> found, Rule rule) {
        assertEquals(List.of(rule), found.stream().map(Diagnostic::rule).distinct().toList(), found.toString());
        return found.stream().map(Diagnostic::severity).toList();
    }
}
