package org.aimsbook.check;

import java.time.LocalDate;

/**
 * How to check.
 *
 * @param asOf the day against which review and due dates are judged; a fixed day makes the
 *             result repeatable, so builds of the same content give the same diagnostics
 * @param strict whether warnings count as errors
 */
public record CheckOptions(LocalDate asOf, boolean strict) {
}
