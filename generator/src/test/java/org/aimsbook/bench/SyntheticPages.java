package org.aimsbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.aimsbook.render.Findable;
import org.jsoup.nodes.Entities;

/**
 * Handbook pages for the search benchmark, written straight into a version folder: sentences
 * of the example handbook recombined, headings and titles from its words, and a long tail of
 * made-up names (Zipf-distributed) so the vocabulary keeps growing with the corpus as real
 * handbooks' does. Seeded: the same size gives the same pages.
 */
final class SyntheticPages {
    private static final String[] KINDS = {"policy", "system", "data", "assessment", "improvement", "control"};
    private static final String[] STATUSES = {"planned", "in progress", "implemented", "closed", "at risk"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tas", "vo", "quin", "ber", "sol", "dra", "pex", "ul",
        "zan", "tor", "ami", "gle", "nox", "ri", "fen", "hal"};

    private final List<String> sentences;
    private final Random random = new Random(42);

    SyntheticPages(List<String> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    /** Writes {@code count} pages under {@code site}/pages and returns them in search order. */
    List<Findable> write(Path site, int count) throws IOException {
        Files.createDirectories(site.resolve("pages"));
        List<Findable> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = KINDS[i % KINDS.length];
            String title = words(3 + random.nextInt(4)) + " " + name();
            String path = "pages/" + kind + "-" + i + ".html";
            StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                    .append(Entities.escape(title)).append("</title></head><body><main><h1>").append(Entities.escape(title)).append("</h1>\n");
            int sections = 2 + random.nextInt(5);
            for (int s = 0; s < sections; s++) {
                html.append("<section><h2 id=\"s").append(s).append("\">").append(Entities.escape(words(2 + random.nextInt(3))))
                        .append("</h2>\n<p>");
                int length = 3 + random.nextInt(8);
                for (int n = 0; n < length; n++) {
                    html.append(Entities.escape(sentences.get(random.nextInt(sentences.size()))));
                    if (random.nextInt(3) == 0) {
                        html.append(" See ").append(name()).append('.');
                    }
                    html.append(' ');
                }
                html.append("</p></section>\n");
            }
            html.append("</main></body></html>\n");
            Files.writeString(site.resolve(path), html, StandardCharsets.UTF_8);
            pages.add(new Findable(path, title, kind, kind + "s", List.of(kind + "-" + i), Optional.of("Role " + random.nextInt(200)),
                    Optional.of(STATUSES[random.nextInt(STATUSES.length)]), random.nextInt(4) == 0 ? "public" : "internal"));
        }
        pages.sort(Comparator.comparingInt((Findable page) -> List.of(KINDS).indexOf(page.typeKey())).thenComparing(Findable::path));
        return pages;
    }

    /** Words drawn from the example's sentences. */
    private String words(int count) {
        StringBuilder words = new StringBuilder();
        while (count > 0) {
            String[] sentence = sentences.get(random.nextInt(sentences.size())).split("\\s+");
            String word = sentence[random.nextInt(sentence.length)].replaceAll("[^\\p{L}\\p{N}-]", "");
            if (word.length() > 2) {
                words.append(words.length() == 0 ? "" : " ").append(word);
                count--;
            }
        }
        return words.toString();
    }

    /** A made-up name; rank r comes with probability about 1/r, over a million ranks. */
    private String name() {
        int rank = (int) Math.floor(Math.pow(1_000_000, random.nextDouble()));
        StringBuilder name = new StringBuilder();
        for (int n = rank; ; n /= SYLLABLES.length) {
            name.append(SYLLABLES[n % SYLLABLES.length]);
            if (n < SYLLABLES.length) {
                break;
            }
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
