package org.aimsbook.publish.pdf;

import java.nio.file.Path;
import org.aimsbook.model.Classification;

/**
 * What the PDFs are stamped with and where their narrative comes from.
 *
 * @param content the content folder; narrative includes may not leave it
 * @param version the handbook version on the cover and in running headers
 * @param edition the audience; the content handed to {@link PdfPublisher} must already be visible to it
 */
public record PdfOptions(Path content, String version, Classification edition) {
}
