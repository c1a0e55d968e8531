package org.aimsbook.changes;

/**
 * What the Statement of Applicability says of one control.
 *
 * @param applicable whether the control is necessary for the AIMS
 * @param status its implementation status as written: {@code planned}, {@code partial},
 *               {@code implemented} or {@code not-applicable}
 */
public record SoaStatus(boolean applicable, String status) {
}
