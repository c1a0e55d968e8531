package org.aimsbook.publish.pdf;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.Revision;
import org.aimsbook.model.SoaDecision;

/**
 * What identifies a PDF: whose handbook, which version and edition, the commit it was written
 * from and its date. The date is the newest approval or review in the content the edition sees,
 * never the clock, so the same content gives the same PDF.
 *
 * @param commit the newest commit that changed a visible document, when the content is in Git
 * @param date the newest {@code approved} or {@code last_review} date, when any is given
 */
record Stamp(String title, String organization, String version, String edition, Optional<String> commit,
        Optional<LocalDate> date) {

    static Stamp of(Content content, PdfOptions options) {
        String title = content.aims().map(Document::title).orElse("AI management system handbook");
        String organization = content.aims().map(aims -> aims.organization().name()).orElse("");
        Optional<String> commit = content.documents().stream()
                .flatMap(document -> content.revision(document).stream())
                .max(Comparator.comparing(Revision::when).thenComparing(Revision::commit))
                .map(Revision::shortCommit);
        Stream<LocalDate> headers = content.documents().stream()
                .flatMap(document -> Stream.of(document.header().approved(), document.header().lastReview()))
                .flatMap(Optional::stream);
        Stream<LocalDate> decisions = content.soa().stream()
                .flatMap(soa -> soa.decisions().stream())
                .map(SoaDecision::lastReview)
                .flatMap(Optional::stream);
        Optional<LocalDate> date = Stream.concat(headers, decisions).max(Comparator.naturalOrder());
        String edition = options.edition().name().substring(0, 1)
                + options.edition().name().substring(1).toLowerCase(Locale.ROOT) + " edition";
        return new Stamp(title, organization, options.version(), edition, commit, date);
    }

    /**
     * The AsciiDoc document header: title, the revision line the cover shows, the attributes the
     * theme's running headers print, and the PDF's own dates.
     */
    String header(String documentTitle) {
        StringBuilder header = new StringBuilder();
        header.append("= ").append(AsciiDocText.inline(documentTitle)).append('\n');
        if (!organization.isEmpty()) {
            header.append(":author: ").append(line(organization)).append('\n');
            header.append(":organization: ").append(line(organization)).append('\n');
        }
        header.append(":revnumber: ").append(line(version)).append('\n');
        date.ifPresent(day -> header.append(":revdate: ").append(day).append('\n'));
        header.append(":revremark: ").append(edition).append(commit.map(c -> ", source commit " + c).orElse(""))
                .append('\n');
        header.append(":aimsbook-edition: ").append(edition).append('\n');
        header.append(":aimsbook-version: ").append(line(version)).append('\n');
        return header.toString();
    }

    /** An attribute value ends at the line's end and takes no markup but attribute references. */
    private static String line(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace("{", "\\{").strip();
    }
}
