package org.aimsbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aimsbook.Fixtures;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader sees on each kind of page, read from one build of the base fixture (with a
 * policy whose narrative uses every kind of reference). Assertions go by visible text and by
 * where links lead, not by markup details a theme may change.
 */
class SitePagesTest {
    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = Fixtures.content("site-pages", temp);
        site = Sites.build(content, temp.resolve("out"), "1.0", Classification.INTERNAL).published().orElseThrow().folder();
    }

    @Test
    void dashboardShowsTitleScopeAndCountsLinkingToEachTypeIndex() {
        Document home = page("index.html");

        assertEquals("Example AIMS handbook", home.selectFirst("main h1").text());
        Element scope = home.selectFirst("main .scope");
        assertTrue(scope.text().contains("The use of AI systems by Example Ltd."), scope.text());
        assertLeadsTo("index.html", scope.selectFirst("a:contains(About the AI management system)"), "aims.html");

        Map<String, String> counts = new LinkedHashMap<>();
        for (Element count : home.select("main .counts a")) {
            counts.put(count.text(), target("index.html", count.attr("href")));
        }
        assertEquals("roles/index.html", counts.get("Roles: 2"), counts.toString());
        assertEquals("policies/index.html", counts.get("Policies and procedures: 1"), counts.toString());
        assertEquals("systems/index.html", counts.get("AI systems: 1"), counts.toString());
        assertEquals("assessments/index.html", counts.get("Risk and impact assessments: 2"), counts.toString());
        assertEquals("improvements/index.html", counts.get("Improvement log: 1"), counts.toString());
        assertEquals(9, counts.size(), "one count per document type that has documents: " + counts);
        counts.values().forEach(index -> assertTrue(Files.isRegularFile(site.resolve(index)), index));
    }

    @Test
    void typeIndexIsATableWithARowPerDocumentAndTheTypesColumns() {
        Document policies = page("policies/index.html");

        assertEquals(List.of("Title", "Kind", "Owner", "Classification", "Next review"), headings(policies.selectFirst("main table")));
        Elements rows = policies.select("main table tbody tr");
        assertEquals(1, rows.size());
        Element row = rows.first();
        assertLeadsTo("policies/index.html", row.selectFirst("th a:contains(AI policy)"), "policies/ai-policy.html");
        List<String> cells = row.select("td").stream().map(Element::text).toList();
        assertEquals(List.of("policy", "AIMS manager", "public", "2027-06-30"), cells);
        assertLeadsTo("policies/index.html", row.selectFirst("td a"), "roles/aims-manager.html");

        Document objectives = page("objectives/index.html");
        assertEquals(List.of("Title", "Status", "Target", "Due", "Owner"), headings(objectives.selectFirst("main table")));
        assertEquals(List.of("on track", "90 %", "2027-03-31", "AIMS manager"), objectives.select("main tbody tr td").eachText());
    }

    @Test
    void documentPageShowsFieldsDocumentControlAndBacklinks() {
        Document policy = page("policies/ai-policy.html");

        assertEquals("AI policy", policy.selectFirst("main h1").text());
        assertEquals("AI policy · Example AIMS handbook", policy.title());
        assertEquals("A.2.2 AI policy", fact(policy, "main #about ~ dl", "Controls").text());
        assertLeadsTo("policies/ai-policy.html", fact(policy, "main #about ~ dl", "Controls").selectFirst("a"), "controls/A.2.2.html");

        Element control = policy.selectFirst("main section.document-control");
        assertEquals("public", fact(control, "dl", "Classification").text());
        assertEquals("AIMS manager", fact(control, "dl", "Owner").text());
        assertLeadsTo("policies/ai-policy.html", fact(control, "dl", "Owner").selectFirst("a"), "roles/aims-manager.html");
        assertEquals("Executive board", fact(control, "dl", "Approver").text());
        assertEquals("2027-06-30", fact(control, "dl", "Next review").text());
        assertTrue(control.text().contains("policies/ai-policy.adoc"), control.text());

        Element backlinks = policy.selectFirst("main section.backlinks");
        assertEquals("Referenced by", backlinks.selectFirst("h2").text());
        assertLeadsTo("policies/ai-policy.html", backlinks.selectFirst("a:contains(Statement of Applicability)"), "soa.html");
    }

    @Test
    void narrativeReferencesAreLinksShowingTheTargetsTitleOrTheWritersText() {
        Element narrative = page("policies/ai-policy.html").selectFirst("main .narrative");
        String from = "policies/ai-policy.html";

        assertLeadsTo(from, narrative.selectFirst("a:containsOwn(AIMS manager)"), "roles/aims-manager.html");
        assertLeadsTo(from, narrative.selectFirst("a:containsOwn(A.2.2 AI policy)"), "controls/A.2.2.html");
        assertLeadsTo(from, narrative.selectFirst("a:containsOwn(the board)"), "roles/executive-board.html");
        assertLeadsTo(from, narrative.selectFirst("a:containsOwn(Wrong answer)"), "assessments/chat-helper-risk.html#risk-wrong-answer");
        assertLeadsTo(from, narrative.selectFirst("a:containsOwn(Chat helper)"), "systems/chat-helper.html");
        assertTrue(narrative.select("a").stream().noneMatch(a -> a.text().equals("Executive board")), "the writer's text replaces the title");
        assertFalse(narrative.text().contains("role:"), "no macro is left unconverted: " + narrative.text());
        // A clause has no page; it still reads as a clause, not as a bare number.
        assertTrue(narrative.text().contains("clause 5.2"), narrative.text());
        assertEquals("Scope", narrative.selectFirst("h2").text());
    }

    @Test
    void rolePageSaysWhatTheRoleIsResponsibleFor() {
        Document manager = page("roles/aims-manager.html");

        assertEquals("Runs the AI management system", fact(manager, "main #about ~ dl", "Responsibilities").text());
        assertEquals("Executive board", fact(manager, "main #about ~ dl", "Reports to").text());
        Element responsible = manager.selectFirst("main h2:containsOwn(What this role is responsible for)").parent();
        assertLeadsTo("roles/aims-manager.html", responsible.selectFirst("a:contains(AI policy (owner))"), "policies/ai-policy.html");
        assertLeadsTo("roles/aims-manager.html", responsible.selectFirst("a:contains(Chat helper risk assessment (named))"),
                "assessments/chat-helper-risk.html");

        Element board = page("roles/executive-board.html").selectFirst("main h2:containsOwn(What this role is responsible for)").parent();
        assertNotNull(board.selectFirst("a:contains(AI policy (approver))"), board.text());
        assertNotNull(board.selectFirst("a:contains(Management review 2026 (named))"), board.text());
    }

    @Test
    void riskAssessmentPageAnchorsEachRisk() {
        Document assessment = page("assessments/chat-helper-risk.html");

        Element risk = assessment.getElementById("risk-wrong-answer");
        assertNotNull(risk, "the anchor that risk links land on");
        assertTrue(risk.selectFirst("h3").text().contains("Wrong answer"), risk.selectFirst("h3").text());
        assertEquals("3", fact(risk, "dl", "Likelihood").text());
        assertEquals("5", fact(risk, "dl", "Severity").text());
        assertEquals("mitigate", fact(risk, "dl", "Option").text());
        assertLeadsTo("assessments/chat-helper-risk.html", fact(risk, "dl", "Controls").selectFirst("a"), "controls/A.9.3.html");
        assertLeadsTo("assessments/chat-helper-risk.html", fact(assessment, "main #about ~ dl", "System").selectFirst("a"),
                "systems/chat-helper.html");
    }

    @Test
    void riskRegisterGroupsRisksByHeatMapCellAndTheDashboardMapLinksThere() {
        Element cell = page("risks.html").getElementById("cell-3-5");
        assertEquals("Likelihood 3 × severity 5 = 15", cell.selectFirst("h2").text());
        Element row = cell.selectFirst("tbody tr");
        assertLeadsTo("risks.html", row.selectFirst("th a:contains(Wrong answer)"), "assessments/chat-helper-risk.html#risk-wrong-answer");
        assertLeadsTo("risks.html", row.selectFirst("td a"), "assessments/chat-helper-risk.html");
        assertEquals("mitigate, done", row.select("td").last().text());

        Element map = page("index.html").selectFirst("main .chart-risk-heat-map");
        assertLeadsTo("index.html", map.selectFirst("a[href$=#cell-3-5]"), "risks.html#cell-3-5");
    }

    @Test
    void controlPageShowsDecisionImplementationRisksAndCitingDocuments() {
        String path = "controls/A.9.3.html";
        Document control = page(path);

        assertEquals("A.9.3 Objectives for responsible use of AI system", control.selectFirst("main h1").text());
        Element decision = control.getElementById("decision").parent();
        assertEquals("yes", fact(decision, "dl", "Applicable").text());
        assertEquals("implemented", fact(decision, "dl", "Status").text());
        assertLeadsTo(path, fact(decision, "dl", "Implemented by").selectFirst("a:contains(AI policy)"), "policies/ai-policy.html");

        Element risks = control.getElementById("risks").parent();
        Element risk = risks.selectFirst("a:contains(Wrong answer)");
        assertTrue(risk.text().contains("score 15"), risk.text());
        assertLeadsTo(path, risk, "assessments/chat-helper-risk.html#risk-wrong-answer");

        Element citing = control.getElementById("citing").parent();
        assertLeadsTo(path, citing.selectFirst("a:contains(Chat helper risk assessment)"), "assessments/chat-helper-risk.html");

        Element excluded = page("controls/A.10.4.html").getElementById("decision").parent();
        assertEquals("no", fact(excluded, "dl", "Applicable").text());
        assertEquals("We have no customers of AI systems.", fact(excluded, "dl", "Justification").text());
    }

    @Test
    void statementOfApplicabilityListsAll38ControlsByGroupWithStatusImplementersAndJustifications() {
        Document soa = page("soa.html");

        List<String> groups = soa.select("main section[aria-labelledby^=group-] > h2").eachText().stream().map(heading -> heading.split(" ")[0]).toList();
        assertEquals(List.of("A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10"), groups);
        Elements rows = soa.select("main table.soa-table tbody tr");
        assertEquals(38, rows.size());
        for (Element row : rows) {
            Element control = row.selectFirst("th a");
            assertLeadsTo("soa.html", control, "controls/" + control.text() + ".html");
        }
        Element policy = row(rows, "A.2.2");
        assertEquals(List.of("AI policy", "yes", "implemented", "AI policy", ""), policy.select("td").stream().map(Element::text).toList());
        assertLeadsTo("soa.html", policy.selectFirst("td a"), "policies/ai-policy.html");
        Element excluded = row(rows, "A.10.4");
        assertEquals(List.of("Customers", "no", "not applicable", "", "We have no customers of AI systems."),
                excluded.select("td").stream().map(Element::text).toList());
    }

    @Test
    void roleMatrixHasARoleColumnEachAndSaysWhoOwnsApprovesOrIsNamed() {
        Document raci = page("raci.html");
        Element table = raci.selectFirst("main table");

        assertEquals(List.of("Document", "AIMS manager", "Executive board"), headings(table));
        assertLeadsTo("raci.html", table.selectFirst("thead a:contains(AIMS manager)"), "roles/aims-manager.html");
        assertEquals(List.of("O", "A"), row(table.select("tbody tr"), "AI policy").select("td").stream().map(Element::text).toList());
        assertEquals(List.of("O", "A"), row(table.select("tbody tr"), "Statement of Applicability").select("td").stream().map(Element::text).toList());
        assertEquals(List.of("N", "N"), row(table.select("tbody tr"), "Management review 2026").select("td").stream().map(Element::text).toList());
        assertEquals(List.of("", "N"), row(table.select("tbody tr"), "Internal audit 2026").select("td").stream().map(Element::text).toList());
    }

    @Test
    void notFoundPageSaysSoAndLeadsToTheDashboard() {
        Document missing = page("404.html");

        assertEquals("Page not found", missing.selectFirst("main h1").text());
        assertLeadsTo("404.html", missing.selectFirst("main a:contains(dashboard)"), "index.html");
    }

    @Test
    void breadcrumbsLeadFromTheDashboardToTheCurrentPage() {
        Element crumbs = page("policies/ai-policy.html").selectFirst("nav.breadcrumbs");
        assertEquals(List.of("Dashboard", "Policies and procedures", "AI policy"), crumbs.select("li").eachText());
        assertLeadsTo("policies/ai-policy.html", crumbs.selectFirst("a:contains(Dashboard)"), "index.html");
        assertLeadsTo("policies/ai-policy.html", crumbs.selectFirst("a:contains(Policies and procedures)"), "policies/index.html");
        Element current = crumbs.selectFirst("li:last-child > *");
        assertEquals("page", current.attr("aria-current"));
        assertFalse(current.is("a"), "the current page is not a link to itself");

        Element control = page("controls/A.9.3.html").selectFirst("nav.breadcrumbs");
        assertEquals(List.of("Dashboard", "Statement of Applicability", "A.9.3 Objectives for responsible use of AI system"),
                control.select("li").eachText());
        assertLeadsTo("controls/A.9.3.html", control.selectFirst("a:contains(Statement of Applicability)"), "soa.html");

        assertNotNull(page("roles/index.html").selectFirst("nav.breadcrumbs"));
        assertEquals(null, page("index.html").selectFirst("nav.breadcrumbs"), "the dashboard is the top");
    }

    @Test
    void navigationMarksTheCurrentSectionOnly() {
        Map<String, String> current = Map.of(
                "index.html", "Dashboard",
                "policies/ai-policy.html", "Policies and procedures",
                "roles/index.html", "Roles",
                "controls/A.9.3.html", "Statement of Applicability",
                "soa.html", "Statement of Applicability",
                "raci.html", "Roles and responsibilities");
        current.forEach((path, section) -> {
            Elements marked = page(path).select("nav.sections a[aria-current=page]");
            assertEquals(List.of(section), marked.eachText(), path);
        });
        for (Element link : page("systems/chat-helper.html").select("nav.sections a")) {
            assertTrue(Files.isRegularFile(site.resolve(target("systems/chat-helper.html", link.attr("href")))), link.outerHtml());
        }
    }

    // --- reading pages

    private static Document page(String path) {
        return Sites.page(site.resolve(path));
    }

    /** A fact's value ({@code <dd>}) by its label ({@code <dt>}), in the first list matching {@code list}. */
    private static Element fact(Element within, String list, String label) {
        for (Element dl : within.select(list)) {
            for (Element dt : dl.select(":root > div > dt, :root > dt")) {
                if (dt.text().equals(label)) {
                    return dt.nextElementSibling();
                }
            }
        }
        throw new AssertionError("no fact " + label + " in " + within.select(list).outerHtml());
    }

    private static List<String> headings(Element table) {
        return table.select("thead th").eachText();
    }

    /** The table row whose heading cell starts with {@code heading}. */
    private static Element row(Elements rows, String heading) {
        return rows.stream().filter(row -> row.selectFirst("th").text().startsWith(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + heading));
    }

    /** Where a link on the page at {@code from} leads, as a path within the version folder (with its #anchor). */
    private static String target(String from, String href) {
        Path page = site.resolve(from).getParent();
        String[] parts = href.split("#", 2);
        String path = site.relativize(page.resolve(parts[0]).normalize()).toString().replace('\\', '/');
        return parts.length == 2 ? path + "#" + parts[1] : path;
    }

    private static void assertLeadsTo(String from, Element link, String expected) {
        assertNotNull(link, "a link to " + expected + " on " + from);
        assertEquals(expected, target(from, link.attr("href")), link.outerHtml());
        String file = expected.split("#")[0];
        assertTrue(Files.isRegularFile(site.resolve(file)), file + " exists");
        if (expected.contains("#")) {
            assertNotNull(page(file).getElementById(expected.split("#")[1]), expected + " has its anchor");
        }
    }
}
