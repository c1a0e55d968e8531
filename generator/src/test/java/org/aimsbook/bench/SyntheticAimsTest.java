package org.aimsbook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.aimsbook.CheckReport;
import org.aimsbook.Handbook;
import org.aimsbook.check.CheckOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark measures the real path only if its synthetic content is valid. */
class SyntheticAimsTest {

    @Test
    void syntheticContentChecksCleanAndHasTheSizeAskedFor(@TempDir Path temp) throws IOException {
        int written = SyntheticAims.write(temp, 500);

        CheckReport report = Handbook.load(temp).check(new CheckOptions(LocalDate.parse("2026-11-27"), false));

        assertEquals("0 errors, 0 warnings in " + written + " documents", report.summary(), report.text());
        assertEquals(500, written, 5);
    }

    @Test
    void asciiDocPagesAreNearlyAllPoliciesOfAboutSixtyLines(@TempDir Path temp) throws IOException {
        int written = SyntheticAims.write(temp, 200, SyntheticAims.Shape.ASCIIDOC_PAGES);

        CheckReport report = Handbook.load(temp).check(new CheckOptions(LocalDate.parse("2026-11-27"), false));

        assertEquals("0 errors, 0 warnings in " + written + " documents", report.summary(), report.text());
        assertEquals(200, written);
        try (var policies = Files.list(temp.resolve("policies"))) {
            assertEquals(180, policies.count());
        }
        long lines = Files.readAllLines(temp.resolve("policies/policy-7.adoc")).size();
        assertTrue(lines >= 55 && lines <= 70, lines + " lines");
    }
}
