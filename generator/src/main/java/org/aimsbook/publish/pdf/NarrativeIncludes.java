package org.aimsbook.publish.pdf;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aimsbook.model.Narrative;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Brings each document's narrative into the generated handbook as an include, so that it
 * reads as if from its own file: its {@code include::}s resolve from its folder and
 * Asciidoctor's messages name its file and line. Other includes fall through to the
 * content-confined include processor registered after this one.
 */
final class NarrativeIncludes extends IncludeProcessor {
    private static final String PREFIX = "aimsbook-narrative-";

    private final Path root;
    private final Map<String, Narrative> narratives = new LinkedHashMap<>();

    /** @param root the content folder, as a real path */
    NarrativeIncludes(Path root) {
        this.root = root;
    }

    /** The include directive that brings in {@code narrative}, its sections placed below {@code level}. */
    String directive(Narrative narrative, int level) {
        String target = PREFIX + narratives.size();
        narratives.put(target, narrative);
        return "include::" + target + "[leveloffset=+" + level + "]\n";
    }

    @Override
    public boolean handles(String target) {
        return narratives.containsKey(target);
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Narrative narrative = narratives.get(target);
        String file = root.resolve(narrative.start().file()).toString();
        String text = narrative.asciidoc();
        int line = narrative.start().line();
        // The handbook's own section heads the narrative; its document title would repeat it.
        if (text.startsWith("= ")) {
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end + 1);
            line++;
        }
        reader.pushInclude(text, file, file, line, attributes);
    }
}
