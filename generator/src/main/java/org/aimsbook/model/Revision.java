package org.aimsbook.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The last Git commit that changed a content file, as the handbook shows it on the file's page:
 * when it changed, who changed it and why.
 *
 * @param commit the full commit hash
 * @param shortCommit the hash abbreviated as Git abbreviates it in that repository
 * @param author the commit's author name
 * @param when the author date: when the change was written, which a rebase or cherry-pick keeps
 * @param subject the first paragraph of the commit message, on one line
 */
public record Revision(String commit, String shortCommit, String author, Instant when, String subject) {

    public Revision {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(shortCommit, "shortCommit");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(subject, "subject");
    }
}
