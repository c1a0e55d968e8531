package org.aimsbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aimsbook.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generator/bin/aimsbook}, run as a user runs it, on the Java running the tests and the
 * jar {@code package} made: its first run writes the class-data archive, the next runs use it,
 * and a missing jar is one line and exit code 2.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin", "aimsbook");
    @TempDir
    Path temp;

    record Run(int exit, String out, String err) { }

    @Test
    void buildsWithTheJarAndKeepsAClassDataArchiveForTheNextRuns() throws Exception {
        Path content = Fixtures.content("base", temp);
        Path cache = temp.resolve("cache");
        List<String> build = List.of("build", content.toString(), "-o", temp.resolve("site").toString(), "--as-of", "2026-11-27");

        Run first = run(Map.of("XDG_CACHE_HOME", cache.toString()), build);

        assertEquals(0, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("built version 1.0 (internal edition, "), first.out());
        assertEquals(List.of("rendering 12 documents"), first.err().lines().filter(line -> line.startsWith("rendering")).toList());
        List<Path> archives = archives(cache);
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(Files.size(archives.get(0)) > 1_000_000, "the archive holds the classes of a build");

        Run second = run(Map.of("XDG_CACHE_HOME", cache.toString()), build);

        assertEquals(0, second.exit(), second.out() + second.err());
        assertTrue(second.out().contains("reused version 1.0"), second.out());
        assertEquals(archives, archives(cache), "the archive is used, not written again");
        assertTrue(second.err().lines().noneMatch(line -> line.contains("cds") || line.contains("warning")), second.err());
    }

    @Test
    void aMissingJarIsOneLineAndExitCodeTwo() throws Exception {
        Path jar = temp.resolve("nowhere/aimsbook.jar");

        Run run = run(Map.of("AIMSBOOK_JAR", jar.toString(), "XDG_CACHE_HOME", temp.resolve("cache").toString()),
                List.of("--version"));

        assertEquals(2, run.exit());
        assertEquals("aimsbook: no " + jar + "; build it first: ./mvnw -q package -DskipTests\n", run.err());
    }

    private static List<Path> archives(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("aimsbook/cds"))) {
            return files.sorted().toList();
        }
    }

    private Run run(Map<String, String> environment, List<String> arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        int exit = builder.start().waitFor();
        return new Run(exit, Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
