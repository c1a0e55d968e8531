package org.aimsbook.publish.oscal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.Header;

/** The metadata both OSCAL files open with, dated from the content, never the clock. */
final class OscalMetadata {
    /** The OSCAL release whose schemas the files follow (those of liboscal-java 5.2.0). */
    static final String OSCAL_VERSION = "1.1.3";

    /** When the content names no date at all; a fixed day keeps the files reproducible. */
    private static final LocalDate UNDATED = LocalDate.of(1970, 1, 1);

    private OscalMetadata() {
    }

    static ObjectNode of(String title, Content visible, String version) {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.put("title", title);
        metadata.put("last-modified", lastModified(visible) + "T00:00:00Z");
        metadata.put("version", version);
        metadata.put("oscal-version", OSCAL_VERSION);
        return metadata;
    }

    /** The organization's name, which with the version scopes every UUID. */
    static String organization(Content visible) {
        return visible.aims().map(aims -> aims.organization().name()).orElse("");
    }

    /**
     * The day the Statement of Applicability was last reviewed (else approved, else took effect),
     * falling back to the same dates of {@code aims.yaml}.
     */
    private static LocalDate lastModified(Content visible) {
        return Stream.of(visible.soa().map(Document::header), visible.aims().map(Document::header))
                .flatMap(Optional::stream)
                .map(OscalMetadata::dated)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(UNDATED);
    }

    private static Optional<LocalDate> dated(Header header) {
        return header.lastReview().or(header::approved).or(header::effective);
    }
}
