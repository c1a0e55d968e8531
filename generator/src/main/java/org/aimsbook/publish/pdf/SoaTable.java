package org.aimsbook.publish.pdf;

import java.util.Locale;
import java.util.stream.Collectors;
import org.aimsbook.catalogue.Control;
import org.aimsbook.model.Content;
import org.aimsbook.model.Ref;
import org.aimsbook.model.SoaDecision;
import org.aimsbook.model.StatementOfApplicability;
import org.aimsbook.render.Links;

/**
 * The Statement of Applicability as an AsciiDoc table, one row per decision in catalogue order.
 * Each row carries its control's anchor and names the documents that implement it: as links to
 * their sections inside the handbook PDF, as {@code type:id} and title in the stand-alone SoA.
 */
final class SoaTable {
    private SoaTable() {
    }

    /**
     * @param linked whether the implementing documents' sections are in the same PDF
     */
    static String of(StatementOfApplicability soa, Content content, boolean linked) {
        Links links = new Links(content);
        StringBuilder table = new StringBuilder();
        table.append("[cols=\"3,6,4,5,10,9\",options=\"header\",role=\"soa\"]\n|===\n")
                .append("|Control |Title |Applicable |Status |Justification |Implemented by\n");
        for (Control control : content.catalogue().controls()) {
            soa.decisions().stream().filter(decision -> decision.control().equals(control.id())).findFirst()
                    .ifPresent(decision -> row(table, control, decision, content, links, linked));
        }
        return table.append("|===\n").toString();
    }

    private static void row(StringBuilder table, Control control, SoaDecision decision, Content content, Links links,
            boolean linked) {
        table.append("\n|[[").append(Anchors.control(control.id())).append("]]").append(control.id())
                .append("\n|").append(AsciiDocText.cell(control.title()))
                .append("\n|").append(decision.applicable() ? "yes" : "no")
                .append("\n|").append(decision.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append("\n|").append(decision.justification().map(AsciiDocText::cell).orElse(""))
                .append("\n|").append(decision.implementedBy().stream()
                        .map(ref -> implementer(ref, content, links, linked))
                        .collect(Collectors.joining(" +\n")))
                .append('\n');
    }

    private static String implementer(Ref ref, Content content, Links links, boolean linked) {
        if (content.document(ref).isEmpty()) {
            // Left out of this edition: the id alone, as everywhere else the edition cannot show a document.
            return AsciiDocText.cell(ref.target());
        }
        String title = links.label(ref);
        return linked
                ? "xref:" + Anchors.document(ref.target()) + "[" + title.replace("]", "\\]").replace("|", "\\|") + "]"
                : AsciiDocText.cell(ref.target() + " (" + title + ")");
    }
}
