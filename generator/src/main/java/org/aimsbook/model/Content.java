package org.aimsbook.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.aimsbook.catalogue.Catalogue;

/**
 * Everything loaded from a content folder: the documents in a stable order, the targets of
 * documents that were found but could not be read (so that references to them are not
 * reported a second time), and the catalogue the content is checked against.
 */
public final class Content {
    private final List<Document> documents;
    private final Set<String> unreadable;
    private final Catalogue catalogue;
    private final Map<String, Revision> revisions;
    private final Map<String, Document> byTarget = new LinkedHashMap<>();
    private final Map<String, Risk> risks = new LinkedHashMap<>();
    private final Map<String, Assessment> riskAssessments = new LinkedHashMap<>();

    /**
     * @param documents the documents; when two share a target the first (in path order) is the one found by
     *                  {@link #document(String)}, and the check stage reports the other
     * @param unreadable targets ({@code policy:ai-policy}) of documents whose files exist but failed to load
     * @param catalogue the standard the content implements
     */
    public Content(List<Document> documents, Set<String> unreadable, Catalogue catalogue) {
        this(documents, unreadable, catalogue, Map.of());
    }

    /**
     * @param revisions the last commit that changed each file, by content-relative path; empty outside Git
     */
    public Content(List<Document> documents, Set<String> unreadable, Catalogue catalogue, Map<String, Revision> revisions) {
        this.documents = documents.stream()
                .sorted(Comparator.comparing((Document d) -> d.origin().at()))
                .toList();
        this.unreadable = Set.copyOf(new TreeSet<>(unreadable));
        this.catalogue = catalogue;
        this.revisions = Map.copyOf(revisions);
        for (Document document : this.documents) {
            byTarget.putIfAbsent(document.reference(), document);
            if (document instanceof Assessment assessment) {
                assessment.risks().forEach(risk -> {
                    risks.putIfAbsent(risk.id(), risk);
                    riskAssessments.putIfAbsent(risk.id(), assessment);
                });
            }
        }
    }

    /** Every document, ordered by file path. */
    public List<Document> documents() {
        return documents;
    }

    public <T extends Document> List<T> all(Class<T> type) {
        return documents.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Optional<Aims> aims() {
        return all(Aims.class).stream().findFirst();
    }

    public Optional<StatementOfApplicability> soa() {
        return all(StatementOfApplicability.class).stream().findFirst();
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The document a reference such as {@code policy:ai-policy} names. */
    public Optional<Document> document(String target) {
        return Optional.ofNullable(byTarget.get(target));
    }

    public Optional<Document> document(Ref ref) {
        return document(ref.target());
    }

    public Optional<Risk> risk(String id) {
        return Optional.ofNullable(risks.get(id));
    }

    /** The assessment that declares a risk. */
    public Optional<Assessment> assessmentOf(String riskId) {
        return Optional.ofNullable(riskAssessments.get(riskId));
    }

    /**
     * The content a reader cleared for {@code level} may see: documents above it are left out
     * entirely, so nothing built from the result can show or count them.
     */
    public Content visibleTo(Classification level) {
        return new Content(documents.stream().filter(d -> level.covers(d.classification())).toList(), Set.of(), catalogue,
                revisions);
    }

    /** Whether a reference names something that exists, counting documents that failed to load. */
    public boolean resolves(Ref ref) {
        return switch (ref.kind()) {
            case CONTROL -> catalogue.control(ref.id()).isPresent();
            case CLAUSE -> catalogue.clause(ref.id()).isPresent();
            // Risks are declared inside assessments: one that failed to load may declare this one.
            case RISK -> risks.containsKey(ref.id()) || unreadable(DocumentType.ASSESSMENT);
            default -> byTarget.containsKey(ref.target()) || unreadable.contains(ref.target());
        };
    }

    /** The ids that a reference of this kind could name, for "did you mean" hints. */
    public List<String> candidates(RefKind kind) {
        return switch (kind) {
            case CONTROL -> catalogue.controls().stream().map(control -> control.id()).toList();
            case CLAUSE -> catalogue.clauses().stream().map(clause -> clause.number()).toList();
            case RISK -> List.copyOf(risks.keySet());
            default -> byTarget.values().stream()
                    .filter(document -> document.type().refKind() == kind)
                    .map(Document::id)
                    .toList();
        };
    }

    /** The last commit that changed a document: of its metadata file or its narrative file, the newer. */
    public Optional<Revision> revision(Document document) {
        Optional<Revision> metadata = Optional.ofNullable(revisions.get(document.origin().at().file()));
        Optional<Revision> narrative = document.body().map(body -> revisions.get(body.start().file()));
        if (metadata.isEmpty()) {
            return narrative;
        }
        return narrative.filter(n -> n.when().isAfter(metadata.get().when())).or(() -> metadata);
    }

    /** Whether a document of this type was found but could not be read. */
    public boolean unreadable(DocumentType type) {
        String prefix = type.refKind().prefix() + ":";
        return unreadable.stream().anyMatch(target -> target.startsWith(prefix));
    }

    /** How many document files the content holds, readable or not. */
    public int documentCount() {
        return documents.size() + unreadable.size();
    }
}
