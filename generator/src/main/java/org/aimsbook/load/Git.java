package org.aimsbook.load;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the git executable to read a repository. Revision history is a courtesy of the handbook,
 * never a reason for a build to fail, hang or print: git missing, no repository, an error exit
 * or a run past the timeout all give an empty result.
 */
final class Git {

    /** The git on the PATH, with time for a long history but not for a hung build. */
    static final Git INSTALLED = new Git("git", Duration.ofSeconds(30));

    /** Reads what git writes on its standard output. */
    @FunctionalInterface
    interface OutputReader<T> {
        T read(InputStream out) throws IOException;
    }

    // The variables git itself clears when it moves into another repository (`git rev-parse
    // --local-env-vars`). Inherited, say from a Git hook that runs the build, they would have
    // git read some other repository than the one holding the content folder.
    private static final List<String> REPOSITORY_VARIABLES = List.of("GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_CONFIG",
            "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_OBJECT_DIRECTORY", "GIT_DIR", "GIT_WORK_TREE",
            "GIT_IMPLICIT_WORK_TREE", "GIT_GRAFT_FILE", "GIT_INDEX_FILE", "GIT_NO_REPLACE_OBJECTS",
            "GIT_REPLACE_REF_BASE", "GIT_PREFIX", "GIT_INTERNAL_SUPER_PREFIX", "GIT_SHALLOW_FILE", "GIT_COMMON_DIR");

    private final String executable;
    private final Duration timeout;

    Git(String executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /**
     * Runs {@code git -C folder args} and reads its output while it runs, so that a long history
     * is never held twice in memory.
     *
     * @return what the reader made of the output, or empty unless git exited 0 within the timeout
     */
    <T> Optional<T> run(Path folder, OutputReader<T> reader, String... args) {
        List<String> command = new ArrayList<>(List.of(executable, "-C", folder.toString(), "-c", "core.quotepath=off"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        REPOSITORY_VARIABLES.forEach(environment::remove);
        environment.put("GIT_TERMINAL_PROMPT", "0");
        environment.put("LC_ALL", "C");
        // A reader must not take the index lock from under the writer's own git commands.
        environment.put("GIT_OPTIONAL_LOCKS", "0");

        Process process;
        try {
            process = builder.start();
        } catch (IOException noGit) {
            return Optional.empty();
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture<Void> deadline = CompletableFuture.runAsync(() -> {
            timedOut.set(true);
            kill(process);
        }, CompletableFuture.delayedExecutor(timeout.toMillis(), MILLISECONDS));
        try (InputStream out = process.getInputStream()) {
            // Closed rather than inherited: git must never wait for someone to type.
            process.getOutputStream().close();
            T result = reader.read(out);
            // Output cut short is never used, even where what was killed still exited 0.
            return process.waitFor() == 0 && !timedOut.get() ? Optional.of(result) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            deadline.cancel(false);
            if (process.isAlive()) {
                kill(process);
            }
        }
    }

    // A helper git started could hold its output open after git itself is gone, so it goes too;
    // it is found before git goes, since then it would no longer be git's descendant.
    private static void kill(Process process) {
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroyForcibly();
        helpers.forEach(ProcessHandle::destroyForcibly);
    }
}
