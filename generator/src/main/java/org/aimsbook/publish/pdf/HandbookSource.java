package org.aimsbook.publish.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Header;
import org.aimsbook.render.Fact;
import org.aimsbook.render.Facts;
import org.aimsbook.render.Sections;

/**
 * The AsciiDoc of the PDFs, written from the model: the handbook (a chapter per document type,
 * a section per document with its control facts, structured facts and narrative, the SoA as an appendix) and the
 * stand-alone Statement of Applicability.
 */
final class HandbookSource {
    private final Content content;
    private final Stamp stamp;
    private final NarrativeIncludes narratives;
    private final Targets targets;
    private final Facts facts;

    HandbookSource(Content content, Stamp stamp, NarrativeIncludes narratives, Targets targets) {
        this.content = content;
        this.stamp = stamp;
        this.narratives = narratives;
        this.targets = targets;
        this.facts = new Facts(targets::item);
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
            FactBlocks.append(source, soa, control(soa, true), 2);
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
            FactBlocks.append(source, soa, control(soa, false), 2);
            source.append(SoaTable.of(soa, content, false)).append('\n');
        });
        return source.toString();
    }

    private void section(StringBuilder source, Document document, String level) {
        source.append("[#").append(Anchors.document(document)).append("]\n")
                .append(level).append(' ').append(AsciiDocText.inline(document.title())).append("\n\n");
        List<Fact> all = new ArrayList<>(control(document, true));
        facts.of((Record) document).stream().filter(fact -> !Facts.header(fact)).forEach(all::add);
        FactBlocks.append(source, document, all, level.length());
        narrative(source, document, level.length() - 1);
    }

    /**
     * The facts of document control (ISO/IEC 42001 7.5.3) an auditor looks for first.
     *
     * @param linked whether the roles' sections are in the same PDF
     */
    private List<Fact> control(Document document, boolean linked) {
        Header header = document.header();
        List<Fact> control = new ArrayList<>();
        fact(control, "Reference", Optional.of(Fact.Item.plain(document.reference())));
        fact(control, "Classification", Optional.of(Fact.Item.plain(Facts.words(document.classification()))));
        fact(control, "Version", header.version().map(Fact.Item::plain));
        fact(control, "Owner", header.owner().map(ref -> linked ? targets.item(ref) : Fact.Item.plain(targets.label(ref))));
        fact(control, "Approver", header.approver().map(ref -> linked ? targets.item(ref) : Fact.Item.plain(targets.label(ref))));
        fact(control, "Approved", header.approved().map(day -> Fact.Item.plain(day.toString())));
        fact(control, "Effective", header.effective().map(day -> Fact.Item.plain(day.toString())));
        fact(control, "Last review", header.lastReview().map(day -> Fact.Item.plain(day.toString())));
        fact(control, "Next review", header.reviewDue().map(day -> Fact.Item.plain(day.toString())));
        return control;
    }

    private static void fact(List<Fact> facts, String label, Optional<Fact.Item> value) {
        value.ifPresent(item -> facts.add(new Fact(label.toLowerCase(Locale.ROOT).replace(' ', '_'), label, List.of(item))));
    }

    private void narrative(StringBuilder source, Document document, int level) {
        document.body().ifPresent(body -> source.append(narratives.directive(body, level)).append('\n'));
    }
}
