package org.aimsbook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aimsbook.ExportOptions;
import org.aimsbook.ExportReport;
import org.aimsbook.Fixtures;
import org.aimsbook.Handbook;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.aimsbook.publish.oscal.OscalExport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports follow the edition rules of the site. The public Statement of Applicability of
 * the {@code site-editions} fixture names an internal system for A.9.3; here it also names the
 * confidential CANARY-7f3a9 procedure and system, which the check allows once the leak rule is
 * only a warning. An edition's CSV and plan must leave out every document above it.
 */
class ExportEditionsTest {
    private static final String CONFIDENTIAL = "canary-7f3a9";
    private static final String INTERNAL = "chat-helper";

    @TempDir
    static Path temp;
    static Path content;

    @BeforeAll
    static void soaNamesConfidentialImplementers() throws IOException {
        content = Fixtures.content("site-editions", temp);
        Path soa = content.resolve("soa.yaml");
        Files.writeString(soa, Files.readString(soa).replace("implemented_by: [policy:ai-policy, system:chat-helper]",
                "implemented_by: [policy:ai-policy, system:chat-helper, policy:canary-7f3a9-handling, system:canary-7f3a9-scorer]"));
        Files.writeString(content.resolve("aims.yaml"), "rules:\n  CLASSIFICATION-LEAK: warning\n", StandardOpenOption.APPEND);
    }

    @Test
    void internalEditionShowsNoConfidentialImplementer() throws IOException {
        List<String> files = export(Classification.INTERNAL);

        for (String file : files) {
            assertFalse(file.toLowerCase(Locale.ROOT).contains(CONFIDENTIAL), file);
        }
        assertTrue(files.get(0).contains(",policy:ai-policy;system:chat-helper,"),
                "what the edition may see stays: " + files.get(0));
    }

    @Test
    void publicEditionShowsNoInternalImplementer() throws IOException {
        for (String file : export(Classification.PUBLIC)) {
            assertFalse(file.contains(INTERNAL), file);
        }
    }

    @Test
    void confidentialEditionShowsThemAll() throws IOException {
        for (String file : export(Classification.CONFIDENTIAL)) {
            assertTrue(file.toLowerCase(Locale.ROOT).contains(CONFIDENTIAL), file);
            assertTrue(file.contains(INTERNAL), file);
        }
    }

    /** The edition's CSV and plan, as text. */
    private static List<String> export(Classification edition) throws IOException {
        Path out = temp.resolve("out-" + edition.name().toLowerCase(Locale.ROOT));
        Handbook handbook = Handbook.load(content);
        ExportReport csv = handbook.export(new ExportOptions(ExportOptions.Format.SOA_CSV, out.resolve("soa.csv"),
                Optional.of("1.0"), edition, "", Sites.AS_OF, false));
        ExportReport oscal = handbook.export(new ExportOptions(ExportOptions.Format.OSCAL, out, Optional.of("1.0"), edition, "",
                Sites.AS_OF, false));
        assertEquals(Optional.of("1.0"), csv.version(), csv.check().text());
        assertEquals(Optional.of("1.0"), oscal.version(), oscal.check().text());
        return List.of(Files.readString(out.resolve("soa.csv")), Files.readString(out.resolve(OscalExport.SSP)));
    }
}
