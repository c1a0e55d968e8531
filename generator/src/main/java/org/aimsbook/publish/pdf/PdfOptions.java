package org.aimsbook.publish.pdf;

import java.nio.file.Path;
import java.util.Optional;
import org.aimsbook.model.Classification;

/**
 * What the PDFs are stamped with, where their narrative comes from and how they look.
 *
 * @param content the content folder; narrative includes may not leave it
 * @param version the handbook version on the cover and in running headers
 * @param edition the audience; the content handed to {@link PdfPublisher} must already be visible to it
 * @param theme a theme folder whose {@code pdf/aimsbook-theme.yml}, where it has one, replaces the default PDF theme
 */
public record PdfOptions(Path content, String version, Classification edition, Optional<Path> theme) {
}
