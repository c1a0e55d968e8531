package org.aimsbook.publish.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.aimsbook.ExportOptions;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.aimsbook.model.Document;
import org.aimsbook.render.PagePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real JBake 2.7.0 bakes the exported projects, in a JVM of its own: JBake is locked to
 * AsciidoctorJ 2.5 and brings OrientDB and logback, none of which may meet the generator's
 * class path. The {@code jbake} module, which the reactor builds first, copies its jars into
 * {@code jbake/target/jbake-lib}.
 */
class JBakeBakeIT {
    private static final Path JBAKE = Path.of("..", "bench", "jbake", "target");
    private static final String CANARY = "canary-7f3a9";

    @TempDir
    static Path temp;
    static Path example;

    @BeforeAll
    static void bakeTheExample() throws Exception {
        example = bake(Sites.EXAMPLE, "example");
    }

    @Test
    void everyDocumentOfTheEditionHasABakedPage() throws IOException {
        List<Document> documents = Handbook.load(Sites.EXAMPLE).content().visibleTo(Classification.INTERNAL).documents();

        assertFalse(documents.isEmpty());
        for (Document document : documents) {
            assertTrue(Files.isRegularFile(example.resolve(PagePaths.of(document))), PagePaths.of(document));
        }
        for (String page : List.of("index.html", "soa.html", "risks.html", "raci.html", "changes.html", "search.html",
                "controls/A.6.2.8.html")) {
            assertTrue(Files.isRegularFile(example.resolve(page)), page);
        }
    }

    @Test
    void everyLinkOfEveryBakedPageLeadsToABakedFile() throws IOException {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages(example)) {
            String from = example.relativize(page).toString().replace('\\', '/');
            for (Element element : Jsoup.parse(page).select("a[href], link[href], script[src], img[src], form[action]")) {
                String target = element.hasAttr("href") ? element.attr("href")
                        : element.hasAttr("src") ? element.attr("src") : element.attr("action");
                if (target.isEmpty() || target.startsWith("#") || target.contains(":") || target.startsWith("/")) {
                    continue;
                }
                links++;
                String path = URI.create(from).resolve(target.replaceAll("[?#].*", "")).normalize().toString();
                if (path.startsWith("../") || !Files.isRegularFile(example.resolve(path))) {
                    broken.add(from + " -> " + target);
                }
            }
        }
        assertTrue(links > 1000, "links checked: " + links);
        assertEquals(List.of(), broken);
    }

    @Test
    void theBakedStatementOfApplicabilityListsAll38Controls() throws IOException {
        org.jsoup.nodes.Document soa = Jsoup.parse(example.resolve("soa.html"));

        assertEquals(38, soa.select("main table.soa-table tbody tr").size());
        assertTrue(soa.selectFirst("nav.sections") != null, "JBake's template framed it with the site's navigation");
        String exported = Files.readString(temp.resolve("example-project/content/soa.html")).split(JBakeProperties.SEPARATOR, 2)[1];
        assertEquals(Jsoup.parseBodyFragment(exported).text(), soa.selectFirst("main").text(), "the page is the site's, as it was exported");
    }

    @Test
    void anInternalBakeHoldsNoConfidentialDocument() throws Exception {
        Path baked = bake(Fixtures.content("site-editions", temp.resolve("editions")), "editions");

        assertTrue(Files.isRegularFile(baked.resolve("systems/chat-helper.html")), "the internal system is there");
        try (Stream<Path> files = Files.walk(baked)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(file.toString().toLowerCase(Locale.ROOT).contains(CANARY), file.toString());
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains(CANARY),
                        file.toString());
            }
        }
    }

    /** Exports the content's internal edition and bakes it with JBake; returns the baked site. */
    private static Path bake(Path content, String name) throws Exception {
        assertTrue(Files.isDirectory(JBAKE.resolve("jbake-lib")) && Files.isDirectory(JBAKE.resolve("classes")),
                "JBake's jars are missing from " + JBAKE.toAbsolutePath().normalize()
                        + ": build them first with ./mvnw -pl bench/jbake compile (the whole reactor builds them before the generator)");
        Path project = temp.resolve(name + "-project");
        Path baked = temp.resolve(name + "-baked");
        assertTrue(Handbook.load(content).export(new ExportOptions(ExportOptions.Format.JBAKE, project, Optional.of("1.0"),
                Classification.INTERNAL, "", Sites.AS_OF, false)).version().isPresent());
        Path log = temp.resolve(name + "-jbake.log");
        Process jbake = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JBAKE.resolve("jbake-lib").toAbsolutePath() + "/*" + java.io.File.pathSeparator
                        + JBAKE.resolve("classes").toAbsolutePath(),
                "org.aimsbook.jbake.Bake", project.toString(), baked.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(jbake.waitFor(5, TimeUnit.MINUTES), "JBake did not finish in 5 minutes");
        assertEquals(0, jbake.exitValue(), Files.readString(log));
        return baked;
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
