package org.aimsbook.publish.oscal;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.aimsbook.model.Content;
import org.aimsbook.publish.AtomicFile;

/**
 * Exports the Statement of Applicability as OSCAL 1.1 JSON for GRC tools: {@value #CATALOG}, the
 * Annex A controls, and {@value #SSP}, a System Security Plan deciding each of them.
 */
public final class OscalExport {
    /** The catalog's file name; the plan imports it by this relative name. */
    public static final String CATALOG = "catalog.json";
    public static final String SSP = "ssp.json";

    // Indented with \n on every platform, so the bytes never depend on where they were written.
    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private OscalExport() {
    }

    /**
     * Writes {@value #CATALOG} and {@value #SSP} into {@code folder}, creating it if needed. Both
     * are made before either is written, and each is moved into place whole.
     *
     * @param visible the content limited to the edition's audience
     */
    public static void write(Content visible, OscalOptions options, Path folder) throws IOException {
        OscalIds ids = new OscalIds(OscalMetadata.organization(visible), options.version());
        byte[] catalog = bytes(OscalCatalog.of(visible, ids, options.version()));
        byte[] plan = bytes(SystemSecurityPlan.of(visible, ids, options));
        AtomicFile.write(folder.resolve(CATALOG), catalog);
        AtomicFile.write(folder.resolve(SSP), plan);
    }

    private static byte[] bytes(ObjectNode document) throws IOException {
        return (WRITER.writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
