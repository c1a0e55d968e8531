package org.aimsbook.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Position;

/**
 * A content file's text, read only when it is of a size, kind and encoding a writer could have
 * meant: oversized, binary, non-UTF-8 and empty files each give one clear error instead.
 *
 * @param file the content-relative path
 * @param text the text, without a byte order mark
 */
record SourceFile(String file, String text) {

    static Optional<SourceFile> read(Path path, String file, Diagnostics.Builder out) {
        Position start = Position.startOf(file);
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > ContentLimits.MAX_FILE_BYTES) {
                out.report(Rule.FILE_TOO_LARGE, start, "file is " + size / 1024 + " KiB; content files may be at most "
                        + ContentLimits.MAX_FILE_BYTES / 1024 + " KiB", "split it into several documents");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            out.report(Rule.FILE_UNREADABLE, start, "file cannot be read: " + e.getMessage(), null);
            return Optional.empty();
        }
        // UTF-16 and UTF-32 text is full of NUL bytes: its byte order mark tells it from binary data.
        boolean wide = bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE);
        if (wide) {
            out.report(Rule.FILE_ENCODING, start, "file is UTF-16 or UTF-32, not UTF-8", "save it as UTF-8");
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                out.report(Rule.FILE_BINARY, positionOf(bytes, i, file), "file holds binary data, not text",
                        "content folders hold YAML and AsciiDoc; keep images and other files outside the document folders or name them with a leading _");
                return Optional.empty();
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = utf8.decode(in, chars, true);
        if (result.isError()) {
            out.report(Rule.FILE_ENCODING, positionOf(bytes, in.position(), file), "file is not valid UTF-8",
                    "save it as UTF-8 (it may be Latin-1 or Windows-1252)");
            return Optional.empty();
        }
        utf8.flush(chars);
        String text = chars.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            out.report(Rule.FILE_EMPTY, start, "file is empty", "write the document, or delete the file");
            return Optional.empty();
        }
        return Optional.of(new SourceFile(file, text));
    }

    /**
     * Line and column of a byte offset, counting columns in bytes since the line may not decode.
     * Lines end as editors and the YAML parser end them: at LF, CRLF or a lone CR.
     */
    private static Position positionOf(byte[] bytes, int offset, String file) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            boolean crBeforeLf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
            if (bytes[i] == '\n' || bytes[i] == '\r' && !crBeforeLf) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file, line, offset - lineStart + 1);
    }
}
