package org.aimsbook.publish.soa;

import java.io.IOException;
import java.io.StringWriter;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

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

    static String text(Content visible) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            for (SoaEntry entry : SoaEntry.of(visible)) {
                printer.printRecord(row(entry).stream().map(SoaCsv::neutralised).toList());
            }
        }
        return text.toString();
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
