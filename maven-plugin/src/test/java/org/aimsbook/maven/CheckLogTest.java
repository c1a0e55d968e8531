package org.aimsbook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aimsbook.CheckReport;
import org.aimsbook.diagnostic.Diagnostic;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.diagnostic.Severity;
import org.aimsbook.model.Position;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** Maven's log shows each diagnostic line as the CLI prints it, at the level of its severity. */
class CheckLogTest {
    private static final Path CONTENT = Path.of("/repo/aims").toAbsolutePath();

    @Test
    void errorsGoToErrorAndWarningsToWarningEachWithItsHintThenTheSummary() {
        CheckReport report = new CheckReport(CONTENT, new Diagnostics(List.of(
                new Diagnostic(new Position("policies/ai-policy.adoc", 5, 8), Severity.ERROR, Rule.REF_UNKNOWN,
                        "`role:aims-manger` does not exist", Optional.of("did you mean `role:aims-manager`?")),
                new Diagnostic(new Position("roles/owner.yaml", 2, 1), Severity.WARNING, Rule.REVIEW_OVERDUE,
                        "review was due on 2026-01-01", Optional.empty()))), 2);
        RecordingLog log = new RecordingLog();

        CheckLog.write(report, log);

        String folder = CONTENT.toString().replace('\\', '/');
        assertEquals(List.of(
                "error " + folder + "/policies/ai-policy.adoc:5:8: error [REF-UNKNOWN] `role:aims-manger` does not exist",
                "error   did you mean `role:aims-manager`?",
                "warn " + folder + "/roles/owner.yaml:2:1: warning [REVIEW-OVERDUE] review was due on 2026-01-01",
                "error 1 error, 1 warning in 2 documents"), log.lines);
    }

    @Test
    void aCleanCheckIsOneLineOfInformation() {
        RecordingLog log = new RecordingLog();

        CheckLog.write(new CheckReport(CONTENT, new Diagnostics(List.of()), 13), log);

        assertEquals(List.of("info 0 errors, 0 warnings in 13 documents"), log.lines);
    }

    /** Keeps what is logged, with its level, instead of printing it. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("info " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("warn " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("error " + content);
        }
    }
}
