package org.aimsbook.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Git repository made in a test folder with the git executable, with fixed authors and dates
 * and none of the tester's own Git configuration, so every run makes the same history.
 */
public final class ScratchRepository {
    private final Path root;
    private final Path globalConfig;

    private ScratchRepository(Path root, Path globalConfig) {
        this.root = root;
        this.globalConfig = globalConfig;
    }

    /** Whether a git executable answers here; tests of history are skipped where none does. */
    public static boolean gitInstalled() {
        try {
            Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A new, empty repository in {@code root}; the tester's configuration is left aside. */
    public static ScratchRepository init(Path root) throws IOException {
        Files.createDirectories(root);
        Path globalConfig = Files.writeString(root.resolveSibling(root.getFileName() + ".gitconfig"), "");
        ScratchRepository repository = new ScratchRepository(root, globalConfig);
        repository.git("init", "-q");
        repository.git("config", "user.name", "Scratch");
        repository.git("config", "user.email", "scratch@example.org");
        repository.git("config", "commit.gpgsign", "false");
        repository.git("config", "tag.gpgsign", "false");
        return repository;
    }

    Path root() {
        return root;
    }

    /** Writes a file in the work tree, making its folders. */
    Path write(String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text, UTF_8);
    }

    /** Writes a file and stages it for the next commit. */
    void add(String file, String text) throws IOException {
        write(file, text);
        git("add", "--", file);
    }

    /**
     * Commits what is staged and every change to a tracked file, written by {@code author} at {@code authored} and
     * committed an hour later, so that author and committer dates can be told apart.
     *
     * @return the full hash of the new commit
     */
    public String commit(String subject, String author, Instant authored) throws IOException {
        git(Map.of("GIT_AUTHOR_NAME", author, "GIT_AUTHOR_EMAIL", "author@example.org",
                "GIT_AUTHOR_DATE", "@" + authored.getEpochSecond() + " +0100",
                "GIT_COMMITTER_NAME", "Committer", "GIT_COMMITTER_EMAIL", "committer@example.org",
                "GIT_COMMITTER_DATE", "@" + authored.plus(Duration.ofHours(1)).getEpochSecond() + " +0100"),
                "commit", "-q", "-a", "-m", subject);
        return git("rev-parse", "HEAD");
    }

    /** Runs git in the work tree and gives its output without the final newline. */
    public String git(String... args) throws IOException {
        return git(Map.of(), args);
    }

    private String git(Map<String, String> variables, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("GIT_"));
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.put("GIT_CONFIG_GLOBAL", globalConfig.toString());
        environment.putAll(variables);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("git " + String.join(" ", args) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git ran", e);
        }
        return output.strip();
    }
}
