package org.aimsbook.check;

import java.time.LocalDate;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.model.Content;

/**
 * What a rule sees while it runs: the content, the day to judge dates against, and where to
 * report.
 */
record Scope(Content content, LocalDate asOf, Diagnostics.Builder out) {
}
