package org.aimsbook.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.model.Classification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editions fixture as PDFs: confidential documents are marked CANARY-7f3a9 (see
 * {@code render/EditionsTest}). The internal edition is written twice to pin byte-identical output.
 */
class PdfEditionsTest {
    static final String CANARY = "canary-7f3a9";

    @TempDir
    static Path temp;
    static Path internal;
    static Path internalAgain;
    static Path confidential;

    @BeforeAll
    static void writeEachEdition() throws IOException {
        Path content = Fixtures.content("site-editions", temp);
        internal = write(content, "internal", Classification.INTERNAL);
        internalAgain = write(content, "internal-again", Classification.INTERNAL);
        confidential = write(content, "confidential", Classification.CONFIDENTIAL);
    }

    private static Path write(Path content, String name, Classification edition) throws IOException {
        Path out = temp.resolve(name);
        assertTrue(Handbook.load(content).pdf(out, Optional.of("1.0"), edition).passed());
        return out;
    }

    @Test
    void confidentialCanaryIsAbsentFromTheInternalEditionsPdfs() {
        assertFalse(PdfReader.text(internal.resolve(PdfPublisher.HANDBOOK)).contains(CANARY));
        assertFalse(PdfReader.text(internal.resolve(PdfPublisher.SOA)).contains(CANARY));
    }

    @Test
    void confidentialEditionShowsTheCanary() {
        String text = PdfReader.text(confidential.resolve(PdfPublisher.HANDBOOK));
        assertTrue(text.contains(CANARY), "confidential handbook");
        assertTrue(text.contains("(canary-7f3a9 body)"), "its narrative is included");
        assertTrue(PdfReader.text(confidential.resolve(PdfPublisher.HANDBOOK), 1, 1).contains("confidential edition"));
    }

    @Test
    void theSameContentGivesByteIdenticalPdfs() throws IOException {
        for (String file : new String[] {PdfPublisher.HANDBOOK, PdfPublisher.SOA}) {
            assertArrayEquals(Files.readAllBytes(internal.resolve(file)), Files.readAllBytes(internalAgain.resolve(file)), file);
        }
    }
}
