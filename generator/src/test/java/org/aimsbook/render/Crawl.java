package org.aimsbook.render;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aimsbook.Sites;
import org.jsoup.nodes.Document;

/**
 * Every HTML page of a built output folder, and the relative links between them that lead
 * nowhere: to no file inside the output, or to an {@code #anchor} the target page lacks.
 */
final class Crawl {
    final Path out;
    final Map<Path, Document> pages = new TreeMap<>();
    private int followed;

    /** Builds the example content as {@code version} into {@code out}, then crawls the output. */
    static Crawl ofExample(Path out, String version) throws IOException {
        Sites.build(Sites.EXAMPLE, out, version, org.aimsbook.model.Classification.INTERNAL);
        return new Crawl(out);
    }

    Crawl(Path out) throws IOException {
        this.out = out.toAbsolutePath().normalize();
        for (Path file : Sites.files(this.out)) {
            if (file.toString().endsWith(".html")) {
                pages.put(file, Sites.page(file));
            }
        }
    }

    /** Links and sources, as {@code page -> link}, that lead to no file inside the output. */
    List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        followed = 0;
        pages.forEach((page, document) -> {
            for (String link : links(document)) {
                URI uri = uri(link);
                if (uri.isAbsolute() || link.startsWith("//")) {
                    continue;
                }
                followed++;
                Path target = target(page, uri);
                if (!target.startsWith(out) || !Files.isRegularFile(target)) {
                    broken.add(where(page) + " -> " + link);
                }
            }
        });
        return broken;
    }

    /** Links whose {@code #anchor} names no element of the page they lead to. */
    List<String> brokenAnchors() {
        List<String> broken = new ArrayList<>();
        pages.forEach((page, document) -> {
            for (String link : links(document)) {
                URI uri = uri(link);
                if (uri.isAbsolute() || uri.getRawFragment() == null) {
                    continue;
                }
                Document target = pages.get(target(page, uri));
                if (target == null || target.getElementById(uri.getFragment()) == null) {
                    broken.add(where(page) + " -> " + link);
                }
            }
        });
        return broken;
    }

    /** How many relative links the last {@link #brokenLinks()} followed. */
    int followed() {
        return followed;
    }

    String where(Path page) {
        return out.relativize(page).toString().replace('\\', '/');
    }

    private static List<String> links(Document page) {
        List<String> links = new ArrayList<>(page.select("[href]").eachAttr("href"));
        links.addAll(page.select("[src]").eachAttr("src"));
        return links;
    }

    private static URI uri(String link) {
        try {
            return new URI(link);
        } catch (URISyntaxException e) {
            throw new AssertionError("not a URI: " + link, e);
        }
    }

    /** The file a relative link on {@code page} leads to; a bare {@code #anchor} leads to the page itself. */
    private static Path target(Path page, URI uri) {
        String path = uri.getPath();
        return path == null || path.isEmpty() ? page : page.getParent().resolve(path).normalize();
    }
}
