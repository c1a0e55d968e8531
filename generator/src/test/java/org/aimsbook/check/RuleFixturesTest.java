package org.aimsbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.aimsbook.CheckReport;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture must give exactly the diagnostics it lists: the rule it is about fires at the
 * expected file and line, and no other rule fires anywhere.
 */
class RuleFixturesTest {
    static final CheckOptions AS_OF = new CheckOptions(LocalDate.parse("2026-11-27"), false);

    @TempDir
    Path temp;

    @Test
    void baseFixtureIsClean() throws IOException {
        CheckReport report = Handbook.load(Fixtures.folder("base")).check(AS_OF);

        assertEquals(List.of(), report.diagnostics().all());
        assertEquals(13, report.documents());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.aimsbook.Fixtures#overlays")
    void fixtureReportsExactlyWhatItExpects(String fixture) throws IOException {
        CheckReport report = Handbook.load(Fixtures.content(fixture, temp)).check(AS_OF);

        List<String> actual = report.diagnostics().all().stream()
                .map(d -> d.at().file() + ":" + d.at().line() + " " + d.rule().id())
                .sorted()
                .toList();
        assertEquals(Fixtures.expected(fixture), actual, report.text());
    }
}
