package org.aimsbook.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.file.NotDirectoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.aimsbook.catalogue.Catalogue;
import org.aimsbook.diagnostic.Diagnostics;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Header;
import org.aimsbook.model.Position;
import org.aimsbook.model.meta.Field;
import org.aimsbook.model.meta.Shape;

/**
 * The load stage: reads a content folder into the model. Every file is read on its own, in
 * parallel; a file that cannot be used gives diagnostics and is left out, and the rest is
 * still loaded.
 */
public final class ContentLoader {
    /** The form of a document id, as {@link Header} declares it. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(Shape.of(Header.class).fields().stream()
            .filter(field -> field.key().equals("id"))
            .findFirst()
            .flatMap(Field::pattern)
            .orElseThrow()
            .regex());

    private final YamlReader yaml = new YamlReader();
    private final Catalogue catalogue;
    /** What the last load made of each document's files, by their stem; null when not remembering. */
    private Map<String, Remembered> remembered;

    public ContentLoader(Catalogue catalogue) {
        this(catalogue, null);
    }

    private ContentLoader(Catalogue catalogue, Map<String, Remembered> remembered) {
        this.catalogue = catalogue;
        this.remembered = remembered;
    }

    /**
     * A loader for a folder loaded again and again, as a preview does: each load reuses what the
     * one before made of a document whose files are byte for byte the same, the very same
     * record included, so that a later stage can tell what changed by identity.
     */
    public static ContentLoader remembering(Catalogue catalogue) {
        return new ContentLoader(catalogue, Map.of());
    }

    /**
     * @throws IOException when {@code folder} is not a readable directory, or holds more document files than
     *                     aimsbook reads; problems inside it are diagnostics
     */
    public Loaded load(Path folder) throws IOException {
        Path root = folder.toRealPath();
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(folder.toString());
        }
        Diagnostics.Builder scanning = new Diagnostics.Builder();
        Map<String, List<ContentFiles.Placed>> byStem = new LinkedHashMap<>();
        for (ContentFiles.Placed placed : ContentFiles.scan(root, scanning)) {
            byStem.computeIfAbsent(placed.stem(), stem -> new ArrayList<>()).add(placed);
        }
        Map<String, Remembered> next = new ConcurrentHashMap<>();
        List<Outcome> outcomes = byStem.values().parallelStream().map(files -> outcome(root, files, next)).toList();
        if (remembered != null) {
            remembered = next;
        }

