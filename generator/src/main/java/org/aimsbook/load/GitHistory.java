package org.aimsbook.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.aimsbook.model.Revision;

/**
 * The Git history of a content folder: the last commit of each file, and a name for the state
 * the handbook was built from. Outside a repository, or where git is not installed, both are
 * empty and nothing is reported: a handbook kept without Git is still a handbook.
 */
public final class GitHistory {

    // An empty field, which no file name can be, announces each commit; the header's fields are
    // divided by unit separators, the subject last because only it could hold one.
    private static final String COMMIT_HEADER = "--format=%x00%H%x1f%h%x1f%an%x1f%at%x1f%s";
    private static final String FIELD_SEPARATOR = "\u001f";

    private GitHistory() {
    }

    /**
     * The last commit of every file under the content folder that Git tracks, by the file's path
     * relative to the folder with forward slashes ({@code policies/ai-policy.adoc}), in path
     * order. Files never committed, or deleted since, have no entry; a file changed but not yet
     * committed has the commit it was last committed in.
     */
    public static Map<String, Revision> lastChanges(Path contentRoot) {
        return lastChanges(contentRoot, Git.INSTALLED);
    }

    /**
     * The state of the repository holding the content folder, as {@code git describe --tags
     * --always --dirty} names it: the latest tag, how far past it and {@code -dirty} for changes
     * not committed anywhere in the work tree; a short hash where there is no tag. Empty outside
     * a repository or before its first commit.
     */
    public static Optional<String> describe(Path contentRoot) {
        return describe(contentRoot, Git.INSTALLED);
    }

    /**
     * The last commit that changed the content folder: the source a snapshot names and the
     * time its files are stamped with. Empty outside a repository or before its first commit.
     */
    public static Optional<Revision> lastCommit(Path contentRoot) {
        return lastCommit(contentRoot, Git.INSTALLED);
    }

    static Optional<Revision> lastCommit(Path contentRoot, Git git) {
        return git.run(contentRoot, out -> {
            NulFields fields = new NulFields(out);
            // The header starts with a NUL: an empty field, then the commit.
            return fields.next() == null ? Optional.<Revision>empty() : Optional.of(revision(fields.next()));
        }, "log", "-1", "-z", "--encoding=UTF-8", COMMIT_HEADER, "--no-show-signature", "--", ".").flatMap(commit -> commit);
    }

    static Map<String, Revision> lastChanges(Path contentRoot, Git git) {
        // The index, not the history, says which files are tracked: the history also holds
        // files deleted long ago.
        Set<String> tracked = git.run(contentRoot, GitHistory::names, "ls-files", "-z").orElse(Set.of());
        if (tracked.isEmpty()) {
            return Map.of();
        }
        // One walk over the history, newest commit first, listing the files each commit changed
        // below the folder relative to it. --root, --no-follow and --no-show-signature hold
        // against log.showRoot, log.follow and log.showSignature in the writer's configuration.
        return git.run(contentRoot, out -> firstChanges(out, tracked), "log", "-z", "--encoding=UTF-8", COMMIT_HEADER,
                "--name-only", "--no-renames", "--relative", "--root", "--no-follow", "--no-show-signature", "--", ".")
                .orElse(Map.of());
    }

    static Optional<String> describe(Path contentRoot, Git git) {
        return git.run(contentRoot, out -> new String(out.readAllBytes(), UTF_8).strip(),
                "describe", "--tags", "--always", "--dirty").filter(name -> !name.isEmpty());
    }

    private static Set<String> names(InputStream out) throws IOException {
        Set<String> names = new HashSet<>();
        NulFields fields = new NulFields(out);
        for (String name = fields.next(); name != null; name = fields.next()) {
            names.add(name);
        }
        return names;
    }

    private static Map<String, Revision> firstChanges(InputStream out, Set<String> tracked) throws IOException {
        Map<String, Revision> last = new TreeMap<>();
        NulFields fields = new NulFields(out);
        Revision commit = null;
        boolean firstOfCommit = false;
        for (String field = fields.next(); field != null; field = fields.next()) {
            if (field.isEmpty()) {
                commit = revision(fields.next());
                firstOfCommit = true;
                continue;
            }
            if (commit == null || firstOfCommit && !field.startsWith("\n")) {
                throw new IOException("git log wrote a file name outside a commit");
            }
            // git puts a newline between a commit's header and its first file name.
            String file = firstOfCommit ? field.substring(1) : field;
            firstOfCommit = false;
            if (tracked.contains(file)) {
                last.putIfAbsent(file, commit);
            }
        }
        return Collections.unmodifiableMap(last);
    }

    private static Revision revision(String header) throws IOException {
        String[] parts = header == null ? new String[0] : header.split(FIELD_SEPARATOR, 5);
        if (parts.length != 5) {
            throw new IOException("git log wrote an unexpected commit header: " + header);
        }
        try {
            return new Revision(parts[0], parts[1], parts[2], Instant.ofEpochSecond(Long.parseLong(parts[3])), parts[4]);
        } catch (NumberFormatException e) {
            throw new IOException("git log wrote an unexpected author date: " + parts[3], e);
        }
    }
}
