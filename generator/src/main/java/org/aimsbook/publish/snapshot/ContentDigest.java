package org.aimsbook.publish.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.aimsbook.model.BuildOutput;

/**
 * A fingerprint of a folder, such as the content a snapshot was built from: SHA-256 over the
 * lines {@code <sha256 of file>  <path>} of every file below the folder, sorted by path,
 * hidden files and folders (such as {@code .git}) and the {@link BuildOutput} left out. {@code sha256sum} prints the same
 * lines, so an auditor can recompute it without aimsbook.
 */
public final class ContentDigest {
    private ContentDigest() {
    }

    public static String of(Path content) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !hidden(content.relativize(file)) && !BuildOutput.holds(content.relativize(file)))
                    .sorted((a, b) -> name(content, a).compareTo(name(content, b)))
                    .toList();
        }
        MessageDigest all = sha256();
        for (Path file : files) {
            all.update((sha256(file) + "  " + name(content, file) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String name(Path content, Path file) {
        return content.relativize(file).toString().replace('\\', '/');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
