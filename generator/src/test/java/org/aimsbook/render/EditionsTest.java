package org.aimsbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aimsbook.Fixtures;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One content folder built as each edition. Confidential documents (a procedure, a data asset,
 * a system and its assessments, all marked CANARY-7f3a9 in titles, ids, fields and narrative)
 * refer to public and internal ones and treat a risk with a control; an internal system card
 * carries INTERNAL-c4e1. Nothing of a document may reach an edition below its classification:
 * not its page, nor its title in a list, backlink, matrix, count or any other file written.
 */
class EditionsTest {
    static final String CONFIDENTIAL = "canary-7f3a9";
    static final String INTERNAL = "internal-c4e1";

    @TempDir
    static Path temp;
    static final Map<Classification, Path> outs = new EnumMap<>(Classification.class);
    static final Map<Classification, Path> sites = new EnumMap<>(Classification.class);

    @BeforeAll
    static void buildEachEdition() throws IOException {
        Path content = Fixtures.content("site-editions", temp);
        for (Classification edition : Classification.values()) {
            Path out = temp.resolve("out-" + edition.name().toLowerCase(Locale.ROOT));
            outs.put(edition, out);
            sites.put(edition, Sites.build(content, out, "1.0", edition).published().orElseThrow().folder());
        }
    }

    @Test
    void confidentialMarksReachNoFileOfThePublicOrInternalEdition() throws IOException {
        assertEquals(List.of(), filesMentioning(Classification.PUBLIC, CONFIDENTIAL));
        assertEquals(List.of(), filesMentioning(Classification.INTERNAL, CONFIDENTIAL));

        List<String> confidential = filesMentioning(Classification.CONFIDENTIAL, CONFIDENTIAL);
        for (String page : List.of("1.0/policies/canary-7f3a9-handling.html", "1.0/data/canary-7f3a9-records.html",
                "1.0/systems/canary-7f3a9-scorer.html", "1.0/policies/ai-policy.html", "1.0/controls/A.9.3.html",
                "1.0/raci.html", "latest/roles/aims-manager.html")) {
            assertTrue(confidential.contains(page), page + " in " + confidential);
        }
        assertTrue(confidential.stream().anyMatch(file -> file.startsWith("1.0/search/w")),
                "the confidential edition's search finds the canary: " + confidential);
    }

    @Test
    void internalMarksReachNoFileOfThePublicEdition() throws IOException {
        assertEquals(List.of(), filesMentioning(Classification.PUBLIC, INTERNAL));
        assertTrue(filesMentioning(Classification.INTERNAL, INTERNAL).contains("1.0/systems/chat-helper.html"));
    }

    @Test
    void confidentialEditionShowsTheMarkedDocumentsInFull() {
        Document procedure = page(Classification.CONFIDENTIAL, "policies/canary-7f3a9-handling.html");
        assertEquals("Handling of CANARY-7f3a9 records", procedure.selectFirst("main h1").text());
        assertTrue(procedure.selectFirst("main .narrative").text().contains("(CANARY-7f3a9 body)"));
        assertTrue(procedure.selectFirst("main .narrative a:contains(CANARY-7f3a9 records leak)") != null,
                "a risk macro leads to the risk");
        Document records = page(Classification.CONFIDENTIAL, "data/canary-7f3a9-records.html");
        assertTrue(records.selectFirst("main").text().contains("The CANARY-7f3a9 vault"));
        Element risks = page(Classification.CONFIDENTIAL, "controls/A.9.3.html").getElementById("risks").parent();
        assertTrue(risks.text().contains("CANARY-7f3a9 records leak"), risks.text());
    }

    @Test
    void publicEditionHasNoPagesOfInternalDocuments() {
        Path site = sites.get(Classification.PUBLIC);
        for (String page : List.of("aims.html", "roles/executive-board.html", "systems/chat-helper.html", "systems/index.html",
                "data/chat-logs.html", "assessments/chat-helper-risk.html", "audits/audit-2026.html")) {
            assertFalse(Files.exists(site.resolve(page)), page);
            assertTrue(Files.exists(sites.get(Classification.INTERNAL).resolve(page)), page + " in the internal edition");
        }
        for (String page : List.of("policies/ai-policy.html", "roles/aims-manager.html", "soa.html", "controls/A.9.3.html")) {
            assertTrue(Files.exists(site.resolve(page)), page);
        }
        assertEquals(List.of("AIMS manager"), page(Classification.PUBLIC, "roles/index.html").select("main tbody th").eachText());
        assertFalse(page(Classification.PUBLIC, "index.html").select("nav.sections").text().contains("AI systems"));
    }

