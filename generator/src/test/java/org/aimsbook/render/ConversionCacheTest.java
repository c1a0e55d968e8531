package org.aimsbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aimsbook.BuildOptions;
import org.aimsbook.BuildReport;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.Version;
import org.aimsbook.model.Classification;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversion cache: a build converts only narratives that changed (or whose includes did),
 * never starts Asciidoctor when nothing did, writes the same site as a build without a cache,
 * and ignores a damaged or foreign cache file rather than trusting it.
 */
class ConversionCacheTest {
    private static final String INCLUDED = "_partials/commitment.adoc";
    @TempDir
    static Path temp;
    /** The content, with the AI policy including a partial. */
    static Path content;
    /** How many narratives the content has. */
    static int narratives;

    @BeforeAll
    static void content() throws IOException {
        content = Fixtures.content("base", temp);
        Path policy = content.resolve("policies/ai-policy.adoc");
        Files.writeString(policy, Files.readString(policy) + "\ninclude::../" + INCLUDED + "[]\n");
        Files.createDirectories(content.resolve("_partials"));
        Files.writeString(content.resolve(INCLUDED), "We commit to reviewing every AI system yearly.\n");
        BuildReport cold = build(temp.resolve("count/site"));
        narratives = cold.converted();
        assertTrue(narratives >= 1, "the base content has narrative");
        assertEquals(0, cold.cached());
    }

    @Test
    void aRebuildOfUnchangedContentConvertsNothingAndNeverStartsAsciidoctor() throws IOException {
        Path out = temp.resolve("unchanged/site");
        build(out);
        // The site goes, the cache beside it stays: otherwise the version would be reused whole.
        IOUtils.rm(out);
        try (AsciiDocConverter converter = new AsciiDocConverter(content.toRealPath())) {
            BuildReport again = Handbook.load(content).build(options(out), converter);

            assertEquals(0, again.converted());
            assertEquals(narratives, again.cached());
            assertFalse(converter.started(), "every narrative came from the cache");
            assertTrue(again.outcome(options(out)).contains("converted 0 narratives; " + narratives
                    + " unchanged, taken from the conversion cache"), again.outcome(options(out)).toString());
        }
    }

    @Test
    void aCachedBuildWritesTheSameBytesAsAColdOne() throws IOException {
        Path warm = temp.resolve("warm/site");
        build(warm);
        assertEquals(narratives, rebuild(warm).cached());
        Path cold = temp.resolve("cold/site");
        build(cold);

        assertEquals(Sites.hashes(cold.resolve("1.0")), Sites.hashes(warm.resolve("1.0")));
    }

    @Test
    void anEditedNarrativeIsConvertedAgainAndTheOthersAreNot() throws IOException {
        Path copy = Fixtures.content("base", temp.resolve("edited"));
        Path out = temp.resolve("edited/out/site");
        BuildReport first = build(copy, out);
        Path policy = copy.resolve("policies/ai-policy.adoc");
        Files.writeString(policy, Files.readString(policy) + "\nA sentence added after the first build.\n");

        BuildReport second = build(copy, out);

        assertEquals(1, second.converted());
        assertEquals(first.converted() - 1, second.cached());
        assertTrue(Files.readString(out.resolve("1.0/policies/ai-policy.html")).contains("A sentence added after the first build."));
    }

    @Test
    void aRenamedDocumentIsRenamedInTheNarrativeThatRefersToItWithoutConvertingItAgain() throws IOException {
        Path copy = Fixtures.content("base", temp.resolve("renamed"));
        Path out = temp.resolve("renamed/out/site");
        build(copy, out);
        String policy = "1.0/policies/ai-policy.html";
        assertTrue(Sites.page(out.resolve(policy)).select("main a.ref-role").text().contains("AIMS manager"));
        Path role = copy.resolve("roles/aims-manager.yaml");
        Files.writeString(role, Files.readString(role).replace("title: AIMS manager", "title: AI governance lead"));

        BuildReport second = build(copy, out);

        assertEquals(0, second.converted(), "the narrative itself is unchanged");
        String links = Sites.page(out.resolve(policy)).select("main a.ref-role").text();
        assertTrue(links.contains("AI governance lead"), links);
        assertFalse(links.contains("AIMS manager"), links);
    }

