package org.aimsbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.diagnostic.Diagnostic;
import org.aimsbook.diagnostic.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixtures check where diagnostics are; these check that some say what to do. */
class RuleHintsTest {
    @TempDir
    Path temp;

    @Test
    void tabIndentationIsNamedInTheHint() throws IOException {
        Diagnostic syntax = only("yaml-syntax-tab", Rule.YAML_SYNTAX);

        assertTrue(syntax.hint().orElseThrow().contains("tab"), syntax.toString());
    }

    @Test
    void misspeltKeySuggestsTheKeyMeant() throws IOException {
        Diagnostic unknown = only("schema-unknown-key", Rule.SCHEMA_UNKNOWN_KEY);

        assertEquals(Optional.of("did you mean `owner`?"), unknown.hint());
    }

    private Diagnostic only(String fixture, Rule rule) throws IOException {
        List<Diagnostic> found = Handbook.load(Fixtures.content(fixture, temp)).check(RuleFixturesTest.AS_OF)
                .diagnostics().all().stream()
                .filter(d -> d.rule() == rule)
                .toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