    @Test
    void publicEditionListsNoInternalDocumentAnywhere() {
        Element policy = page(Classification.PUBLIC, "policies/ai-policy.html").selectFirst("main");
        assertEquals(List.of("Statement of Applicability"), policy.select(".backlinks li").eachText());
        assertTrue(policy.select("a").stream().noneMatch(a -> a.attr("href").contains("executive-board")),
                "the internal approver is not linked");

        Element soa = row(page(Classification.PUBLIC, "soa.html").select("main tbody tr"), "A.9.3");
        assertEquals(List.of("AI policy"), soa.select("td a").eachText());
        Element internalSoa = row(page(Classification.INTERNAL, "soa.html").select("main tbody tr"), "A.9.3");
        assertEquals(List.of("AI policy", "Chat helper"), internalSoa.select("td a").eachText());

        Element decision = page(Classification.PUBLIC, "controls/A.9.3.html").getElementById("decision").parent();
        assertFalse(decision.text().contains("Chat helper"), decision.text());
        Element risks = page(Classification.PUBLIC, "controls/A.9.3.html").getElementById("risks").parent();
        assertFalse(risks.text().contains("Wrong answer"), risks.text());

        Element raci = page(Classification.PUBLIC, "raci.html").selectFirst("main table");
        assertEquals(List.of("Document", "AIMS manager"), raci.select("thead th").eachText());
        assertEquals(List.of("AI policy policy", "Statement of Applicability Statement of Applicability"),
                raci.select("tbody th").eachText());

        Element responsible = page(Classification.PUBLIC, "roles/aims-manager.html")
                .selectFirst("main h2:containsOwn(What this role is responsible for)").parent();
        assertEquals(List.of("AI policy (owner)", "Statement of Applicability (owner)"), responsible.select("a").eachText());
    }

    @Test
    void dashboardCountsOnlyWhatTheEditionShows() {
        assertEquals(List.of("Roles: 1", "Policies and procedures: 1"), counts(Classification.PUBLIC));
        assertEquals(List.of("Roles: 2", "Policies and procedures: 1", "AI systems: 1", "Data assets: 1",
                "Risk and impact assessments: 2", "AI objectives: 1", "Improvement log: 1", "Internal audits: 1",
                "Management reviews: 1"), counts(Classification.INTERNAL));
        assertEquals(List.of("Roles: 2", "Policies and procedures: 2", "AI systems: 2", "Data assets: 2",
                "Risk and impact assessments: 4", "AI objectives: 1", "Improvement log: 1", "Internal audits: 1",
                "Management reviews: 1"), counts(Classification.CONFIDENTIAL));
        assertTrue(page(Classification.PUBLIC, "index.html").selectFirst("footer").text().contains("public edition"));
    }

    @Test
    void noEditionHasABrokenLink() throws IOException {
        for (Classification edition : Classification.values()) {
            Crawl crawl = new Crawl(outs.get(edition));
            assertEquals(List.of(), crawl.brokenLinks(), edition.name());
            assertEquals(List.of(), crawl.brokenAnchors(), edition.name());
        }
    }

    /** Files of an edition's output (any kind, hidden ones too) whose path or bytes mention {@code mark}, any case. */
    private static List<String> filesMentioning(Classification edition, String mark) throws IOException {
        Path out = outs.get(edition);
        List<String> found = new ArrayList<>();
        for (Path file : Sites.files(out)) {
            String path = out.relativize(file).toString().replace('\\', '/');
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            if ((path + "\n" + text).toLowerCase(Locale.ROOT).contains(mark)) {
                found.add(path);
            }
        }
        return found;
    }

    private static Document page(Classification edition, String path) {
        return Sites.page(sites.get(edition).resolve(path));
    }

    private static List<String> counts(Classification edition) {
        return page(edition, "index.html").select("main .counts a").eachText();
    }

    private static Element row(List<Element> rows, String heading) {
        return rows.stream().filter(row -> row.selectFirst("th").text().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + heading));
    }
}
