package org.aimsbook.publish.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.aimsbook.model.Content;
import org.aimsbook.render.ContentIncludes;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * Writes the handbook and the Statement of Applicability as PDFs with asciidoctor-pdf, from
 * AsciiDoc generated from the model. Both come from one Asciidoctor instance: starting one
 * costs seconds. Fonts and the theme are read from the jar, so nothing is fetched.
 */
public final class PdfPublisher {
    /** The whole handbook, cover to SoA appendix. */
    public static final String HANDBOOK = "handbook.pdf";
    /** The Statement of Applicability alone. */
    public static final String SOA = "soa.pdf";

    private static final String THEMES = "uri:classloader:/org/aimsbook/theme/default/pdf";
    private static final String THEME = "aimsbook";
    /** Where a theme folder keeps its PDF theme, as the default theme does. */
    private static final String THEME_FILE = "pdf/" + THEME + "-theme.yml";

    private PdfPublisher() {
    }

    /**
     * Writes {@link #HANDBOOK} and {@link #SOA} into {@code out}, each replacing any earlier
     * file of its name only once it is complete.
     *
     * @param visible the content the edition may see: {@code Content.visibleTo(edition)}
     * @return the files written
     */
    public static List<Path> write(Content visible, PdfOptions options, Path out) throws IOException {
        Path root = options.content().toRealPath();
        Stamp stamp = Stamp.of(visible, options);
        Files.createDirectories(out);
        // A PDF build converts two large documents: JRuby's JIT would not pay for its warm-up either.
        if (System.getProperty("jruby.compile.mode") == null) {
            System.setProperty("jruby.compile.mode", "OFF");
        }
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        try {
            asciidoctor.requireLibrary("asciidoctor-pdf");
            NarrativeIncludes narratives = new NarrativeIncludes(root);
            asciidoctor.javaExtensionRegistry().includeProcessor(narratives);
            asciidoctor.javaExtensionRegistry().includeProcessor(new ContentIncludes(root));
            Targets targets = new Targets(visible);
            asciidoctor.javaExtensionRegistry().inlineMacro(new PdfRefMacro(targets));
            HandbookSource source = new HandbookSource(visible, stamp, narratives, targets);
            String themes = themes(options.theme());
            Path handbook = convert(asciidoctor, source.handbook(), root, stamp, themes, out.resolve(HANDBOOK));
            Path soa = convert(asciidoctor, source.soa(), root, stamp, themes, out.resolve(SOA));
            return List.of(handbook, soa);
        } finally {
            asciidoctor.shutdown();
        }
    }

    /**
     * The folder of the PDF theme: the theme folder's {@code pdf/} where it has a PDF theme, else
     * the default's in the jar. A theme folder without one changes only the site, as it may
     * override only some of the site's templates.
     */
    private static String themes(Optional<Path> theme) throws IOException {
        Optional<Path> file = theme.map(folder -> folder.resolve(THEME_FILE)).filter(Files::isRegularFile);
        return file.isPresent() ? file.get().getParent().toRealPath().toString() : THEMES;
    }

    private static Path convert(Asciidoctor asciidoctor, String source, Path root, Stamp stamp, String themes, Path target)
            throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        AttributesBuilder attributes = Attributes.builder()
                .attribute("pdf-themesdir", themes)
                .attribute("pdf-theme", THEME)
                .attribute("idprefix", "_")
                .attribute("idseparator", "-")
                .attribute("attribute-missing", "skip")
                // No images or fonts from anywhere but the jar and the content folder.
                .attribute("allow-uri-read", null);
        stamp.date().ifPresent(day -> {
            // asciidoctor-pdf dates the PDF from these; left alone, they are the clock's.
            String midnight = day + " 00:00:00 +0000";
            attributes.attribute("docdate", day.toString()).attribute("doctime", "00:00:00 +0000")
                    .attribute("docdatetime", midnight)
                    .attribute("localdate", day.toString()).attribute("localtime", "00:00:00 +0000")
                    .attribute("localdatetime", midnight);
        });
        if (stamp.date().isEmpty()) {
            // No date in the content: the epoch, rather than the clock.
            attributes.attribute("reproducible", "");
        }
        // A stream, not a file: SAFE mode would refuse a target outside the content folder.
        try (OutputStream stream = Files.newOutputStream(partial)) {
            asciidoctor.convert(source, Options.builder()
                    .safe(SafeMode.SAFE)
                    .backend("pdf")
                    .standalone(true)
                    .baseDir(root.toFile())
                    .toStream(stream)
                    .attributes(attributes.build())
                    .build());
        }
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
