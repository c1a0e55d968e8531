package org.aimsbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.aimsbook.model.Narrative;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * Converts narrative with one Asciidoctor instance for the whole build: starting one costs
 * seconds, converting a document milliseconds. The instance is started on first use, so a
 * build whose narrative all comes from the {@link ConversionCache} never starts it, and may be
 * shared by threads converting at once. A face that builds one content folder again and again
 * ({@code serve}) keeps one open across its builds. The HTML it returns still holds reference
 * placeholders and anything the writer typed; {@link Fragments} resolves and sanitises it.
 */
public final class AsciiDocConverter implements AutoCloseable {
    private final Path root;
    private final ContentIncludes includes;
    private Asciidoctor asciidoctor;

    /** @param root the content folder, as a real path; includes may not leave it */
    public AsciiDocConverter(Path root) {
        this.root = root;
        this.includes = new ContentIncludes(root);
    }

    /** The instance, started on first call; later calls wait for it rather than start another. */
    private synchronized Asciidoctor asciidoctor() {
        if (asciidoctor == null) {
            // A handbook build converts hundreds of short documents once each: JRuby's interpreter
            // gets through them sooner than its JIT warms up (measured in docs/benchmarks.md).
            // A user may still choose otherwise with -Djruby.compile.mode.
            if (System.getProperty("jruby.compile.mode") == null) {
                System.setProperty("jruby.compile.mode", "OFF");
            }
            Asciidoctor started = Asciidoctor.Factory.create();
            started.javaExtensionRegistry().inlineMacro(new RefMacro());
            started.javaExtensionRegistry().includeProcessor(includes);
            asciidoctor = started;
        }
        return asciidoctor;
    }

    /**
     * The narrative as an HTML fragment, without its document title (the page shows that), with
     * the files its includes read.
     *
     * @throws UncheckedIOException when the narrative, with what it includes, nests too deeply to convert
     */
    ConversionCache.Entry convert(Narrative narrative) {
        Asciidoctor engine = asciidoctor();
        Path folder = root.resolve(narrative.start().file()).getParent();
        Options options = Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(folder.toFile())
                .standalone(false)
                .attributes(Attributes.builder()
                        .attribute("sectanchors")
                        // Section ids start with _ so a writer's "== About" cannot clash with the page's own ids.
                        .attribute("idprefix", "_")
                        .attribute("idseparator", "-")
                        .attribute("attribute-missing", "skip")
                        .build())
                .build();
        includes.begin();
        String html;
        try {
            html = engine.convert(narrative.asciidoc(), options);
        } catch (StackOverflowError e) {
            // The check refuses deep nesting it can see; nesting built up through included files
            // it does not read still exhausts the stack, and the build stops in one line.
            throw new UncheckedIOException(new RenderFailure(narrative.start().file()
                    + ": narrative nests too deeply to convert, through the files it includes; flatten its lists and blocks", e));
        }
        return new ConversionCache.Entry(html, includes.read());
    }

    /** Whether Asciidoctor has started: only once some narrative needed converting. */
    synchronized boolean started() {
        return asciidoctor != null;
    }

    /** The content folder this converter confines includes to. */
    Path root() {
        return root;
    }

    @Override
    public synchronized void close() {
        if (asciidoctor != null) {
            asciidoctor.shutdown();
            asciidoctor = null;
        }
    }
}
