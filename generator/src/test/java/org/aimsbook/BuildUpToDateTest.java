package org.aimsbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Optional;
import org.aimsbook.index.SearchCache;
import org.aimsbook.model.Classification;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build of content that has not changed since the version was built takes the version as it
 * is, as {@code make} would: only when its inputs are the same and nothing it wrote (the
 * version, {@code latest/}, the search index) has been touched since.
 */
class BuildUpToDateTest {
    private static final String PAGE = "policies/ai-policy.html";
    @TempDir
    Path temp;

    @Test
    void aSecondBuildOfTheSameContentTouchesNothing() throws IOException {
        Path content = Fixtures.content("base", temp);
        Path out = temp.resolve("site");
        assertFalse(build(content, out).reused());
        Path page = out.resolve("1.0").resolve(PAGE);
        FileTime written = Files.getLastModifiedTime(page);

        BuildReport again = build(content, out);

        assertTrue(again.reused());
        assertTrue(again.outcome(options(out)).get(0).startsWith("reused version 1.0 (internal edition, "), again.outcome(options(out)).get(0));
        assertEquals(written, Files.getLastModifiedTime(page), "the page was not written again");
    }

    @Test
    void changedContentIsBuiltAgain() throws IOException {
        Path content = Fixtures.content("base", temp);
        Path out = temp.resolve("site");
        build(content, out);
        Path role = out.resolve("1.0/roles/executive-board.html");
        Object unchangedPage = Files.readAttributes(role, BasicFileAttributes.class).fileKey();
        Object changedPage = Files.readAttributes(out.resolve("1.0").resolve(PAGE), BasicFileAttributes.class).fileKey();
        Path policy = content.resolve("policies/ai-policy.adoc");
        Files.writeString(policy, Files.readString(policy) + "\nA later sentence.\n");

        BuildReport again = build(content, out);

        assertFalse(again.reused());
        assertTrue(Files.readString(out.resolve("1.0").resolve(PAGE)).contains("A later sentence."));
        assertEquals(unchangedPage, Files.readAttributes(role, BasicFileAttributes.class).fileKey(),
                "a page written again with the same bytes is the same file, shared with the replaced version");
        assertNotEquals(changedPage, Files.readAttributes(out.resolve("1.0").resolve(PAGE), BasicFileAttributes.class).fileKey());
    }

    @Test
    void aPageEditedByHandInTheVersionOrInLatestIsWrittenAgain() throws IOException {
        Path content = Fixtures.content("base", temp);
        Path out = temp.resolve("site");
        build(content, out);
        String original = Files.readString(out.resolve("1.0").resolve(PAGE));
        Files.writeString(out.resolve("1.0").resolve(PAGE), "defaced");

        assertFalse(build(content, out).reused());
        assertEquals(original, Files.readString(out.resolve("1.0").resolve(PAGE)));

        Files.writeString(out.resolve("latest").resolve(PAGE), "defaced");
        assertFalse(build(content, out).reused());
        assertEquals(original, Files.readString(out.resolve("latest").resolve(PAGE)));
        assertTrue(build(content, out).reused());
    }

    @Test
    void aMissingSearchIndexIsBuiltAgain() throws IOException {
        Path content = Fixtures.content("base", temp);
        Path out = temp.resolve("site");
        build(content, out);
        IOUtils.rm(SearchCache.of(out).index("1.0").orElseThrow());

        assertFalse(build(content, out).reused());
        assertTrue(SearchCache.of(out).index("1.0").isPresent());
    }

    @Test
    void strictnessIsJudgedAgainEvenWhenTheVersionIsUpToDate() throws IOException {
        Path content = Fixtures.content("base", temp);
        Path out = temp.resolve("site");
        LocalDate late = LocalDate.parse("2028-01-01");
        BuildReport lenient = Handbook.load(content).build(new BuildOptions(out, Optional.of("1.0"), Classification.INTERNAL,
                Optional.empty(), late, false));
        assertTrue(lenient.published().isPresent());
        assertTrue(lenient.check().text().contains("REVIEW-OVERDUE"));

        BuildReport strict = Handbook.load(content).build(new BuildOptions(out, Optional.of("1.0"), Classification.INTERNAL,
                Optional.empty(), late, true));

        assertFalse(strict.published().isPresent(), "warnings stop a strict build, built before or not");
        assertFalse(strict.reused());
    }

    private static BuildReport build(Path content, Path out) throws IOException {
        return Sites.build(content, out, "1.0", Classification.INTERNAL);
    }

    private static BuildOptions options(Path out) {
        return Sites.options(out);
    }
}
