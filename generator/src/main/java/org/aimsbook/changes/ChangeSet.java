package org.aimsbook.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed in the handbook since the previous published version, computed from the two
 * versions' {@link ModelDump model dumps}.
 *
 * <p>A document is matched by its reference, so one whose id changed shows as removed and
 * added. It counts as changed when a YAML value or a line of its narrative differs; the file
 * it is written in does not count, as moving content between files changes nothing a reader
 * sees. Changes to SoA decisions are listed both under the SoA document, field by field, and
 * in {@link #soaStatusChanges}, which summarises applicability and status for the SoA table.
 *
 * @param hasPrevious false for the first published version, which has nothing to compare with
 *                    (see {@link #firstVersion()}); every list is then empty
 * @param added documents that are new, by reference
 * @param removed documents that are gone, by reference
 * @param changed documents in both versions that differ, by reference
 * @param soaStatusChanges controls whose applicability or status changed, or that were
 *                         decided or undecided, in the standard's order
 */
public record ChangeSet(
        boolean hasPrevious,
        List<DocumentSummary> added,
        List<DocumentSummary> removed,
        List<DocumentChange> changed,
        List<SoaStatusChange> soaStatusChanges) {

    public ChangeSet {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        soaStatusChanges = List.copyOf(soaStatusChanges);
    }

    /**
     * The changes of the first published version: none, marked as having no previous version,
     * so that a page can say "first published version" rather than "no changes".
     */
    public static ChangeSet firstVersion() {
        return new ChangeSet(false, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The changes from one version's dump to the next's.
     *
     * @param previous the previous version's dump; {@code null} or a missing node for the first version
     * @param current the current version's dump
     * @throws IllegalArgumentException when a dump is not of the current {@link ModelDump#FORMAT}
     */
    public static ChangeSet between(JsonNode previous, JsonNode current) {
        if (!ModelDump.isDump(current)) {
            throw new IllegalArgumentException("the current version's dump is not of format " + ModelDump.FORMAT);
        }
        if (previous == null || previous.isMissingNode()) {
            return firstVersion();
        }
        if (!ModelDump.isDump(previous)) {
            throw new IllegalArgumentException("the previous version's dump is not of format " + ModelDump.FORMAT);
        }
        JsonNode before = previous.path("documents");
        JsonNode after = current.path("documents");
        List<DocumentSummary> added = new ArrayList<>();
        List<DocumentSummary> removed = new ArrayList<>();
        List<DocumentChange> changed = new ArrayList<>();
        for (String reference : union(before, after, new TreeSet<>())) {
            if (!before.has(reference)) {
                added.add(summary(reference, after.get(reference)));
            } else if (!after.has(reference)) {
                removed.add(summary(reference, before.get(reference)));
            } else {
                change(reference, before.get(reference), after.get(reference)).ifPresent(changed::add);
            }
        }
        return new ChangeSet(true, added, removed, changed, soa(previous.path("soa"), current.path("soa")));
    }

    /** Whether nothing changed; true for the first version too, which {@link #hasPrevious} tells apart. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && soaStatusChanges.isEmpty();
    }

    private static Optional<DocumentChange> change(String reference, JsonNode before, JsonNode after) {
        List<FieldChange> fields = FieldDiff.between(before.path("fields"), after.path("fields"));
        List<Hunk> body = LineDiff.between(before.path("body").asText(""), after.path("body").asText(""));
        if (fields.isEmpty() && body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentChange(
                reference, after.path("type").asText(), after.path("title").asText(), fields, body));
    }

    private static List<SoaStatusChange> soa(JsonNode before, JsonNode after) {
        List<SoaStatusChange> changes = new ArrayList<>();
        for (String control : union(before, after, new TreeSet<>(ControlOrder.INSTANCE))) {
            Optional<SoaStatus> was = status(before.path(control));
            Optional<SoaStatus> is = status(after.path(control));
            if (!was.equals(is)) {
                changes.add(new SoaStatusChange(control, was, is));
            }
        }
        return changes;
    }

    private static Optional<SoaStatus> status(JsonNode decision) {
        if (decision.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(new SoaStatus(decision.path("applicable").asBoolean(), decision.path("status").asText()));
    }

    private static DocumentSummary summary(String reference, JsonNode document) {
        return new DocumentSummary(reference, document.path("type").asText(), document.path("title").asText());
    }

    private static Set<String> union(JsonNode before, JsonNode after, Set<String> names) {
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
