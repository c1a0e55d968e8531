package org.aimsbook.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.BuildOptions;
import java.util.Set;
import java.util.TreeSet;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.aimsbook.model.SoaDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example content's internal edition as handbook and SoA PDFs, written once for all tests. */
class ExamplePdfTest {
    @TempDir
    static Path out;
    static Path handbook;
    static Path soa;
    static List<String> applicable;

    @BeforeAll
    static void writeOnce() throws IOException {
        Handbook example = Handbook.load(Sites.EXAMPLE);
        assertTrue(example.pdf(new BuildOptions(out, Optional.of("2.1-test"), Classification.INTERNAL, Optional.empty(),
                LocalDate.of(2026, 11, 1), false)).passed());
        handbook = out.resolve(PdfPublisher.HANDBOOK);
        soa = out.resolve(PdfPublisher.SOA);
        applicable = example.content().soa().orElseThrow().decisions().stream()
                .filter(SoaDecision::applicable).map(SoaDecision::control).toList();
    }

    @Test
    void soaPdfListsEveryApplicableControl() {
        String text = PdfReader.text(soa);
        assertEquals(List.of(), applicable.stream().filter(id -> !text.contains(id.toLowerCase())).toList());
        assertTrue(text.contains("policy:ai-policy"), "rows name the implementing documents by reference");
    }

    @Test
    void handbookAppendixListsEveryApplicableControl() {
        String text = PdfReader.text(handbook);
        String appendix = text.substring(text.lastIndexOf("appendix a"));
        assertTrue(appendix.contains("statement of applicability"), appendix.substring(0, 80));
        assertEquals(List.of(), applicable.stream().filter(id -> !appendix.contains(id.toLowerCase())).toList());
    }

    @Test
    void coverShowsOrganizationVersionAndEdition() {
        String cover = PdfReader.text(handbook, 1, 1);
        assertTrue(cover.contains("2.1-test"), cover);
        assertTrue(cover.contains("internal edition"), cover);
        assertTrue(cover.contains("2026-"), "dated from the content: " + cover);
    }

    @Test
    void handbookHasAChapterPerTypeInItsOutlineAndContents() {
        List<String> outline = PdfReader.outline(handbook);
        for (String chapter : List.of("Roles", "Policies and procedures", "AI systems", "Appendix A: Statement of Applicability")) {
            assertTrue(outline.stream().anyMatch(title -> title.endsWith(chapter)), chapter + " in " + outline);
        }
        assertTrue(PdfReader.text(handbook, 2, 3).contains("table of contents"));
    }

    @Test
    void eachDocumentIsOneSectionHeadedByItsTitle() {
        List<String> policies = PdfReader.outline(handbook, "Policies and procedures");
        assertEquals(1, policies.stream().filter(title -> title.replaceFirst("^[0-9.]+ ", "").equals("AI Policy")).count(), policies.toString());
        assertEquals(policies.stream().distinct().toList(), policies);
    }

    @Test
    void referencesAndSoaRowsAreClickableWithinTheHandbook() {
        assertTrue(PdfReader.internalLinks(handbook) > applicable.size(), "internal links: " + PdfReader.internalLinks(handbook));
    }

    @Test
    void pagesCarryVersionAndEditionInTheirRunningHeader() {
        String page = PdfReader.text(handbook, 5, 5);
        assertTrue(page.contains("version 2.1-test · internal edition"), page);
    }

    @Test
    void documentsShowTheirStructuredFactsAsTheirPagesDo() {
        String text = PdfReader.text(handbook).replaceAll("\\s+", " ");
        for (String fact : List.of(
                // a system card's intended use and foreseeable misuse
                "foreseeable misuse", "rejecting an application because of its match band without a recruiter reading it",
                // a risk of an assessment with its rating and treatment
                "scores used to change prices or service levels", "likelihood", "playbook rule that scores are for offering help only",
                // a role's responsibilities
                "checks that impact assessments cover the rights of the people concerned")) {
            assertTrue(text.contains(fact), fact);
        }
    }

    @Test
    void risksAreAnchoredWithinTheirAssessmentAndEveryLinkLeadsSomewhere() {
        Set<String> destinations = PdfReader.destinations(handbook);
        assertTrue(destinations.contains("ref-assessment-churn-forecast-risk.risk-churn-score-misuse"),
                destinations.stream().filter(d -> d.contains("churn")).toList().toString());
        Set<String> dangling = new TreeSet<>(PdfReader.linkTargets(handbook));
        dangling.removeAll(destinations);
        assertEquals(Set.of(), dangling);
    }
}
