package org.aimsbook.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request's path, decoded, when it names something inside the site. Every way out is
 * refused before any file is looked at: {@code ..} and {@code .} segments, also percent-encoded
 * ({@code %2e%2e}), empty segments ({@code //etc/passwd}), backslashes, drive letters and NUL.
 */
final class RequestPath {
    private RequestPath() {
    }

    /** @param raw the path as the request line has it, still percent-encoded */
    static Optional<String> of(String raw) {
        if (raw == null || !raw.startsWith("/")) {
            return Optional.empty();
        }
        String path;
        try {
            // The plus sign is itself in a path, not a space as in a form.
            path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.indexOf(':') >= 0) {
            return Optional.empty();
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !last)) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }
}
