package org.aimsbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.aimsbook.publish.snapshot.ContentDigest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash, a full disk or a read-only folder leaves behind, with the packaged jar run as a
 * user runs it, in a process of its own.
 *
 * <p>Kills: a build of a new version is started again and again and killed with SIGKILL at
 * seeded random points spread over its run (snapshots cost PDFs, and so time, and write their
 * archive as the build writes its files: beside it, then renamed). After each kill every version published before is
 * byte for byte as it was, {@code latest/} shows a whole version, every archive in the archive
 * folder verifies, and anything half-written is hidden behind a leading dot. Then a snapshot
 * runs to its end and verifies.
 *
 * <p>A full disk and a read-only folder are real ones: the child runs in a user and mount
 * namespace of its own ({@code unshare}, no root needed where the kernel allows unprivileged
 * user namespaces) on a tmpfs too small for a site, or on a read-only bind mount of the output.
 * {@code ulimit -f} was the alternative: it fails writes with EFBIG, "file too large", a
 * different error from the ENOSPC of a full disk, and only once one file outgrows the limit.
 */
class CrashSafetyIT {
    private static final Path JAR = Path.of("target", "aimsbook.jar");
    private static final String AS_OF = "2026-11-27";
    private static final int KILLS = 8;

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) { }

    @Test
    void aKilledBuildLeavesEveryPublishedVersionAndArchiveAsItWas() throws Exception {
        Path content = Fixtures.content("base", temp);
        Path site = temp.resolve("site");
        Path archives = temp.resolve("archives");
        long started = System.nanoTime();
        assertEquals(0, run(build(content, site, "1.0")).exit());
        long duration = System.nanoTime() - started;
        assertEquals(0, run(snapshot(content, site, archives, "1.0")).exit());
        // Changed content, so that every later version is rendered, indexed and published anew.
        Path policy = content.resolve("policies/ai-policy.adoc");
        Files.writeString(policy, Files.readString(policy) + "\n== Added after 1.0\n\nA paragraph the next versions add.\n");

        Map<String, Map<String, String>> published = new TreeMap<>();
        published.put("1.0", digests(site.resolve("1.0")));
        Map<String, String> archived = digests(archives);
        Random random = new Random(42);
        for (int round = 1; round <= KILLS; round++) {
            // One delay in each of KILLS equal slices of a run, so that the kills cover all of it.
            long delay = (long) (duration * (round - 1 + random.nextDouble()) / KILLS);
            String version = "1." + round;
            Process child = start(build(content, site, version));
            boolean finished = child.waitFor(delay, TimeUnit.NANOSECONDS);
            child.destroyForcibly().waitFor();

            String after = "after killing the build of " + version + " at " + delay / 1_000_000 + " ms";
            for (Map.Entry<String, Map<String, String>> earlier : published.entrySet()) {
                assertEquals(earlier.getValue(), digests(site.resolve(earlier.getKey())), "version " + earlier.getKey() + " " + after);
            }
            Map<String, String> nowArchived = digests(archives);
            archived.forEach((name, sha) -> assertEquals(sha, nowArchived.get(name), name + " " + after));
            assertEverythingVisibleIsWhole(site, archives, after);
            if (finished || Files.exists(site.resolve(version))) {
                published.put(version, digests(site.resolve(version)));
            }
            archived = nowArchived;
        }

        Run last = run(snapshot(content, site, archives, "2.0"));

        assertEquals(0, last.exit(), last.err());
        assertEverythingVisibleIsWhole(site, archives, "after the last snapshot");
        assertEquals(Optional.of("2.0"), latestVersion(site));
        Run verify = run(List.of("verify", archives.resolve("aims-example-ltd-2.0-internal.zip").toString()));
        assertEquals(0, verify.exit(), verify.out() + verify.err());
    }

    /**
     * Every version folder is whole (its files are those its build stamped), {@code latest/}
     * holds the files of the newest version, every archive verifies; what is not whole yet
     * (staging folders, partial archives) is hidden behind a dot.
     */
    private void assertEverythingVisibleIsWhole(Path site, Path archives, String when) throws IOException {
        List<String> versions = new ArrayList<>();
        for (Path entry : list(site)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".") || !Files.isDirectory(entry) || name.equals("latest")) {
                continue;
            }
            Optional<BuildStamp> stamp = BuildStamp.read(entry);
            assertTrue(stamp.isPresent(), name + " has no build stamp " + when);
            assertEquals(stamp.get().site(), ContentDigest.of(entry), name + " is not whole " + when);
            versions.add(name);
        }
        Optional<String> latest = latestVersion(site);
        assertTrue(latest.isPresent() && versions.contains(latest.get()), "latest/ shows " + latest + " of " + versions + " " + when);
        for (Path archive : list(archives)) {
            if (!archive.getFileName().toString().startsWith(".")) {
                assertTrue(Handbook.verify(archive).intact(), archive + " does not verify " + when);
            }
        }
    }

    /** The version whose files {@code latest/} holds, if it is one of them. */
    private static Optional<String> latestVersion(Path site) throws IOException {
        Path latest = site.resolve("latest");
        if (!Files.isDirectory(latest)) {
            return Optional.empty();
        }
        String files = ContentDigest.of(latest);
        for (Path entry : list(site)) {
            String name = entry.getFileName().toString();
            if (!name.startsWith(".") && !name.equals("latest") && Files.isDirectory(entry) && ContentDigest.of(entry).equals(files)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    @Test
    void aFullDiskIsOneLineNamingTheOutputAndLeavesNoVersionBehind() throws Exception {
        Path content = Fixtures.content("base", temp);
        Path disk = Files.createDirectories(temp.resolve("disk"));
        Path site = disk.resolve("site");
        Path left = temp.resolve("left.txt");
        // Room for the output folder's marker and a few pages, not for a whole site. The tmpfs
        // goes with the namespace, so what the build left on it is listed from inside.
        Run run = inNamespace("mount -t tmpfs -o size=256k tmpfs " + disk, build(content, site, "1.0"),
                "find " + disk + " -mindepth 1 -type f | sort > " + left);

        assertEquals(2, run.exit(), run.out() + run.err());
        assertOneLineNaming(run.err(), site, "No space left on device");
        assertEquals(List.of(site.resolve(".aimsbook-output").toString()), Files.readAllLines(left),
                "only the output folder's marker is left: no version, no staging folder, no temporary file");
    }

    @Test
    void aReadOnlyOutputIsOneLineNamingItAndLeavesThePublishedSiteAsItWas() throws Exception {
        Path content = Fixtures.content("base", temp);
        Path site = temp.resolve("site");
        assertEquals(0, run(build(content, site, "1.0")).exit());
        Map<String, String> before = digests(site);

        Run run = inNamespace("mount --bind " + site + " " + site + " && mount -o remount,bind,ro " + site,
                build(content, site, "1.1"), "true");

        assertEquals(2, run.exit(), run.out() + run.err());
        assertOneLineNaming(run.err(), site, "Read-only file system");
        assertEquals(before, digests(site));
    }

    /**
     * The JVM's own warnings (from Java 24 on, JRuby's use of sun.misc.Unsafe and of native
     * access is announced in lines starting "WARNING:") are not aimsbook's to word.
     */
    private static void assertOneLineNaming(String err, Path site, String problem) {
        List<String> lines = err.lines().filter(line -> !line.isBlank() && !line.startsWith("WARNING: ")).toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("aimsbook: ") && lines.get(0).contains(site.toString())
                && lines.get(0).contains(problem), lines.get(0));
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }

    private static List<String> build(Path content, Path site, String version) {
        return List.of("build", content.toString(), "-o", site.toString(), "--version", version, "--as-of", AS_OF, "-q");
    }

    private static List<String> snapshot(Path content, Path site, Path archives, String version) {
        return List.of("snapshot", content.toString(), "--site", site.toString(), "-o", archives.toString(),
                "--version", version, "--as-of", AS_OF);
    }

    /** The SHA-256 of every file under {@code folder}, by its relative path. */
    private static Map<String, String> digests(Path folder) throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(folder.relativize(file).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return digests;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    private List<String> java(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(arguments);
        return command;
    }

    private Process start(List<String> arguments) throws IOException {
        return new ProcessBuilder(java(arguments))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private Run run(List<String> arguments) throws Exception {
        return run(new ProcessBuilder(java(arguments)));
    }

    /**
     * Runs aimsbook after {@code setup}, then {@code afterwards}, in new user and mount
     * namespaces, where mounts need no root and vanish with the process; skipped where the
     * kernel does not allow them. The exit code is aimsbook's.
     */
    private Run inNamespace(String setup, List<String> arguments, String afterwards) throws Exception {
        Run probe = run(new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "true"));
        Assumptions.assumeTrue(probe.exit() == 0,
                "unprivileged user and mount namespaces are not available here (unshare: " + probe.err().strip() + ")");
        List<String> command = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                setup + " && { \"$@\"; code=$?; " + afterwards + "; exit $code; }", "sh"));
        command.addAll(java(arguments));
        return run(new ProcessBuilder(command));
    }

    private Run run(ProcessBuilder builder) throws Exception {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        int exit = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
