package org.aimsbook.load;

import java.util.List;
import java.util.Optional;

/**
 * An AsciiDoc file split into its YAML front matter and its body. Asciidoctor skips the same
 * block when it renders the body with {@code skip-front-matter}.
 *
 * @param yaml the YAML between the {@code ---} lines; empty when the block is never closed
 * @param body the AsciiDoc after the closing line
 * @param bodyLine the file line on which the body starts
 */
record FrontMatter(Optional<String> yaml, String body, int bodyLine) {
    private static final String FENCE = "---";

    /** Empty when the text does not open with front matter. */
    static Optional<FrontMatter> split(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).stripTrailing().equals(FENCE)) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals(FENCE)) {
                String yaml = String.join("\n", lines.subList(1, i));
                String body = String.join("\n", lines.subList(i + 1, lines.size()));
                return Optional.of(new FrontMatter(Optional.of(yaml), body, i + 2));
            }
        }
        return Optional.of(new FrontMatter(Optional.empty(), "", lines.size() + 1));
    }
}
