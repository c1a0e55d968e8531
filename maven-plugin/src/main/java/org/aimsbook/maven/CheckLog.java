package org.aimsbook.maven;

import org.aimsbook.CheckReport;
import org.aimsbook.diagnostic.Diagnostic;
import org.aimsbook.diagnostic.Severity;
import org.apache.maven.plugin.logging.Log;

/**
 * A check's diagnostics in Maven's log: each line as the CLI prints it, at its own level, so
 * that {@code [ERROR]} and {@code [WARNING]} mark them and IDEs link their {@code path:line:col}.
 */
final class CheckLog {
    private CheckLog() {
    }

    static void write(CheckReport check, Log log) {
        for (Diagnostic diagnostic : check.diagnostics().all()) {
            for (String line : check.lines(diagnostic)) {
                if (diagnostic.severity() == Severity.ERROR) {
                    log.error(line);
                } else {
                    log.warn(line);
                }
            }
        }
        if (check.passed()) {
            log.info(check.summary());
        } else {
            log.error(check.summary());
        }
    }
}
