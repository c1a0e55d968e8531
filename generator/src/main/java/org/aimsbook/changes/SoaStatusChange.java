package org.aimsbook.changes;

import java.util.Optional;

/**
 * A control whose applicability or implementation status changed in the Statement of
 * Applicability.
 *
 * @param control the Annex A control id: {@code A.2.2}
 * @param before what the previous version said; empty when it did not decide the control
 * @param after what the current version says; empty when it no longer decides the control
 */
public record SoaStatusChange(String control, Optional<SoaStatus> before, Optional<SoaStatus> after) {
}
