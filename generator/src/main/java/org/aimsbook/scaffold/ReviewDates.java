package org.aimsbook.scaffold;

import java.time.LocalDate;
import java.util.Map;

/**
 * The dates new content starts with: reviewed on the day it is made, next due a year later, so
 * that the checker has nothing overdue to report until the content has really gone a year
 * unreviewed.
 */
record ReviewDates(LocalDate today) {
    private static final int REVIEW_INTERVAL_MONTHS = 12;

    LocalDate nextReview() {
        return today.plusMonths(REVIEW_INTERVAL_MONTHS);
    }

    /** The template slots {@code today} and {@code next-review}. */
    Map<String, String> slots() {
        return Map.of("today", today.toString(), "next-review", nextReview().toString());
    }
}
