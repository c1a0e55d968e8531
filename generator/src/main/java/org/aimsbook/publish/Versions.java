package org.aimsbook.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions published in an output folder: each has a folder of its own holding the
 * version marker; the newest non-draft one is "latest".
 */
final class Versions {
    static final String VERSION_MARKER = ".aimsbook-version";
    private static final Pattern DRAFT = Pattern.compile("(?i).*(draft|snapshot|dirty).*");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Versions() {
    }

    /** Whether a version is a draft, which is never made "latest". */
    static boolean draft(String version) {
        return DRAFT.matcher(version).matches();
    }

    /** Version names that may name a folder: no separators, no leading dot, not "latest". */
    static boolean acceptable(String version) {
        return version.matches("[A-Za-z0-9][A-Za-z0-9._+-]*") && !version.equals("latest") && version.length() <= 100;
    }

    /** The published versions, oldest first by version order (1.9 before 1.10). */
    static List<String> published(Path out) throws IOException {
        List<String> versions = new ArrayList<>();
        try (Stream<Path> entries = Files.list(out)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                // A build that was killed can leave its marked stage, or the folder it replaced,
                // behind: their names (.building-1.0, .replaced-1.0) are no version's.
                if (acceptable(name) && Files.exists(entry.resolve(VERSION_MARKER))) {
                    versions.add(name);
                }
            }
        }
        versions.sort(ORDER);
        return versions;
    }

    static Optional<String> latest(List<String> versions) {
        return versions.stream().filter(version -> !draft(version)).max(ORDER);
    }

    /** The newest published version older than {@code version}, for "changes since". */
    static Optional<String> previous(List<String> versions, String version) {
        return versions.stream().filter(v -> ORDER.compare(v, version) < 0 && !draft(v)).max(ORDER);
    }

    /** {@code versions.json}: what tools read. */
    static String json(List<String> versions, Optional<String> latest) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        latest.ifPresentOrElse(l -> root.put("latest", l), () -> root.putNull("latest"));
        ArrayNode list = root.putArray("versions");
        List<String> newestFirst = new ArrayList<>(versions);
        java.util.Collections.reverse(newestFirst);
        for (String version : newestFirst) {
            list.addObject().put("version", version).put("draft", draft(version)).put("path", version + "/");
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    /** {@code versions.js}: the same for pages, which cannot fetch JSON from {@code file://}. */
    static String script(String json) throws IOException {
        JsonNode parsed = JSON.readTree(json);
        return "window.AIMSBOOK_VERSIONS = " + new ObjectMapper().writeValueAsString(parsed) + ";\n";
    }

    /** Numeric parts compare as numbers, so 1.10 follows 1.9; other parts alphabetically. */
    static final Comparator<String> ORDER = (a, b) -> {
        String[] left = a.toLowerCase(Locale.ROOT).split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
        String[] right = b.toLowerCase(Locale.ROOT).split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = numeric(left[i]) && numeric(right[i])
                    ? new java.math.BigInteger(left[i]).compareTo(new java.math.BigInteger(right[i]))
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        // A pre-release comes before its release, as in semantic versioning: 2.0-rc1 < 2.0.
        if (left.length != right.length) {
            String[] longer = left.length > right.length ? left : right;
            int sign = left.length > right.length ? -1 : 1;
            return longer[Math.min(left.length, right.length)].startsWith("-") ? sign : -sign;
        }
        return 0;
    };

    /** An empty version (--version "$UNSET") splits into one empty part, which is no number. */
    private static boolean numeric(String part) {
        return !part.isEmpty() && part.chars().allMatch(Character::isDigit);
    }
}
