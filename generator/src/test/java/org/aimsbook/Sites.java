package org.aimsbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.aimsbook.model.Classification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Builds handbook sites for tests and reads what they wrote. Every build starts Asciidoctor,
 * which costs seconds, so tests build once per scenario and share the result.
 */
public final class Sites {
    /** The day every test build judges dates against, so pages never depend on the clock. */
    public static final LocalDate AS_OF = LocalDate.parse("2026-11-27");

    /** The example content, seen from the generator module where tests run. */
    public static final Path EXAMPLE = Path.of("..", "content");

    private Sites() {
    }

    /** The options of a build of version 1.0, internal edition, into {@code out}, as of {@link #AS_OF}. */
    public static BuildOptions options(Path out) {
        return new BuildOptions(out, Optional.of("1.0"), Classification.INTERNAL, Optional.empty(), AS_OF, false);
    }

    /** Builds and publishes one version, failing the test when the check does not pass. */
    public static BuildReport build(Path content, Path out, String version, Classification edition) throws IOException {
        return build(content, out, version, edition, Optional.empty());
    }

    public static BuildReport build(Path content, Path out, String version, Classification edition, Optional<Path> theme)
            throws IOException {
        BuildReport report = Handbook.load(content)
                .build(new BuildOptions(out, Optional.of(version), edition, theme, AS_OF, false));
        assertTrue(report.published().isPresent(), report.check().text());
        return report;
    }

    /** A page of a built site as a reader's browser would parse it. */
    public static Document page(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code folder}, hidden ones included, in path order. */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Each file's SHA-256 by its path relative to {@code folder}, written with {@code /}. */
    public static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (Path file : files(folder)) {
            hashes.put(folder.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
        }
        return hashes;
    }

    public static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
