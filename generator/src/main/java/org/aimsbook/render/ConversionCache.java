package org.aimsbook.render;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.aimsbook.model.BuildOutput;
import org.aimsbook.model.Narrative;
import org.aimsbook.model.RefMacroSyntax;
import org.asciidoctor.Asciidoctor;

/**
 * What Asciidoctor made of each narrative in the last build, so that a build converts only the
 * narratives that changed. An entry is found by the SHA-256 of the narrative's text and folder,
 * and is used only while every file it included still has the bytes it had. It also keeps each
 * narrative as finished for its page (links resolved, markup sanitised), found by the SHA-256
 * of everything finishing reads, so that unchanged narrative is not parsed again either.
 *
 * <p>The cache is one file beside the output folder (never in the content), written whole and
 * moved into place, holding only the entries the last build used. It names the tool that
 * wrote it (aimsbook's version, AsciidoctorJ's, the bytes of the classes that shape the
 * conversion and the macros' expression) and ends with the SHA-256 of everything before it: a cache that is damaged,
 * truncated or written by another build of the tool is ignored, never trusted.
 */
public final class ConversionCache {
    private static final byte[] MAGIC = "aimsbook conversions\n".getBytes(StandardCharsets.US_ASCII);
    /** Bumped whenever what is stored, or how it is converted, changes meaning. */
    private static final int FORMAT = 2;
    private static final Class<?>[] CONVERSION_CLASSES = {AsciiDocConverter.class, ContentIncludes.class, RefMacro.class};
    private static final int HASH = 32;

    private final Path file;
    private final byte[] tool;
    private final Map<Key, Entry> previous;
    private final Map<Key, Entry> used = new ConcurrentHashMap<>();
    /** Finished HTML by the SHA-256 of what finishing read: see {@link #finished}. */
    private final Map<Key, String> finishedBefore;
    private final Map<Key, String> finishedNow = new ConcurrentHashMap<>();
    private final Condition condition;

    /** How a cache file was found when the build began. */
    public enum Condition {
        /** There was none. */
        ABSENT,
        /** It was read and its entries may be used. */
        LOADED,
        /** It was written by another version or build of the tool, and is ignored. */
        FOREIGN,
        /** It is damaged or truncated, and is ignored. */
        CORRUPT
    }

    /** A converted narrative and the files its conversion read, with their SHA-256. */
    record Entry(String html, Map<String, byte[]> includes) {
    }

