package org.aimsbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Resolves every {@code include::} relative to the including file and refuses anything outside
 * the content folder, whatever Asciidoctor's own safe mode would allow. The check stage has
 * already reported such includes; this is the second line of defence.
 */
public final class ContentIncludes extends IncludeProcessor {
    private final Path root;
    /**
     * The files the conversion running on this thread has read, relative to the content
     * folder, with their SHA-256: a cached conversion stays valid only while they are unchanged.
     * Asciidoctor calls back on the thread that converts, so each conversion has its own.
     */
    private final ThreadLocal<Map<String, byte[]>> read = ThreadLocal.withInitial(TreeMap::new);

    /** @param root the content folder, as a real path */
    public ContentIncludes(Path root) {
        this.root = root;
    }

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Path file = Path.of(reader.getDir()).resolve(target).normalize();
        String text;
        try {
            if (target.contains("://") || !file.startsWith(root) || !file.toRealPath().startsWith(root)) {
                text = "[include of " + target + " refused: outside the content folder]";
            } else {
                byte[] bytes = Files.readAllBytes(file);
                read.get().put(root.relativize(file).toString().replace('\\', '/'), ConversionCache.sha256(bytes));
                // Strictly, as Files.readString would: invalid UTF-8 is an error, not replacement characters.
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("included file " + target + " cannot be read", e);
        }
        reader.pushInclude(text, file.toString(), file.toString(), 1, attributes);
    }

    /** Forgets what this thread read, before a conversion starts. */
    void begin() {
        read.get().clear();
    }

    /** What this thread read since {@link #begin()}. */
    Map<String, byte[]> read() {
        return Map.copyOf(read.get());
    }
}
