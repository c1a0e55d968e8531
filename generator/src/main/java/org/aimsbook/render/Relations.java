package org.aimsbook.render;

import java.util.ArrayList;
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
 * documents citing a control, and what each role owns, approves or is named in.
 */
final class Relations {
    private final Map<String, Set<Document>> referrers = new LinkedHashMap<>();
    private final Map<String, Map<Document, Set<String>>> roles = new LinkedHashMap<>();

    Relations(Content content) {
        for (Document document : content.documents()) {
            for (Ref ref : References.of((Record) document)) {
                if (!ref.target().equals(document.reference())) {
                    referrers.computeIfAbsent(ref.target(), target -> new LinkedHashSet<>()).add(document);
                }
                if (ref.kind() == RefKind.ROLE) {
                    involve(ref.id(), document, "named");
                }
            }
            document.header().owner().ifPresent(owner -> involve(owner.id(), document, "owner"));
            document.header().approver().ifPresent(approver -> involve(approver.id(), document, "approver"));
        }
    }

    private void involve(String role, Document document, String capacity) {
        roles.computeIfAbsent(role, r -> new LinkedHashMap<>())
                .computeIfAbsent(document, d -> new LinkedHashSet<>())
                .add(capacity);
    }

    /** The documents that refer to a target such as {@code policy:ai-policy} or {@code control:A.5.2}, in path order. */
    List<Document> referrers(String target) {
        return List.copyOf(referrers.getOrDefault(target, Set.of()));
    }

    /**
     * How a role is involved in each document: {@code owner}, {@code approver}, {@code named}
     * (an owner or approver is not also listed as merely named).
     */
    Map<Document, Set<String>> involvement(String role) {
        Map<Document, Set<String>> involvement = new LinkedHashMap<>();
        roles.getOrDefault(role, Map.of()).forEach((document, capacities) -> {
            Set<String> shown = new LinkedHashSet<>(capacities);
            if (shown.size() > 1) {
                shown.remove("named");
            }
            involvement.put(document, shown);
        });
        return involvement;
    }

    /** Every document some role is involved in, in path order. */
    List<Document> involvedDocuments(Content content) {
        List<Document> documents = new ArrayList<>();
        for (Document document : content.documents()) {
            if (roles.values().stream().anyMatch(byDocument -> byDocument.containsKey(document))) {
                documents.add(document);
            }
        }
        return documents;
    }
}
