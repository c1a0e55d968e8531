package org.aimsbook.publish.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a snapshot says about itself: {@code MANIFEST.json}, the first entry of the archive.
 *
 * @param format the manifest's format version, raised when its fields change meaning
 * @param organization whose AI management system it is
 * @param version the handbook version
 * @param edition the audience it was built for
 * @param sourceCommit the last commit that changed the content, where it is in Git
 * @param contentDigest SHA-256 over the content folder's files (see {@link ContentDigest})
 * @param created when the content was last changed, the time every entry is stamped with
 * @param tool the aimsbook version that wrote it
 * @param files the SHA-256 of every other entry, by name
 */
public record Manifest(int format, String organization, String version, String edition, Optional<String> sourceCommit,
        String contentDigest, String created, String tool, SortedMap<String, String> files) {
    static final String NAME = "MANIFEST.json";
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    byte[] json() throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", format);
        json.put("organization", organization);
        json.put("version", version);
        json.put("edition", edition);
        json.put("source_commit", sourceCommit.orElse(null));
        json.put("content_sha256", contentDigest);
        json.put("created", created);
        json.put("tool", tool);
        json.put("files", files);
        return (JSON.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static Manifest read(byte[] bytes) throws IOException {
        JsonNode json = JSON.readTree(bytes);
        if (json == null || !json.path("files").isObject() || !json.path("version").isTextual()) {
            throw new IOException("its " + NAME + " names no files or no version");
        }
        SortedMap<String, String> files = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = json.get("files").fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            files.put(entry.getKey(), entry.getValue().asText());
        }
        return new Manifest(json.path("format").asInt(), json.path("organization").asText(), json.path("version").asText(),
                json.path("edition").asText(), Optional.ofNullable(json.path("source_commit").textValue()),
                json.path("content_sha256").asText(), json.path("created").asText(), json.path("tool").asText(), files);
    }
}
