package org.aimsbook.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.BuildOptions;
import org.aimsbook.CheckReport;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.model.Classification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editions fixture as PDFs: confidential documents are marked CANARY-7f3a9 (see
 * {@code render/EditionsTest}). The internal edition is written twice to pin byte-identical
 * output, and once more with a theme of the user's.
 */
class PdfEditionsTest {
    static final String CANARY = "canary-7f3a9";

    @TempDir
    static Path temp;
    static Path internal;
    static Path internalAgain;
    static Path confidential;
    static Path themed;
    static Path content;

    @BeforeAll
    static void writeEachEdition() throws IOException {
        content = Fixtures.content("site-editions", temp);
        internal = write(options("internal", Classification.INTERNAL, Optional.empty()));
        internalAgain = write(options("internal-again", Classification.INTERNAL, Optional.empty()));
        confidential = write(options("confidential", Classification.CONFIDENTIAL, Optional.empty()));
        Path theme = Files.createDirectories(temp.resolve("theme/pdf"));
        // A user's PDF theme in asciidoctor-pdf's own format, replacing the default's running header.
        Files.writeString(theme.resolve("aimsbook-theme.yml"), """
                extends: default
                header:
                  height: 0.5in
                  recto:
                    left:
                      content: 'Our own header for {aimsbook-version}'
                  verso:
                    left:
                      content: 'Our own header for {aimsbook-version}'
                """);
        themed = write(options("themed", Classification.INTERNAL, Optional.of(theme.getParent())));
    }

    private static BuildOptions options(String name, Classification edition, Optional<Path> theme) {
        return new BuildOptions(temp.resolve(name), Optional.of("1.0"), edition, theme, LocalDate.of(2026, 11, 1), false);
    }

    private static Path write(BuildOptions options) throws IOException {
        assertTrue(Handbook.load(content).pdf(options).passed());
        return options.out();
    }

    @Test
    void aThemeFolderWithAPdfThemeReplacesTheDefaultOne() {
        String page = PdfReader.text(themed.resolve(PdfPublisher.HANDBOOK), 3, 3);
        assertTrue(page.contains("our own header for 1.0"), page);
        assertFalse(page.contains("internal edition"), page);
        assertTrue(PdfReader.text(internal.resolve(PdfPublisher.HANDBOOK), 3, 3).contains("internal edition"));
    }

    @Test
    void strictPdfsAreJudgedAsOfTheDayGivenAndWriteNothingOnWarnings() throws IOException {
        BuildOptions late = new BuildOptions(temp.resolve("late"), Optional.of("1.0"), Classification.INTERNAL, Optional.empty(),
                LocalDate.of(2100, 1, 1), true);
        CheckReport report = Handbook.load(content).pdf(late);
        assertFalse(report.passed());
        assertTrue(report.text().contains("[REVIEW-OVERDUE]"), report.text());
        assertFalse(Files.exists(late.out()));
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
