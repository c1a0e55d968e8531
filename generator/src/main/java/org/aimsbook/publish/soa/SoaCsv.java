package org.aimsbook.publish.soa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.aimsbook.model.Content;
import org.aimsbook.model.Ref;
import org.aimsbook.model.SoaDecision;
import org.aimsbook.model.meta.Names;
import org.aimsbook.publish.AtomicFile;
import org.aimsbook.publish.SoaEntry;

/**
 * The Statement of Applicability as CSV for auditors' spreadsheets: RFC 4180, UTF-8, CRLF, a
 * header row, then one row per Annex A control in catalogue order. Implementers are
 * {@code type:id} references separated by {@code ;} so that each row can be traced to the
 * documents; evidence items are one per line within their cell.
 */
public final class SoaCsv {
    /** The columns, in order. */
    public static final List<String> HEADER = List.of(
            "id", "title", "applicable", "justification", "status", "implemented by", "evidence", "owner", "last review");

    private SoaCsv() {
    }

    /**
     * Writes the CSV of what {@code visible} shows to {@code file}, whole or not at all.
     *
     * @param visible the content limited to the edition's audience
     */
    public static void write(Content visible, Path file) throws IOException {
        AtomicFile.write(file, text(visible).getBytes(StandardCharsets.UTF_8));
    }

    static String text(Content visible) {
        StringBuilder text = new StringBuilder();
        record(text, HEADER);
        for (SoaEntry entry : SoaEntry.of(visible)) {
            record(text, row(entry).stream().map(SoaCsv::neutralised).toList());
        }
        return text.toString();
    }

    /** One RFC 4180 record: fields separated by commas, ended by CRLF. */
    private static void record(StringBuilder text, List<String> fields) {
        text.append(fields.stream().map(SoaCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * A field as RFC 4180 writes it: quoted, with its quotes doubled, when it holds a comma, a
     * quote or a line break; also when it starts or ends with a space or a control character,
     * which some readers trim. Thirty lines of CSV do not warrant a library and its two others.
     */
    static String field(String value) {
        boolean quoted = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
                || !value.isEmpty() && (value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' ');
        return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static List<String> row(SoaEntry entry) {
        String review = entry.lastReview().map(Object::toString).orElse("");
        if (entry.decision().isEmpty()) {
            return List.of(entry.control().id(), entry.control().title(), "", "", "", "", "", "", review);
        }
        SoaDecision d = entry.decision().get();
        return List.of(
                entry.control().id(),
                entry.control().title(),
                d.applicable() ? "yes" : "no",
                d.justification().orElse(""),
                Names.value(d.status()),
                d.implementedBy().stream().map(Ref::target).collect(Collectors.joining(";")),
                String.join("\n", d.evidence()),
                d.responsible().map(Ref::target).orElse(""),
                review);
    }

    /**
     * A spreadsheet runs a cell starting with one of these as a formula, so such a cell gets a
     * leading apostrophe, as OWASP advises against CSV injection.
     */
    static String neutralised(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
