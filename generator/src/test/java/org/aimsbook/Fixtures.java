package org.aimsbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test content folders: {@code fixtures/base} is a small, valid AIMS; every other fixture is
 * an overlay on it. Its files replace or add to the base's, {@code _remove.txt} lists base
 * files to delete, and {@code _expected.txt} lists the diagnostics the result must give.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path folder(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every overlay fixture's name. */
    public static List<String> overlays() throws IOException {
        try (Stream<Path> children = Files.list(folder("base").getParent())) {
            return children.map(child -> child.getFileName().toString()).filter(name -> !name.equals("base")).sorted().toList();
        }
    }

    /** The base with an overlay applied, in a fresh folder under {@code into}. */
    public static Path content(String overlay, Path into) throws IOException {
        return content(into, folder(overlay));
    }

    /** The base with overlay folders applied in order, in a fresh folder under {@code into}. */
    public static Path content(Path into, Path... overlays) throws IOException {
        Path content = into.resolve("content");
        copy(folder("base"), content);
        for (Path source : overlays) {
            copy(source, content);
            Path removals = source.resolve("_remove.txt");
            if (Files.exists(removals)) {
                for (String line : Files.readAllLines(removals)) {
                    if (!line.isBlank()) {
                        Files.delete(content.resolve(line.strip()));
                    }
                }
            }
        }
        return content;
    }

    /** The diagnostics an overlay expects, as {@code file:line RULE-ID} lines. */
    public static List<String> expected(String overlay) throws IOException {
        return Files.readAllLines(folder(overlay).resolve("_expected.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .sorted()
                .toList();
    }

    /** Copies a folder tree. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().startsWith("_")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
