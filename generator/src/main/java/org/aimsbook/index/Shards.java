package org.aimsbook.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aimsbook.stage.SiteFiles;

/**
 * A sorted list written as script files of a few kilobytes, each calling
 * {@code aimsbookSearch.<call>(shard, [entries])}, so the browser loads only the shard an
 * entry falls in. The first entry of each shard is kept for the index's meta file.
 */
final class Shards implements Closeable {
    /**
     * Writes {@code < > &} as JSON Unicode escapes: the index is data, and stays inert even if a
     * theme inlines it into a page.
     */
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new CharacterEscapes() {
            private final int[] escapes = standard();

            private static int[] standard() {
                int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
                for (char markup : new char[] {'<', '>', '&'}) {
                    escapes[markup] = CharacterEscapes.ESCAPE_STANDARD;
                }
                return escapes;
            }

            @Override
            public int[] getEscapeCodesForAscii() {
                return escapes;
            }

            @Override
            public SerializableString getEscapeSequence(int ch) {
                return null;
            }
        });
    }

    private final SiteFiles site;
    private final String name;
    private final int limit;
    private final List<String> firsts = new ArrayList<>();
    /** The shard being filled; null between shards. */
    private StringBuilder out;
    private long size;

    /**
     * @param site the version the shards go into, in {@code search/}
     * @param name the call and the file prefix: shard 3 of {@code words} is {@code w3.js}
     * @param limit the size at which a shard is closed: small enough that a query loads little
     *              at any corpus size, large enough to keep the number of files down
     */
    Shards(SiteFiles site, String name, int limit) {
        this.site = site;
        this.name = name;
        this.limit = limit;
    }

    /** Appends an entry, whose sort key is {@code key}, to the current shard or a new one. */
    void add(String key, List<?> entry) throws IOException {
        String json = json(entry);
        if (out != null && size + json.length() > limit) {
            finish();
        }
        if (out == null) {
            firsts.add(key);
            out = new StringBuilder(limit + 1024);
            write("aimsbookSearch." + name + "(" + (firsts.size() - 1) + ",[");
            size = 0;
        } else {
            write(",\n");
        }
        write(json);
        size += json.length();
    }

    /** The first key of every shard, in order. */
    List<String> firsts() {
        return List.copyOf(firsts);
    }


    @Override
    public void close() throws IOException {
        if (out != null) {
            finish();
        }
    }

    private void finish() throws IOException {
        write("]);\n");
        site.write(StaticExport.FOLDER + name.charAt(0) + (firsts.size() - 1) + ".js", out.toString().getBytes(StandardCharsets.UTF_8));
        out = null;
    }

    private void write(String text) {
        out.append(text);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
