package org.aimsbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefKind;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed macros in narrative become links: every kind, found in one pass, with the writer's own
 * text where given. Only what the checker reads as a reference becomes a link, so no link
 * leads anywhere the check did not look: a kind's name inside a word or a path, or an escaped
 * macro, stays text.
 */
class RefMacroTest {
    private static final String NARRATIVE = """

            Every kind: aims:aims[], soa:soa[], role:executive-board[], policy:ai-policy[],
            system:chat-helper[], data:chat-logs[], assessment:chat-helper-risk[], risk:wrong-answer[],
            objective:answer-quality[], improvement:missing-log-review[], audit:audit-2026[],
            review:review-2026[], control:a.2.2[], clause:6.1.4[].

            * In a list item, role:aims-manager[the one who keeps it].

            Not references: metadata:chat-logs[], superrole:aims-manager[], see/role:aims-manager[] and \\role:aims-manager[].
            """;
    @TempDir
    static Path temp;
    static Element main;
    static List<Ref> mentions;

    @BeforeAll
    static void build() throws IOException {
        Path content = Fixtures.content("base", temp);
        Path policy = content.resolve("policies/ai-policy.adoc");
        Files.writeString(policy, Files.readString(policy) + NARRATIVE);
        Path out = temp.resolve("out/site");
        Sites.build(content, out, "1.0", Classification.INTERNAL);
        main = Sites.page(out.resolve("1.0/policies/ai-policy.html")).selectFirst("main");
        mentions = Handbook.load(content).content().document("policy:ai-policy").orElseThrow().mentions();
    }

    @Test
    void everyKindInOneParagraphBecomesALinkOfItsKind() {
        Element paragraph = paragraphWith("Every kind");
        List<String> kinds = paragraph.select("a.ref").stream()
                .map(link -> link.classNames().stream().filter(name -> name.startsWith("ref-")).findFirst().orElseThrow())
                .toList();

        assertEquals(List.of("ref-aims", "ref-soa", "ref-role", "ref-policy", "ref-system", "ref-data", "ref-assessment",
                "ref-risk", "ref-objective", "ref-improvement", "ref-audit", "ref-review", "ref-control"), kinds,
                paragraph.html());
        assertTrue(paragraph.text().contains("clause 6.1.4"), "a clause has no page and reads as its number: " + paragraph.text());
    }

    @Test
    void theWritersOwnTextIsTheLinkText() {
        Element link = paragraphWith("In a list item").selectFirst("a.ref-role");

        assertEquals("the one who keeps it", link.text());
        assertEquals("../roles/aims-manager.html", link.attr("href"));
    }

    @Test
    void aKindsNameInsideAWordOrPathOrEscapedIsText() {
        Element paragraph = paragraphWith("Not references");

        assertEquals(List.of(), paragraph.select("a").eachText(), paragraph.html());
        assertTrue(paragraph.text().contains("metadata:chat-logs[], superrole:aims-manager[], see/role:aims-manager[] and role:aims-manager[]."),
                "escaped as written, without its backslash: " + paragraph.text());
    }

    @Test
    void theLinksAreExactlyTheReferencesTheCheckerRead() {
        // The fixture's own role, control and clause, the fourteen kinds and the list item's role.
        assertEquals(18, mentions.size(), mentions.toString());
        long clauses = mentions.stream().filter(ref -> ref.kind() == RefKind.CLAUSE).count();

        assertEquals(mentions.size() - clauses, main.select("a.ref").size(), "every reference but the clauses has a page");
    }

    private static Element paragraphWith(String text) {
        return main.select("p").stream().filter(p -> p.text().startsWith(text)).findFirst().orElseThrow(() -> new AssertionError(main.html()));
    }
}
