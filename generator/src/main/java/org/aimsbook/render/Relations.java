package org.aimsbook.render;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefKind;
import org.aimsbook.model.References;

/**
 * Who refers to what, within the content an edition may see: the "referenced by" lists, the
 * documents citing a control, and what each role owns, approves or is named in. Documents are
 * kept by their reference: a record's hash walks its whole tree, too slow for a key.
 */
final class Relations {
    private final Content content;
    private final Map<String, Set<String>> referrers = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<String>>> roles = new LinkedHashMap<>();
    private final Set<String> involved = new LinkedHashSet<>();

    Relations(Content content) {
        this.content = content;
        for (Document document : content.documents()) {
            String reference = document.reference();
            for (Ref ref : References.of((Record) document)) {
                if (!ref.target().equals(reference)) {
                    referrers.computeIfAbsent(ref.target(), target -> new LinkedHashSet<>()).add(reference);
                }
                if (ref.kind() == RefKind.ROLE) {
                    involve(ref.id(), reference, "named");
                }
            }
            document.header().owner().ifPresent(owner -> involve(owner.id(), reference, "owner"));
            document.header().approver().ifPresent(approver -> involve(approver.id(), reference, "approver"));
        }
    }

    private void involve(String role, String document, String capacity) {
        roles.computeIfAbsent(role, r -> new LinkedHashMap<>())
                .computeIfAbsent(document, d -> new LinkedHashSet<>())
                .add(capacity);
        // A role the edition leaves out has no column in the matrix, so it makes no row either.
        if (content.document(RefKind.ROLE.prefix() + ":" + role).isPresent()) {
            involved.add(document);
        }
    }

    /** The documents that refer to a target such as {@code policy:ai-policy} or {@code control:A.5.2}, in path order. */
    List<Document> referrers(String target) {
        return documents(referrers.getOrDefault(target, Set.of()));
    }

    /**
     * How a role is involved in each document, by the document's reference: {@code owner},
     * {@code approver}, {@code named} (an owner or approver is not also listed as merely named).
     */
    Map<String, Set<String>> involvement(String role) {
        Map<String, Set<String>> involvement = new LinkedHashMap<>();
        roles.getOrDefault(role, Map.of()).forEach((document, capacities) -> {
            Set<String> shown = new LinkedHashSet<>(capacities);
            if (shown.size() > 1) {
                shown.remove("named");
            }
            involvement.put(document, shown);
        });
        return involvement;
    }

    /** Every document a role of the edition is involved in, in path order. */
    List<Document> involvedDocuments() {
        return content.documents().stream().filter(document -> involved.contains(document.reference())).toList();
    }

    /** The documents behind references; a reference whose document the content lacks is skipped. */
    private List<Document> documents(Set<String> references) {
        return references.stream().flatMap(reference -> content.document(reference).stream()).toList();
    }
}
