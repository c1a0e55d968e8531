package org.aimsbook.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a version's static search export back, as the browser engine would, for tests. */
public final class ExportReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;
    public final JsonNode meta;

    public ExportReader(Path search) throws IOException {
        this.folder = search;
        this.meta = call(search.resolve("meta.js"), "meta").get(0);
    }

    /** The arguments of the one call a script file makes, as a JSON array. */
    public static JsonNode call(Path file, String name) throws IOException {
        String script = Files.readString(file, StandardCharsets.UTF_8).strip();
        String start = "aimsbookSearch." + name + "(";
        if (!script.startsWith(start) || !script.endsWith(");")) {
            throw new AssertionError(file + " is not a call of " + name + ": " + script.substring(0, Math.min(80, script.length())));
        }
        return JSON.readTree("[" + script.substring(start.length(), script.length() - 2) + "]");
    }

    /** Every word entry: word → [pages, keys…]. */
    public Map<String, JsonNode> words() throws IOException {
        return entries("words", "w", meta.get("words").size());
    }

    /** Every key entry: key → [key, surface words, postings]. */
    public Map<String, JsonNode> keys() throws IOException {
        return entries("keys", "k", meta.get("keys").size());
    }

    public Map<String, JsonNode> prefixes() throws IOException {
        return entries("prefixes", "p", meta.get("prefixes").size());
    }

    public JsonNode text(int page) throws IOException {
        return call(folder.resolve("t").resolve(page + ".js"), "text").get(1);
    }

    private Map<String, JsonNode> entries(String name, String file, int shards) throws IOException {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        for (int shard = 0; shard < shards; shard++) {
            JsonNode call = call(folder.resolve(file + shard + ".js"), name);
            if (call.get(0).asInt() != shard) {
                throw new AssertionError(file + shard + ".js calls itself shard " + call.get(0));
            }
            call.get(1).forEach(entry -> entries.put(entry.get(0).asText(), entry));
        }
        return entries;
    }

    /** A key's postings decoded: page → quantised score, in page order. */
    public static Map<Integer, Integer> postings(String encoded) {
        Map<Integer, Integer> postings = new TreeMap<>();
        int page = -1;
        int at = 0;
        while (at < encoded.length()) {
            int gap = 0;
            int shift = 0;
            int digit;
            do {
                digit = Postings.DIGITS.indexOf(encoded.charAt(at++));
                gap |= (digit & 31) << shift;
                shift += 5;
            } while (digit >= 32);
            page += gap;
            int score = Postings.DIGITS.indexOf(encoded.charAt(at)) * 64 + Postings.DIGITS.indexOf(encoded.charAt(at + 1));
            at += 2;
            postings.put(page, score);
        }
        return postings;
    }

    /** Keys of a surface word, empty for stop words and unknown words. */
    public List<String> keysOf(Map<String, JsonNode> words, String word) {
        List<String> keys = new ArrayList<>();
        JsonNode entry = words.get(word);
        if (entry != null) {
            for (int i = 2; i < entry.size(); i++) {
                keys.add(entry.get(i).asText());
            }
        }
        return keys;
    }
}
