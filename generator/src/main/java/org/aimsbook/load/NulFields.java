package org.aimsbook.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the NUL-terminated fields git writes with {@code -z}: the one form in which git gives
 * every file name verbatim, since a name may hold any other byte, newlines and quotes included.
 */
final class NulFields {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private final ByteArrayOutputStream field = new ByteArrayOutputStream();
    private int position;
    private int limit;

    NulFields(InputStream in) {
        this.in = in;
    }

    /** The next field, or {@code null} at the end of the output. */
    String next() throws IOException {
        field.reset();
        while (true) {
            if (position == limit) {
                position = 0;
                limit = Math.max(in.read(buffer), 0);
                if (limit == 0) {
                    return field.size() == 0 ? null : field.toString(UTF_8);
                }
            }
            int start = position;
            while (position < limit && buffer[position] != 0) {
                position++;
            }
            field.write(buffer, start, position - start);
            if (position < limit) {
                position++;
                return field.toString(UTF_8);
            }
        }
    }
}