        List<Document> documents = new ArrayList<>();
        Set<String> unreadable = new TreeSet<>();
        Diagnostics diagnostics = scanning.build();
        for (Outcome outcome : outcomes) {
            outcome.document().ifPresent(documents::add);
            outcome.unreadable().ifPresent(unreadable::add);
            diagnostics = diagnostics.plus(outcome.diagnostics());
        }
        return new Loaded(new Content(documents, unreadable, catalogue, GitHistory.lastChanges(root)), diagnostics);
    }

    /** What became of one document's files. */
    private record Outcome(Optional<Document> document, Optional<String> unreadable, Diagnostics diagnostics) {
    }

    /** An outcome, with the digest of the files it was made from. */
    private record Remembered(byte[] files, Outcome outcome) {
    }

    /** The document's outcome, as remembered when its files are unchanged since the last load. */
    private Outcome outcome(Path root, List<ContentFiles.Placed> files, Map<String, Remembered> next) {
        if (remembered == null) {
            return document(root, files);
        }
        Optional<byte[]> digest = digest(files);
        if (digest.isEmpty()) {
            return document(root, files);
        }
        String stem = files.get(0).stem();
        Remembered before = remembered.get(stem);
        Outcome outcome = before != null && Arrays.equals(before.files(), digest.get()) ? before.outcome() : document(root, files);
        next.put(stem, new Remembered(digest.get(), outcome));
        return outcome;
    }

    /**
     * The SHA-256 of a document's files, names and bytes; empty when the outcome depends on more
     * than them (an {@code include::} is checked against the files it names) or when a file is
     * too large or unreadable, which loading reports.
     */
    private static Optional<byte[]> digest(List<ContentFiles.Placed> files) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (ContentFiles.Placed placed : files) {
            byte[] bytes;
            try {
                if (Files.size(placed.path()) > ContentLimits.MAX_FILE_BYTES) {
                    return Optional.empty();
                }
                bytes = Files.readAllBytes(placed.path());
            } catch (IOException e) {
                return Optional.empty();
            }
            if (new String(bytes, StandardCharsets.ISO_8859_1).contains("include::")) {
                return Optional.empty();
            }
            digest.update(placed.file().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).flip());
            digest.update(bytes);
        }
        return Optional.of(digest.digest());
    }

    private Outcome document(Path root, List<ContentFiles.Placed> files) {
        Diagnostics.Builder out = new Diagnostics.Builder();
        DocumentType type = files.get(0).type();
        String fallbackId = Path.of(files.get(0).stem()).getFileName().toString();
        Optional<Node.Mapping> mapping = metadata(root, files, out);
        Optional<Document> document = mapping.flatMap(m ->
                new Binder(out, new NarrativeReader(root, out)).bind(m, type.model(), type.label()));
        Optional<String> unreadable = document.isPresent()
                ? Optional.empty()
                : Optional.of(type.refKind().prefix() + ":" + mapping.flatMap(ContentLoader::writtenId).orElse(fallbackId));
        return new Outcome(document, unreadable, out.build());
    }

    /** The document's YAML mapping, with its narrative, from wherever the writer put them. */
    private Optional<Node.Mapping> metadata(Path root, List<ContentFiles.Placed> files, Diagnostics.Builder out) {
        List<ContentFiles.Placed> yamlFiles = files.stream().filter(ContentFiles.Placed::yaml).toList();
        Optional<ContentFiles.Placed> adoc = files.stream().filter(f -> !f.yaml()).findFirst();
        if (yamlFiles.size() > 1) {
            out.report(Rule.DOC_BODY_TWICE, Position.startOf(yamlFiles.get(1).file()),
                    "`" + yamlFiles.get(0).file() + "` describes the same document", "keep one of the two files");
            return Optional.empty();
        }
        Optional<SourceFile> narrative = adoc.flatMap(f -> SourceFile.read(f.path(), f.file(), out));
        if (yamlFiles.isEmpty()) {
            return narrative.flatMap(source -> frontMatter(source, out));
        }
        ContentFiles.Placed yamlFile = yamlFiles.get(0);
        Optional<Node.Mapping> mapping = SourceFile.read(yamlFile.path(), yamlFile.file(), out)
                .flatMap(source -> mapping(source.text(), source.file(), 1, out));
        if (mapping.isEmpty() || narrative.isEmpty()) {
            return mapping;
        }
        SourceFile body = narrative.get();
        if (FrontMatter.split(body.text()).isPresent()) {
            out.report(Rule.DOC_BODY_TWICE, Position.startOf(body.file()),
                    "front matter here, but `" + yamlFile.file() + "` already describes this document",
                    "keep the metadata in one place: remove the front matter, or the YAML file");
            return Optional.empty();
        }
        return withBody(mapping.get(), body.text(), Position.startOf(body.file()), out);
    }

    private Optional<Node.Mapping> frontMatter(SourceFile source, Diagnostics.Builder out) {
        Optional<FrontMatter> split = FrontMatter.split(source.text());
        if (split.isEmpty()) {
            out.report(Rule.DOC_FRONT_MATTER, Position.startOf(source.file()), "AsciiDoc document has no front matter",
                    "start the file with a `---` line, the document's YAML (id, title, ...), and another `---` line");
            return Optional.empty();
        }
        FrontMatter parts = split.get();
        if (parts.yaml().isEmpty()) {
            out.report(Rule.YAML_SYNTAX, Position.startOf(source.file()), "front matter opened on line 1 is never closed",
                    "end it with a line holding only `---`");
            return Optional.empty();
        }
        Optional<Node.Mapping> mapping = mapping(parts.yaml().get(), source.file(), 2, out);
        if (mapping.isEmpty() || parts.body().isBlank()) {
            return mapping;
        }
        return withBody(mapping.get(), parts.body(), new Position(source.file(), parts.bodyLine(), 1), out);
    }

    private Optional<Node.Mapping> mapping(String text, String file, int firstLine, Diagnostics.Builder out) {
        Optional<Node> root = yaml.read(text, file, firstLine, out);
        if (root.isPresent() && !(root.get() instanceof Node.Mapping)) {
            out.report(Rule.SCHEMA_TYPE, root.get().at(), "a document must be a YAML mapping of keys to values, found "
                    + Node.describe(root.get()), "start with `id:` and `title:` lines");
            return Optional.empty();
        }
        return root.map(Node.Mapping.class::cast);
    }

    /** The mapping with a {@code body} entry holding narrative written in an AsciiDoc file. */
    private static Optional<Node.Mapping> withBody(Node.Mapping mapping, String text, Position start, Diagnostics.Builder out) {
        Optional<Node.Entry> inline = mapping.entry("body");
        if (inline.isPresent()) {
            out.report(Rule.DOC_BODY_TWICE, inline.get().keyAt(), "`body` is given here and in `" + start.file() + "`",
                    "keep the narrative in one place");
            return Optional.empty();
        }
        List<Node.Entry> entries = new ArrayList<>(mapping.entries());
        entries.add(new Node.Entry("body", start, new Node.Scalar(start, text, Node.ScalarKind.TEXT)));
        return Optional.of(new Node.Mapping(mapping.at(), List.copyOf(entries)));
    }

    /**
     * The id a document that failed to load gives itself. An id not in the form of one (SCHEMA-PATTERN
     * says so) is not what references use; they most likely name the file, the fallback.
     */
    private static Optional<String> writtenId(Node.Mapping mapping) {
        return mapping.entry("id")
                .map(Node.Entry::value)
                .filter(Node.Scalar.class::isInstance)
                .map(node -> ((Node.Scalar) node).text())
                .filter(id -> ID.matcher(id).matches());
    }
}
