package org.aimsbook.serve;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The content types of a built site's files, as a static host would send them. */
public final class MediaTypes {
    public static final String HTML = "text/html; charset=utf-8";
    public static final String TEXT = "text/plain; charset=utf-8";
    public static final String JSON = "application/json";
    public static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "html", HTML,
            "css", "text/css; charset=utf-8",
            "js", JAVASCRIPT,
            "json", JSON,
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "txt", TEXT);

    private MediaTypes() {
    }

    /** By the file's extension; bytes of any other kind are sent as bytes. */
    public static String of(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}
