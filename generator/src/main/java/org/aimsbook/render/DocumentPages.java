package org.aimsbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Role;
import org.aimsbook.progress.Progress;

/**
 * A page per document: its fields, its document control (7.5), its narrative, what refers to
 * it and, on a role's page, everything that role is responsible for.
 */
final class DocumentPages {
    private DocumentPages() {
    }

    /** How many document pages are written: every selected document's but the SoA's (see {@link ControlPages}). */
    static int count(Rendering rendering, Selection selection) {
        return (int) rendering.content.documents().stream().filter(document -> written(document, selection)).count();
    }

    private static boolean written(Document document, Selection selection) {
        return document.type() != DocumentType.SOA && selection.covers(document);
    }

    /**
     * Writes the pages of documents without narrative first, while narrative is still being
     * converted; the pages of each group on as many threads as there are processors (each page
     * is rendered from the model alone, and written to a file of its own).
     */
    static void write(Rendering rendering, Progress progress, Selection selection) throws IOException {
        try {
            for (boolean narrative : new boolean[] {false, true}) {
                rendering.content.documents().parallelStream()
                        .filter(document -> written(document, selection) && document.body().isPresent() == narrative)
                        .forEach(document -> {
                            try {
                                write(rendering, document);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            progress.advance();
                        });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void write(Rendering rendering, Document document) throws IOException {
        String path = PagePaths.of(document);
        DocumentType type = document.type();
        Page page = type.single()
                ? rendering.page(path, document.title(), type.refKind().prefix())
                : rendering.page(path, document.title(), type.place(),
                        rendering.crumb(path, Sections.plural(type), PagePaths.index(type)));
        Map<String, Object> model = new LinkedHashMap<>(common(rendering, document, path));
        if (document instanceof Role role) {
            model.put("involvement", involvement(rendering, role, path));
        }
        rendering.write(page, "document.ftlh", model);
        rendering.findable(page, document);
    }

    /** What every document page shows, the SoA's included. */
    static Map<String, Object> common(Rendering rendering, Document document, String path) throws IOException {
        List<Fact> facts = new Facts(rendering.links, path).of((Record) document);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", document.type().label());
        model.put("reference", document.reference());
        model.put("classification", Facts.words(document.classification()));
        model.put("facts", facts.stream().filter(fact -> !Facts.header(fact)).toList());
        model.put("control", facts.stream().filter(Facts::header).toList());
        model.put("body", rendering.body(document));
        model.put("referrers", rendering.relations.referrers(document.reference()).stream()
                .map(referrer -> rendering.link(path, referrer)).toList());
        model.put("source", document.origin().at().file());
        rendering.content.revision(document).ifPresent(revision -> model.put("revision", Map.of(
                "date", revision.when().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString(),
                "author", revision.author(),
                "commit", revision.shortCommit(),
                "subject", revision.subject())));
        return model;
    }

    /** What a role owns, approves or is named in, grouped by document type. */
    private static List<Fact> involvement(Rendering rendering, Role role, String path) {
        Map<DocumentType, List<Fact.Item>> byType = new LinkedHashMap<>();
        rendering.relations.involvement(role.id()).forEach((reference, capacities) -> {
            Document document = rendering.content.document(reference).orElse(null);
            if (document != null && !reference.equals(role.reference())) {
                Fact.Item link = rendering.link(path, document);
                byType.computeIfAbsent(document.type(), t -> new ArrayList<>())
                        .add(new Fact.Item("link", link.text() + " (" + String.join(", ", capacities) + ")", link.href(), null, List.of()));
            }
        });
        List<Fact> facts = new ArrayList<>();
        byType.forEach((type, items) -> facts.add(new Fact(type.place(), Sections.plural(type), items)));
        return facts;
    }
}