    @Test
    void anEditedIncludeConvertsTheNarrativeThatIncludesIt() throws IOException {
        Path copy = temp.resolve("include");
        Fixtures.copy(content, copy);
        Path out = temp.resolve("include-out/site");
        build(copy, out);
        assertTrue(Files.readString(out.resolve("1.0/policies/ai-policy.html")).contains("reviewing every AI system yearly"));
        Files.writeString(copy.resolve(INCLUDED), "We commit to reviewing every AI system twice a year.\n");

        BuildReport second = build(copy, out);

        assertEquals(1, second.converted(), "the policy includes the changed file");
        String page = Files.readString(out.resolve("1.0/policies/ai-policy.html"));
        assertTrue(page.contains("twice a year"), page);
        assertFalse(page.contains("yearly"), page);
    }

    @Test
    void aDamagedCacheIsIgnoredAndReplacedByAGoodOne() throws IOException {
        Path out = temp.resolve("damaged/site");
        build(out);
        Path file = ConversionCache.location(out, content);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        assertEquals(ConversionCache.Condition.CORRUPT, ConversionCache.open(file, Version.current()).condition());

        BuildReport rebuilt = rebuild(out);

        assertEquals(narratives, rebuilt.converted(), "nothing was taken from the damaged cache");
        assertEquals(ConversionCache.Condition.LOADED, ConversionCache.open(file, Version.current()).condition());
        assertEquals(narratives, rebuild(out).cached());
    }

    @Test
    void aTruncatedOrEmptyCacheIsIgnored() throws IOException {
        Path out = temp.resolve("truncated/site");
        build(out);
        Path file = ConversionCache.location(out, content);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        assertEquals(ConversionCache.Condition.CORRUPT, ConversionCache.open(file, Version.current()).condition());
        assertEquals(narratives, rebuild(out).converted());

        Files.write(file, new byte[0]);
        assertEquals(ConversionCache.Condition.CORRUPT, ConversionCache.open(file, Version.current()).condition());
        assertEquals(narratives, rebuild(out).converted());
    }

    @Test
    void aCacheWrittenByAnotherVersionOfTheToolIsForeign() throws IOException {
        Path out = temp.resolve("foreign/site");
        build(out);
        Path file = ConversionCache.location(out, content);

        assertEquals(ConversionCache.Condition.LOADED, ConversionCache.open(file, Version.current()).condition());
        assertEquals(ConversionCache.Condition.FOREIGN, ConversionCache.open(file, "0.0.1-other").condition());
        assertEquals(ConversionCache.Condition.ABSENT, ConversionCache.open(file.resolveSibling("none.bin"), Version.current())
                .condition());
    }

    @Test
    void theCacheLivesBesideTheOutputAndNeverInTheContent() {
        Path root = temp.resolve("repo/content");

        assertEquals(temp.resolve("repo/.aimsbook-cache/site/conversions.bin"),
                ConversionCache.location(temp.resolve("repo/site"), root));
        assertEquals(root.resolve("target/.aimsbook-cache/handbook/conversions.bin"),
                ConversionCache.location(root.resolve("target/handbook"), root));
        Path user = ConversionCache.location(root.resolve("target"), root);
        assertFalse(user.startsWith(root), user.toString());
        assertTrue(user.toString().contains("aimsbook"), user.toString());
    }

    private static BuildReport build(Path out) throws IOException {
        return build(content, out);
    }

    /** Builds into an output folder emptied first, so that the version is built, not reused whole. */
    private static BuildReport rebuild(Path out) throws IOException {
        IOUtils.rm(out);
        return build(out);
    }

    private static BuildReport build(Path folder, Path out) throws IOException {
        return Sites.build(folder, out, "1.0", Classification.INTERNAL);
    }

    private static BuildOptions options(Path out) {
        return Sites.options(out);
    }
}
