package org.aimsbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a JBake project that {@code aimsbook export jbake} wrote into the JBake baseline:
 * every policy page becomes an AsciiDoc content file holding the policy's own narrative, with
 * the exported page's JBake header, so that JBake converts the same AsciiDoc aimsbook converts
 * (with its own Asciidoctor) instead of taking ready HTML. Arguments: the project, the content
 * folder it was exported from. Prints how many pages it turned.
 */
public final class JBakeAsciiDocPages {
    private static final String SEPARATOR = "~~~~~~";

    private JBakeAsciiDocPages() {
    }

    public static void main(String[] args) throws IOException {
        Path policies = Path.of(args[0], "content", "policies");
        Path content = Path.of(args[1]);
        int turned = 0;
        try (Stream<Path> pages = Files.list(policies)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html") && !p.endsWith("index.html")).sorted().toList()) {
                String name = page.getFileName().toString().replaceFirst("\\.html$", "");
                Path source = content.resolve("policies").resolve(name + ".adoc");
                if (!Files.exists(source)) {
                    continue;
                }
                Files.writeString(policies.resolve(name + ".adoc"), header(page) + narrative(source), StandardCharsets.UTF_8);
                Files.delete(page);
                turned++;
            }
        }
        System.out.println(turned + " policy pages turned into AsciiDoc in " + policies);
    }

    /** The exported page's JBake header, separator included. */
    private static String header(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        int end = lines.indexOf(SEPARATOR);
        if (end < 0) {
            throw new IOException(page + ": no JBake header");
        }
        return String.join("\n", lines.subList(0, end + 1)) + "\n";
    }

    /** The AsciiDoc after the document's YAML front matter. */
    private static String narrative(Path source) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        int close = text.indexOf("\n---\n", 4);
        if (!text.startsWith("---\n") || close < 0) {
            throw new IOException(source + ": no front matter");
        }
        return text.substring(close + 5);
    }
}
