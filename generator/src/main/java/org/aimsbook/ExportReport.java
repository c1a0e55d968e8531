package org.aimsbook;

import java.util.Optional;

/**
 * The outcome of an export.
 *
 * @param check the diagnostics; an export with errors writes nothing
 * @param version the version exported, absent when the check failed
 */
public record ExportReport(CheckReport check, Optional<String> version) {
}
