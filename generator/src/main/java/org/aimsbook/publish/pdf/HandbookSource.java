package org.aimsbook.publish.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Header;
import org.aimsbook.model.Ref;
import org.aimsbook.render.Links;
import org.aimsbook.render.Sections;

/**
 * The AsciiDoc of the PDFs, written from the model: the handbook (a chapter per document type,
 * a section per document with its control facts and narrative, the SoA as an appendix) and the
 * stand-alone Statement of Applicability.
 */
final class HandbookSource {
    private final Content content;
    private final Stamp stamp;
    private final NarrativeIncludes narratives;
    private final Links links;

    HandbookSource(Content content, Stamp stamp, NarrativeIncludes narratives) {
        this.content = content;
        this.stamp = stamp;
        this.narratives = narratives;
        this.links = new Links(content);
    }

    String handbook() {
        StringBuilder source = new StringBuilder(stamp.header(stamp.title()));
        source.append(":doctype: book\n:title-page:\n:toc:\n:toclevels: 2\n:sectnums:\n:sectnumlevels: 2\n\n");
        for (DocumentType type : DocumentType.values()) {
            List<Document> documents = content.documents().stream().filter(d -> d.type() == type).toList();
            if (type == DocumentType.SOA || documents.isEmpty()) {
                continue;
            }
            source.append("== ").append(Sections.plural(type)).append("\n\n");
            for (Document document : documents) {
                section(source, document, "===");
            }
        }
        content.soa().ifPresent(soa -> {
            source.append("[appendix#").append(Anchors.document(soa)).append("]\n== ")
                    .append(AsciiDocText.inline(soa.title())).append("\n\n");
            facts(source, soa, true);
            narrative(source, soa, 1);
            source.append(SoaTable.of(soa, content, true)).append('\n');
        });
        return source.toString();
    }

    /** The stand-alone SoA: its facts and table, naming documents instead of linking to them. */
    String soa() {
        StringBuilder source = new StringBuilder(stamp.header(content.soa().map(Document::title)
                .orElse("Statement of Applicability")));
        source.append(":doctype: article\n:notitle!:\n\n");
        content.soa().ifPresent(soa -> {
            facts(source, soa, false);
            source.append(SoaTable.of(soa, content, false)).append('\n');
        });
        return source.toString();
    }

    private void section(StringBuilder source, Document document, String level) {
        source.append("[#").append(Anchors.document(document)).append("]\n")
                .append(level).append(' ').append(AsciiDocText.inline(document.title())).append("\n\n");
        facts(source, document, true);
        narrative(source, document, level.length() - 1);
    }

    /**
     * The facts of document control (ISO/IEC 42001 7.5.3) an auditor looks for first.
     *
     * @param linked whether the roles' sections are in the same PDF
     */
    private void facts(StringBuilder source, Document document, boolean linked) {
        Header header = document.header();
        source.append("[horizontal]\n");
        fact(source, "Reference", Optional.of(AsciiDocText.inline(document.reference())));
        fact(source, "Classification", Optional.of(document.classification().name().toLowerCase(Locale.ROOT)));
        fact(source, "Version", header.version().map(AsciiDocText::inline));
        fact(source, "Owner", header.owner().map(ref -> link(ref, linked)));
        fact(source, "Approver", header.approver().map(ref -> link(ref, linked)));
        fact(source, "Approved", header.approved().map(Object::toString));
        fact(source, "Effective", header.effective().map(Object::toString));
        fact(source, "Last review", header.lastReview().map(Object::toString));
        fact(source, "Next review", header.reviewDue().map(Object::toString));
        source.append('\n');
    }

    private static void fact(StringBuilder source, String name, Optional<String> value) {
        value.ifPresent(v -> source.append(name).append(":: ").append(v).append('\n'));
    }

    private String link(Ref ref, boolean linked) {
        String label = AsciiDocText.inline(links.label(ref));
        if (!linked) {
            return label;
        }
        return content.document(ref).map(target -> "<<" + Anchors.document(target) + "," + label + ">>").orElse(label);
    }

    private void narrative(StringBuilder source, Document document, int level) {
        document.body().ifPresent(body -> source.append(narratives.directive(body, level)).append('\n'));
    }
}