    private record Key(byte[] hash) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(hash, key.hash);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(hash);
        }
    }

    private ConversionCache(Path file, byte[] tool, Map<Key, Entry> previous, Map<Key, String> finishedBefore,
            Condition condition) {
        this.file = file;
        this.tool = tool;
        this.previous = previous;
        this.finishedBefore = finishedBefore;
        this.condition = condition;
    }

    private static ConversionCache ignored(Path file, byte[] tool, Condition condition) {
        return new ConversionCache(file, tool, Map.of(), Map.of(), condition);
    }

    /**
     * Where the cache of a build into {@code out} from {@code content} lives: in
     * {@code .aimsbook-cache/} beside the output folder, as the search index does, unless that
     * would put it in the content (an output folder at the content's top), when it goes to the
     * user's cache folder ({@code $XDG_CACHE_HOME/aimsbook} or {@code ~/.cache/aimsbook}).
     */
    public static Path location(Path out, Path content) {
        Path absolute = out.toAbsolutePath().normalize();
        Path parent = absolute.getParent() == null ? absolute : absolute.getParent();
        Path root = content.toAbsolutePath().normalize();
        String name = absolute.getFileName() + "";
        if (parent.startsWith(root) && !BuildOutput.holds(root.relativize(parent))) {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path user = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
            return user.resolve("aimsbook").resolve(hex(sha256(root.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16))
                    .resolve(name).resolve("conversions.bin");
        }
        return parent.resolve(".aimsbook-cache").resolve(name).resolve("conversions.bin");
    }

    /**
     * The cache the next render of the same content starts from when it follows in the same
     * process, as a preview's renders do: what this one started with, and what this render used
     * or made. A partial render looks up only some narratives, so nothing is dropped here; a
     * preview lasts a working session, and its edits add an entry each.
     */
    public ConversionCache carried() {
        Map<Key, Entry> entries = new ConcurrentHashMap<>(previous);
        entries.putAll(used);
        Map<Key, String> finished = new ConcurrentHashMap<>(finishedBefore);
        finished.putAll(finishedNow);
        return new ConversionCache(file, tool, entries, finished, condition);
    }

    /** A cache that has nothing and is kept nowhere: every narrative is converted. */
    static ConversionCache none() {
        return ignored(null, new byte[0], Condition.ABSENT);
    }

    /**
     * Reads the cache file, if any.
     *
     * @param tool the version of aimsbook doing the build; a cache from any other is foreign
     */
    public static ConversionCache open(Path file, String tool) {
        byte[] identity = identity(tool);
        if (!Files.isRegularFile(file)) {
            return ignored(file, identity, Condition.ABSENT);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return ignored(file, identity, Condition.CORRUPT);
        }
        if (bytes.length < MAGIC.length + HASH
                || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)
                || !Arrays.equals(sha256(Arrays.copyOf(bytes, bytes.length - HASH)),
                        Arrays.copyOfRange(bytes, bytes.length - HASH, bytes.length))) {
            return ignored(file, identity, Condition.CORRUPT);
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, MAGIC.length,
                bytes.length - MAGIC.length - HASH))) {
            if (in.readInt() != FORMAT || !Arrays.equals(read(in), identity)) {
                return ignored(file, identity, Condition.FOREIGN);
            }
            int count = in.readInt();
            Map<Key, Entry> entries = new ConcurrentHashMap<>();
            for (int i = 0; i < count; i++) {
                Key key = new Key(read(in));
                int includes = in.readInt();
                Map<String, byte[]> read = new TreeMap<>();
                for (int j = 0; j < includes; j++) {
                    read.put(new String(read(in), StandardCharsets.UTF_8), read(in));
                }
                entries.put(key, new Entry(new String(read(in), StandardCharsets.UTF_8), read));
            }
            int finishedCount = in.readInt();
            Map<Key, String> finished = new ConcurrentHashMap<>();
            for (int i = 0; i < finishedCount; i++) {
                finished.put(new Key(read(in)), new String(read(in), StandardCharsets.UTF_8));
            }
            if (in.available() != 0) {
                throw new IOException("bytes after the last entry");
            }
            return new ConversionCache(file, identity, entries, finished, Condition.LOADED);
        } catch (IOException | RuntimeException e) {
            // The checksum matched but the layout did not: written by something else entirely.
            return ignored(file, identity, Condition.CORRUPT);
        }
    }

    /** How the cache file was found. */
    public Condition condition() {
        return condition;
    }

    /**
     * The HTML the narrative was converted to before, if its text, folder and every file it
     * included are unchanged; the entry is then kept for the next build.
     *
     * @param root the content folder the includes were read from
     */
    Optional<String> find(Narrative narrative, Path root) {
        Key key = key(narrative);
        Entry entry = previous.get(key);
        if (entry == null || !unchanged(entry, root)) {
            return Optional.empty();
        }
        used.put(key, entry);
        return Optional.of(entry.html());
    }

    /** Keeps a fresh conversion for the next build. */
    void keep(Narrative narrative, Entry entry) {
        used.put(key(narrative), entry);
    }

    /**
     * Converted HTML as finished for a page, made by {@code finish} unless it was made before
     * from the same HTML, for the same page, with the same references read; kept for the next build.
     *
     * @param reads everything finishing reads besides the HTML: the page and what its references resolve to
     */
    String finished(String html, String reads, java.util.function.Supplier<String> finish) {
        Key key = new Key(sha256((reads + "\0" + html).getBytes(StandardCharsets.UTF_8)));
        String finished = finishedBefore.get(key);
        if (finished == null) {
            finished = finish.get();
        }
        finishedNow.put(key, finished);
        return finished;
    }

    /** Where the cache is kept. */
    public Path file() {
        return file;
    }

    /**
     * The cache file's next contents: the entries this build used or made, and only those, so
     * that it holds no more than the content needs. Written whole by the caller: a build
     * interrupted half-way leaves the old cache as it was.
     */
    public byte[] contents() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(FORMAT);
            write(out, tool);
            // Sorted by key, so that the same build writes the same file.
            List<Map.Entry<Key, Entry>> entries = new ArrayList<>(used.entrySet());
            entries.sort((a, b) -> Arrays.compare(a.getKey().hash(), b.getKey().hash()));
            out.writeInt(entries.size());
            for (Map.Entry<Key, Entry> entry : entries) {
                write(out, entry.getKey().hash());
                out.writeInt(entry.getValue().includes().size());
                for (Map.Entry<String, byte[]> include : new TreeMap<>(entry.getValue().includes()).entrySet()) {
                    write(out, include.getKey().getBytes(StandardCharsets.UTF_8));
                    write(out, include.getValue());
                }
                write(out, entry.getValue().html().getBytes(StandardCharsets.UTF_8));
            }
            List<Map.Entry<Key, String>> finished = new ArrayList<>(finishedNow.entrySet());
            finished.sort((a, b) -> Arrays.compare(a.getKey().hash(), b.getKey().hash()));
            out.writeInt(finished.size());
            for (Map.Entry<Key, String> entry : finished) {
                write(out, entry.getKey().hash());
                write(out, entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to grow", e);
        }
        byte[] body = bytes.toByteArray();
        return ByteBuffer.allocate(body.length + HASH).put(body).put(sha256(body)).array();
    }

    private static boolean unchanged(Entry entry, Path root) {
        for (Map.Entry<String, byte[]> include : entry.includes().entrySet()) {
            Path included = root.resolve(include.getKey());
            try {
                if (!Files.isRegularFile(included) || !Arrays.equals(sha256(Files.readAllBytes(included)), include.getValue())) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The narrative's text and the folder its includes and images are relative to. */
    private static Key key(Narrative narrative) {
        Path folder = Path.of(narrative.start().file()).getParent();
        String where = folder == null ? "" : folder.toString().replace('\\', '/');
        return new Key(sha256((where + "\0" + narrative.asciidoc()).getBytes(StandardCharsets.UTF_8)));
    }

    /** The tool that converts: aimsbook's version, AsciidoctorJ's, the classes that configure it and the macros' expression. */
    private static byte[] identity(String tool) {
        MessageDigest digest = digest();
        digest.update(tool.getBytes(StandardCharsets.UTF_8));
        // Built from the reference kinds at run time, so the classes' bytes do not hold it.
        digest.update(RefMacroSyntax.ASCIIDOCTOR.getBytes(StandardCharsets.UTF_8));
        resource(digest, Asciidoctor.class, "/META-INF/asciidoctorj-version.properties");
        for (Class<?> type : CONVERSION_CLASSES) {
            resource(digest, type, type.getSimpleName() + ".class");
        }
        return digest.digest();
    }

    private static void resource(MessageDigest digest, Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in != null) {
                digest.update(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sha256(byte[] bytes) {
        return digest().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static void write(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("length out of range");
        }
        return in.readNBytes(length);
    }
}
