package org.aimsbook.check;

import org.aimsbook.diagnostic.Rule;
import org.aimsbook.diagnostic.Suggestions;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefKind;
import org.aimsbook.model.References;

/** Every reference, in YAML fields and narrative macros, names something that exists. */
final class ReferenceRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        Content content = scope.content();
        for (Document document : content.documents()) {
            for (Ref ref : References.of((Record) document)) {
                if (!content.resolves(ref)) {
                    scope.out().report(Rule.REF_UNKNOWN, ref.at(), "`" + ref.target() + "` does not exist", hint(content, ref));
                }
            }
        }
    }

    private static String hint(Content content, Ref ref) {
        return Suggestions.closest(ref.id(), content.candidates(ref.kind()))
                .map(id -> "did you mean `" + ref.kind().prefix() + ":" + id + "`" + where(content, ref.kind(), id) + "?")
                .orElseGet(() -> switch (ref.kind()) {
                    case CONTROL -> "Annex A controls run from A.2.2 to A.10.4; see the SoA for the full list";
                    case CLAUSE -> "clauses are numbered 4 to 10.2, such as clause:6.1.4";
                    case RISK -> "risks are declared in the risks list of an assessment";
                    default -> "no " + ref.kind().document().orElseThrow().label() + " has that id; create "
                            + ref.kind().document().orElseThrow().place() + "/" + ref.id() + ".yaml or correct the reference";
                });
    }

    private static String where(Content content, RefKind kind, String id) {
        return content.document(kind.prefix() + ":" + id).map(d -> " (" + d.origin().at().file() + ")").orElse("");
    }
}
