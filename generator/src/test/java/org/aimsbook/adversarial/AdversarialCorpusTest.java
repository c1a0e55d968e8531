package org.aimsbook.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.aimsbook.BuildOptions;
import org.aimsbook.CheckReport;
import org.aimsbook.ExportOptions;
import org.aimsbook.FileProblem;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.check.CheckOptions;
import org.aimsbook.model.Classification;
import org.aimsbook.render.AsciiDocConverter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile content, one attack per case, each with the exact outcome it must have: the diagnostics
 * at file, line and column, a refusal, or output in which the attack is inert. Small cases are
 * overlays on the base fixture under {@code adversarial/}, their diagnostics in
 * {@code _expected.txt}; huge, binary, byte-exact and symbolic-link cases are made here, at
 * test time. docs/security.md tables them all.
 */
class AdversarialCorpusTest {
    private static final CheckOptions AS_OF = new CheckOptions(LocalDate.parse("2026-11-27"), false);
    /** The base's AI policy up to its narrative; the next line written is line 14. */
    private static final String POLICY = """
            ---
            id: ai-policy
            title: AI policy
            classification: public
            owner: role:aims-manager
            approver: role:executive-board
            next_review: 2027-06-30
            controls: [control:A.2.2]
            ---
            = AI policy

            The role:aims-manager[] keeps this policy, see control:A.2.2[] and clause:5.2[].

            """;
    private static final String SECRET = "OUTSIDE-SECRET";

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> committedCasesGiveExactlyTheirDiagnostics() throws IOException {
        return committed().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            Path content = Fixtures.content(temp.resolve(folder.getFileName().toString()), folder);
            assertEquals(expected(folder), diagnostics(content));
        }));
    }

    @Test
    void controlCharactersReachTheTerminalOnlyAsEscapes() throws IOException {
        Path content = Fixtures.content(temp, corpus().resolve("control-characters-in-reference"));
        String text = Handbook.load(content).check(AS_OF).text();

        assertTrue(text.contains("`role:\\u{1b}]0;owned\\u{7}\\u{1b}[2J` does not exist"), text);
        assertFalse(text.chars().anyMatch(c -> c == 0x1b || c == 0x07), text);
    }

    /** A case made at test time: what to write into a copy of the base, and the diagnostics it must give. */
    private record Made(String name, Attack attack, List<String> expected) {
    }

    @FunctionalInterface
    private interface Attack {
        void write(Path content) throws IOException;
    }

    @TestFactory
    Stream<DynamicTest> madeCasesGiveExactlyTheirDiagnostics() {
        return Stream.of(
                new Made("bom-and-crlf", content -> {
                    Files.writeString(content.resolve("roles/executive-board.yaml"),
                            "\uFEFFid: executive-board\r\ntitle: Executive board\r\nresponsibilities:\r\n  - Approves\r\n");
                    Files.writeString(content.resolve("policies/ai-policy.adoc"),
                            "\uFEFF" + (POLICY + "See role:nobody[] here.\n").replace("\n", "\r\n"));
                }, List.of("policies/ai-policy.adoc:14:5 REF-UNKNOWN")),
                new Made("utf-16", content -> Files.write(content.resolve("roles/executive-board.yaml"),
                        "id: executive-board\ntitle: Executive board\n".getBytes(StandardCharsets.UTF_16)),
                        List.of("roles/executive-board.yaml:1:1 FILE-ENCODING")),
                new Made("utf-8-overlong", content -> Files.write(content.resolve("roles/executive-board.yaml"),
                        bytes("id: executive-board\ntitle: ", 0xC0, 0xAF)),
                        List.of("roles/executive-board.yaml:2:8 FILE-ENCODING")),
                new Made("utf-8-encoded-surrogate", content -> Files.write(content.resolve("roles/executive-board.yaml"),
                        bytes("id: executive-board\ntitle: Board ", 0xED, 0xA0, 0x80)),
                        List.of("roles/executive-board.yaml:2:14 FILE-ENCODING")),
                new Made("raw-control-character", content -> Files.writeString(content.resolve("roles/executive-board.yaml"),
                        "id: executive-board\ntitle: Exec\u0007utive board\nresponsibilities: [x]\n"),
                        List.of("roles/executive-board.yaml:2:12 YAML-SYNTAX")),
                new Made("yaml-nested-5000-deep", content -> Files.writeString(content.resolve("roles/deep.yaml"),
                        "id: deep\ntitle: Deep\nresponsibilities: " + "[".repeat(5000) + "]".repeat(5000) + "\n"),
                        List.of("roles/deep.yaml:3:84 YAML-SYNTAX")),
                new Made("narrative-list-1000-deep", content -> Files.writeString(content.resolve("policies/ai-policy.adoc"),
                        POLICY + nestedList(1000)),
                        List.of("policies/ai-policy.adoc:46:1 NARRATIVE-DEPTH")),
                new Made("narrative-blocks-300-deep", content -> {
                    StringBuilder blocks = new StringBuilder(POLICY);
                    for (int i = 0; i < 300; i++) {
                        blocks.append("=".repeat(4 + i)).append('\n');
                    }
                    for (int i = 299; i >= 0; i--) {
                        blocks.append("=".repeat(4 + i)).append('\n');
                    }
                    Files.writeString(content.resolve("policies/ai-policy.adoc"), blocks);
                }, List.of("policies/ai-policy.adoc:46:1 NARRATIVE-DEPTH")),
                new Made("two-megabyte-line", content -> Files.writeString(content.resolve("roles/long.yaml"),
                        "id: long\ntitle: " + "x".repeat(2_000_000) + "\nresponsibilities: [x]\n"),
                        List.of()),
                new Made("fifty-megabyte-file", content -> sparse(content.resolve("roles/huge.yaml")),
                        List.of("roles/huge.yaml:1:1 FILE-TOO-LARGE")),
                new Made("fifty-megabyte-include", content -> {
                    sparse(content.resolve("policies/huge.txt"));
                    Files.writeString(content.resolve("policies/ai-policy.adoc"), POLICY + "include::huge.txt[]\n");
                }, List.of("policies/ai-policy.adoc:14:1 FILE-TOO-LARGE")),
                new Made("symlink-loop", content -> link(content.resolve("roles/loop"), content.resolve("roles")),
                        List.of("roles/loop:1:1 FILE-UNREADABLE")),
                new Made("symlinked-folder-outside", content -> link(content.resolve("roles/elsewhere"), outsideFolder()),
                        List.of("roles/elsewhere:1:1 FILE-OUTSIDE")),
                new Made("include-through-symlink", content -> {
                    link(content.resolve("policies/part.txt"), outsideFolder().resolve("secret.adoc"));
                    Files.writeString(content.resolve("policies/ai-policy.adoc"), POLICY + "include::part.txt[]\n");
                }, List.of("policies/ai-policy.adoc:14:1 INCLUDE-OUTSIDE")),
                // The check does not read partials: this one is refused only as the page is rendered (below).
                new Made("include-from-partial", AdversarialCorpusTest::includeFromPartial, List.of()),
                new Made("ids-equal-after-case-folding", content -> {
                    Path upper = content.resolve("roles/EXECUTIVE-BOARD.yaml");
                    assumeTrue(!Files.exists(upper), "the file system folds case: the two files cannot both exist");
                    Files.writeString(upper, "id: executive-board\ntitle: Board\nresponsibilities: [x]\n");
                }, List.of("roles/executive-board.yaml:1:5 ID-DUPLICATE"))
        ).map(made -> DynamicTest.dynamicTest(made.name(), () -> {
            Path content = Fixtures.content(temp.resolve(made.name()));
            made.attack().write(content);
            assertEquals(made.expected(), diagnostics(content));
        }));
    }

    @Test
    void aHundredThousandFilesAreRefusedBeforeAnyIsRead() throws IOException {
        Path content = Fixtures.content(temp);
        Path roles = content.resolve("roles");
        for (int i = 0; i < 100_000; i++) {
            Files.createFile(roles.resolve("r" + i + ".yaml"));
        }

        FileSystemException refused = assertThrows(FileSystemException.class, () -> Handbook.load(content));

        assertEquals(content.toRealPath() + ": holds more than 50,000 YAML and AsciiDoc files, more than aimsbook reads;"
                + " split the handbook, or prefix files that are not documents with _", refused.getMessage());
    }

    /**
     * The output cases built together, so that Asciidoctor starts once: first with a narrative
     * whose includes nest too deep for the check to see, which must stop the build without
     * publishing anything, then without it.
     */
    @Test
    void outputAttacksAreInertInThePages() throws IOException {
        Path content = Fixtures.content(temp, committed().filter(f -> f.getFileName().toString().startsWith("output-")).toArray(Path[]::new));
        includeFromPartial(content);
        Files.writeString(temp.resolve("outside.adoc"), SECRET + "\n");
        boolean linked = tryLink(content.resolve("policies/_leak.png"), outsideFolder().resolve("secret.adoc"));
        Files.writeString(content.resolve("policies/deep.txt"), nestedList(1000));
        Path deep = Files.writeString(content.resolve("policies/deep-include.adoc"), POLICY.replace("id: ai-policy", "id: deep-include")
                .replace("title: AI policy", "title: Deep include") + "include::deep.txt[]\n");
        Path out = temp.resolve("out");
        BuildOptions options = Sites.options(out);

        try (AsciiDocConverter converter = new AsciiDocConverter(content.toRealPath())) {
            IOException failed = assertThrows(IOException.class, () -> Handbook.load(content).build(options, converter));
            // The one line a face prints.
            assertEquals("policies/deep-include.adoc: narrative nests too deeply to convert, through the files it includes;"
                    + " flatten its lists and blocks", FileProblem.explain(failed));
            assertFalse(Files.exists(out.resolve("1.0")), "nothing is published");

            Files.delete(deep);
            assertTrue(Handbook.load(content).build(options, converter).published().isPresent());
        }
        Path site = out.resolve("1.0");

        org.jsoup.nodes.Document freemarker = Sites.page(site.resolve("policies/freemarker.html"));
        assertEquals("${'x'?upper_case} <#assign x=1> [=7*7]", freemarker.selectFirst("main h1").text());
        assertEquals("Narrative ${7*7} and <#list 1..3 as i>${i}</#list> and [#if true]y[/#if] #{1+1} ${\"a\"?api}.",
                narrative(site, "freemarker").text());

        Element urls = narrative(site, "data-urls");
        assertEquals(List.of("https://example.com/ok"), urls.select("a[href]").eachAttr("href"));
        assertEquals(List.of(), urls.select("img[src]").eachAttr("src"));
        assertTrue(urls.text().contains("d1"), urls.text());

        Element svg = narrative(site, "svg");
        assertEquals(List.of(), svg.select("svg, script, [onload], a[href]").stream().map(Element::outerHtml).toList());
        assertFalse(svg.html().contains("alert"), svg.html());

        Element attributes = narrative(site, "attributes");
        // The include whose target leans on {docdir} is dropped whole; the scan below shows nothing came in.
        assertEquals("", attributes.text(), attributes.html());
        assertEquals(List.of(), attributes.select("img[src]").eachAttr("src"));
        Element partial = narrative(site, "ai-policy");
        // The partial's own include of a file outside is dropped, unreported (docs/security.md lists it as open).
        assertTrue(partial.text().endsWith("clause 5.2 AI policy. A partial that climbs out:"), partial.html());

        Element nesting = narrative(site, "nesting");
        assertNotNull(nesting.selectFirst("li:contains(level 32)"), nesting.html());
        assertEquals(32, nesting.select("ul").size());

        String leaked = Base64.getEncoder().encodeToString((SECRET + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path file : Sites.files(out)) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(SECRET) || text.contains(leaked), file + " holds the file from outside");
        }
        assertTrue(linked || !Files.exists(content.resolve("policies/_leak.png")));
    }

    @Test
    void soaCsvCellsThatASpreadsheetWouldRunAreNeutralised() throws IOException {
        Path content = Fixtures.content("export-formula", temp);
        Path csv = temp.resolve("soa.csv");

        Handbook.load(content).export(new ExportOptions(ExportOptions.Format.SOA_CSV, csv, Optional.of("1.0"),
                Classification.INTERNAL, "", Sites.AS_OF, false));

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(Files.newBufferedReader(csv)).getRecords();
        assertEquals("'=HYPERLINK(\"https://evil.example\",\"click\")", rows.get(0).get("justification"));
        assertEquals("'-2+3", rows.get(1).get("justification"));
        assertEquals("'\tcmd|' /C calc'!A0", rows.get(2).get("justification"));
        assertEquals("'+1+2\nplain, with a comma and \"quotes\"", rows.get(0).get("evidence"));
        assertEquals("'@SUM(A1:A9)\nPrüfbericht – §4", rows.get(1).get("evidence"));
    }

    private static Path corpus() {
        try {
            return Path.of(AdversarialCorpusTest.class.getResource("/adversarial").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Path> committed() throws IOException {
        try (Stream<Path> folders = Files.list(corpus())) {
            return folders.sorted().toList().stream();
        }
    }

    private static List<String> expected(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve("_expected.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .sorted()
                .toList();
    }

    /** Every diagnostic as {@code file:line:col RULE-ID}, sorted. */
    private static List<String> diagnostics(Path content) throws IOException {
        CheckReport report = Handbook.load(content).check(AS_OF);
        return report.diagnostics().all().stream()
                .map(d -> d.at().file() + ":" + d.at().line() + ":" + d.at().column() + " " + d.rule().id())
                .sorted()
                .toList();
    }

    private static Element narrative(Path site, String policy) {
        return Sites.page(site.resolve("policies/" + policy + ".html")).selectFirst("main .narrative");
    }

    /** The AI policy includes a partial, which includes a file outside the content folder. */
    private static void includeFromPartial(Path content) throws IOException {
        Files.writeString(content.resolve("policies/_part.adoc"), "A partial that climbs out:\n\ninclude::../../outside.adoc[]\n");
        Files.writeString(content.resolve("policies/ai-policy.adoc"), POLICY + "include::_part.adoc[]\n");
    }

    /** A list whose every item goes one level deeper, from the first line written. */
    private static String nestedList(int levels) {
        StringBuilder list = new StringBuilder();
        for (int level = 1; level <= levels; level++) {
            list.append("*".repeat(level)).append(" level ").append(level).append('\n');
        }
        return list.toString();
    }

    private static byte[] bytes(String text, int... tail) {
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + tail.length + 1];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < tail.length; i++) {
            all[head.length + i] = (byte) tail[i];
        }
        all[all.length - 1] = '\n';
        return all;
    }

    /** A 50 MiB file, sparse where the file system allows, so that making it costs nothing. */
    private static void sparse(Path file) throws IOException {
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
    }

    /** A folder beside the content, holding a document a link may try to reach. */
    private Path outsideFolder() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.adoc"), SECRET + "\n");
        return outside;
    }

    private static void link(Path link, Path target) throws IOException {
        assumeTrue(tryLink(link, target), "symbolic links are not available here");
    }

    private static boolean tryLink(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        }
    }
}
