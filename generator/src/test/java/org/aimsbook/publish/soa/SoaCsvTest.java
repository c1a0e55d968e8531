package org.aimsbook.publish.soa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.catalogue.Control;
import org.aimsbook.model.Classification;
import org.aimsbook.model.Content;
import org.aimsbook.model.Ref;
import org.aimsbook.model.SoaDecision;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoaCsvTest {
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void exampleParsesBackToOneRowPerAnnexAControlInCatalogueOrder(@TempDir Path temp) throws IOException {
        Content content = Handbook.load(Sites.EXAMPLE).content().visibleTo(Classification.INTERNAL);
        Path file = temp.resolve("soa.csv");

        SoaCsv.write(content, file);

        List<CSVRecord> rows = read(file);
        assertEquals(38, rows.size());
        assertEquals(content.catalogue().controls().stream().map(Control::id).toList(),
                rows.stream().map(row -> row.get("id")).toList());
        assertEquals(SoaCsv.HEADER, READ.parse(new StringReader(Files.readString(file))).getHeaderNames());
        CSVRecord first = rows.get(0);
        assertEquals("AI policy", first.get("title"));
        assertEquals("yes", first.get("applicable"));
        assertEquals("implemented", first.get("status"));
        assertEquals("role:aims-manager", first.get("owner"));
        assertEquals("2026-10-30", first.get("last review"));
    }

    @Test
    void everyRowTracesToTheDocumentsTheSoaNames(@TempDir Path temp) throws IOException {
        Content content = Handbook.load(Sites.EXAMPLE).content().visibleTo(Classification.CONFIDENTIAL);
        Path file = temp.resolve("soa.csv");

        SoaCsv.write(content, file);

        Map<String, String> implementedBy = read(file).stream()
                .collect(Collectors.toMap(row -> row.get("id"), row -> row.get("implemented by")));
        for (SoaDecision decision : content.soa().orElseThrow().decisions()) {
            assertEquals(decision.implementedBy().stream().map(Ref::target).collect(Collectors.joining(";")),
                    implementedBy.get(decision.control()), decision.control());
        }
        assertTrue(implementedBy.get("A.2.3").contains("policy:data-for-ai"), implementedBy.get("A.2.3"));
    }

    @Test
    void recordsEndInCrlf(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("soa.csv");

        SoaCsv.write(Handbook.load(Sites.EXAMPLE).content(), file);

        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("id,title,applicable,justification,status,implemented by,evidence,owner,last review\r\n"),
                text.substring(0, 100));
        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.replace("\r\n", "").replaceAll("\"[^\"]*\"", "").contains("\n"),
                "outside quoted cells every line ends in CRLF");
    }

    @Test
    void cellsThatSpreadsheetsWouldRunAsFormulasGetALeadingApostrophe(@TempDir Path temp) throws IOException {
        Path content = Fixtures.content("export-formula", temp);
        Path file = temp.resolve("soa.csv");

        SoaCsv.write(Handbook.load(content).content(), file);

        List<CSVRecord> rows = read(file);
        assertEquals(38, rows.size());
        assertEquals("'=HYPERLINK(\"https://evil.example\",\"click\")", rows.get(0).get("justification"));
        assertEquals("'+1+2\nplain, with a comma and \"quotes\"", rows.get(0).get("evidence"));
        assertEquals("'-2+3", rows.get(1).get("justification"));
        assertEquals("'@SUM(A1:A9)\nPrüfbericht – §4", rows.get(1).get("evidence"));
        assertTrue(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("Prüfbericht – §4"), "UTF-8");
        assertEquals("'\tcmd|' /C calc'!A0", rows.get(2).get("justification"));
        assertEquals("'\rstarts with a carriage return", rows.get(2).get("evidence"));
        assertEquals("policy:ai-policy", rows.get(0).get("implemented by"), "harmless cells stay as written");
    }

    @Test
    void fieldsAreQuotedWhereAReaderWouldMisreadOrTrimThem() {
        assertEquals("plain text", SoaCsv.field("plain text"));
        assertEquals("", SoaCsv.field(""));
        assertEquals("\"a, b\"", SoaCsv.field("a, b"));
        assertEquals("\"say \"\"yes\"\"\"", SoaCsv.field("say \"yes\""));
        assertEquals("\"two\r\nlines\"", SoaCsv.field("two\r\nlines"));
        assertEquals("\" padded \"", SoaCsv.field(" padded "), "leading and trailing spaces survive a trimming reader");
        assertEquals("\"#not a comment\"", SoaCsv.field("#not a comment"));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        return READ.parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).getRecords();
    }
}
