package org.aimsbook.publish.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.aimsbook.ExportOptions;
import org.aimsbook.ExportReport;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JBake export of the {@code site-editions} fixture, whose confidential documents all carry
 * the CANARY-7f3a9 name: a project of the site's own pages with JBake's headers, no AsciiDoc,
 * the same bytes every time, and nothing above the edition.
 */
class JBakeExportTest {
    private static final String CANARY = "canary-7f3a9";

    @TempDir
    static Path temp;
    static Path content;
    static Path internal;

    @BeforeAll
    static void exportInternalEdition() throws IOException {
        content = Fixtures.content("site-editions", temp);
        internal = temp.resolve("internal");
        assertTrue(export(internal, Classification.INTERNAL).version().isPresent());
    }

    @Test
    void aDocumentPageCarriesJBakeHeadersAndTheSitesHtml() throws IOException {
        String file = Files.readString(internal.resolve("content/systems/chat-helper.html"));
        String[] parts = file.split("\n" + JBakeProperties.SEPARATOR + "\n", 2);
        List<String> headers = Arrays.asList(parts[0].split("\n"));

        assertTrue(headers.contains("type=system"), parts[0]);
        assertTrue(headers.contains("status=published"), parts[0]);
        assertTrue(headers.stream().anyMatch(h -> h.matches("date=\\d{4}-\\d{2}-\\d{2}")), parts[0]);
        assertTrue(headers.stream().anyMatch(h -> h.startsWith("title=") && h.length() > "title=".length()), parts[0]);
        String tags = headers.stream().filter(h -> h.startsWith("tags=")).findFirst().orElseThrow();
        assertTrue(tags.contains("type-system") && tags.contains("owner-") && tags.contains("status-"), tags);
        assertTrue(Jsoup.parseBodyFragment(parts[1]).selectFirst("nav.breadcrumbs") != null, "the breadcrumbs come along");
    }

    @Test
    void theProjectHoldsNoAsciiDocForJBakeToConvert() throws IOException {
        for (String name : files(internal).keySet()) {
            assertFalse(name.endsWith(".adoc") || name.endsWith(".asciidoc") || name.endsWith(".ad"), name);
        }
    }

    @Test
    void everyTypeHasItsTemplateAndTheLayoutKeepsTheThemesFrame() throws IOException {
        Map<String, String> files = files(internal);
        String properties = files.get(JBakeProperties.FILE);
        for (String name : files.keySet()) {
            if (name.startsWith("content/")) {
                String type = files.get(name).lines().filter(line -> line.startsWith("type=")).findFirst().orElseThrow().substring(5);
                assertTrue(properties.contains("template." + type + ".file=" + type + ".ftl\n"), type);
                assertTrue(files.containsKey("templates/" + type + ".ftl"), type);
            }
        }
        String layout = files.get("templates/" + Templates.LAYOUT);
        assertTrue(layout.contains("nav class=\"sections\"") && layout.contains("${content.body?no_esc}"), layout);
        assertTrue(files.containsKey("assets/assets/style.css"), "JBake copies assets/ to the site's root");
        assertTrue(files.keySet().stream().anyMatch(name -> name.startsWith("assets/search/")), "the search index comes along");
    }

    @Test
    void theLayoutKeepsTheThemesContentSecurityPolicyFirstInItsHead() throws IOException {
        String layout = files(internal).get("templates/" + Templates.LAYOUT);

        // The template is FreeMarker, not HTML: read it as text. A policy governs only what follows it.
        int policy = layout.indexOf("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self';");
        assertTrue(policy > 0 && policy < layout.indexOf("<link") && policy < layout.indexOf("<script"), layout);
    }

    @Test
    void anInternalExportHoldsNoConfidentialDocument() throws IOException {
        for (Map.Entry<String, String> file : files(internal).entrySet()) {
            assertFalse(file.getKey().toLowerCase(Locale.ROOT).contains(CANARY), file.getKey());
            assertFalse(file.getValue().toLowerCase(Locale.ROOT).contains(CANARY), file.getKey());
        }
        Path confidential = temp.resolve("confidential");
        export(confidential, Classification.CONFIDENTIAL);
        assertTrue(Files.exists(confidential.resolve("content/systems/" + CANARY + "-scorer.html")),
                "the confidential edition has it");
    }

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        Path again = temp.resolve("again");
        export(again, Classification.INTERNAL);
        assertEquals(files(internal), files(again));
    }

    @Test
    void aFolderOfOtherFilesIsRefusedAndLeftAsItWas() throws IOException {
        Path out = Files.createDirectories(temp.resolve("theirs"));
        Files.writeString(out.resolve("notes.txt"), "mine");

        IOException refused = assertThrows(IOException.class, () -> export(out, Classification.INTERNAL));

        assertTrue(refused.getMessage().contains("aimsbook did not write"), refused.getMessage());
        assertEquals(List.of("notes.txt"), new ArrayList<>(files(out).keySet()));
    }

    @Test
    void aFolderInsideTheContentIsRefused() {
        IOException refused = assertThrows(IOException.class, () -> export(content.resolve("jbake"), Classification.INTERNAL));

        assertTrue(refused.getMessage().contains("overlaps the content folder"), refused.getMessage());
        assertFalse(Files.exists(content.resolve("jbake")));
    }

    @Test
    void aFailedExportLeavesThePreviousOneWhole() throws IOException {
        Path out = temp.resolve("replaced");
        export(out, Classification.INTERNAL);
        Map<String, String> before = files(out);
        // A theme whose frame has no <main> fails the export after the site was rendered.
        Path theme = Files.createDirectories(temp.resolve("broken-theme/templates"));
        Files.writeString(theme.resolve("layout.ftlh"), "<#macro frame scripts=[] quickSearch=true><#nested></#macro>\n"
                + "<#macro items list><#list list as item>${item.text}</#list></#macro>\n");
        Path broken = Fixtures.content("site-editions", temp.resolve("broken"));
        Files.writeString(broken.resolve("aims.yaml"), "theme: " + theme.getParent() + "\n", StandardOpenOption.APPEND);

        assertThrows(IllegalStateException.class, () -> Handbook.load(broken).export(options(out, Classification.INTERNAL)));

        assertEquals(before, files(out));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertTrue(siblings.noneMatch(sibling -> sibling.getFileName().toString().startsWith(".replaced")),
                    "no scratch folder is left beside it");
        }
    }

    private static ExportReport export(Path out, Classification edition) throws IOException {
        return Handbook.load(content).export(options(out, edition));
    }

    private static ExportOptions options(Path out, Classification edition) {
        return new ExportOptions(ExportOptions.Format.JBAKE, out, Optional.of("1.0"), edition, "", Sites.AS_OF, false);
    }

    /** Every file of an exported project by its path, as text. */
    private static Map<String, String> files(Path project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(project.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
