package org.aimsbook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a built version was made from and what it holds, kept in its folder so that a snapshot
 * can reuse the version instead of building it again. Reuse needs both to match: the same
 * inputs, and a site no one has changed since, so an archive never carries an edited page.
 *
 * @param inputs SHA-256 over everything the pages depend on (see {@link #inputs})
 * @param site the site's {@link org.aimsbook.publish.snapshot.ContentDigest} when it was built
 * @param pages how many pages the build rendered
 */
record BuildStamp(String inputs, String site, int pages) {
    /** Hidden, so it is neither archived nor counted in the site's digest. */
    static final String FILE = ".aimsbook-build.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The inputs of a build, one per line: the tool, the content, the theme, the audience, the
     * day due dates are judged against, and the version "changes since" compares with.
     */
    static String inputs(String tool, String content, Optional<String> theme, String edition, String asOf,
            Optional<String> previous) {
        String lines = String.join("\n", "aimsbook " + tool, "content " + content, "theme " + theme.orElse("default"),
                "edition " + edition, "as-of " + asOf, "previous " + previous.orElse("none")) + "\n";
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lines.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    void write(Path folder) throws IOException {
        JSON.writeValue(folder.resolve(FILE).toFile(), this);
    }

    /** The stamp of a built version; empty when there is none or it cannot be read, which only means no reuse. */
    static Optional<BuildStamp> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            BuildStamp stamp = JSON.readValue(file.toFile(), BuildStamp.class);
            return stamp.inputs() == null || stamp.site() == null ? Optional.empty() : Optional.of(stamp);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
