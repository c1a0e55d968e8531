package org.aimsbook.model;

import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.NonEmpty;

@Doc("What events an AI system records (A.6.2.8).")
public record EventLogging(
        @Doc("Events recorded.")
        @NonEmpty
        List<String> events,
        @Doc("How long logs are kept.")
        String retention,
        @Doc("Where logs are kept.")
        Optional<String> storage,
        Origin origin) {

    public EventLogging {
        events = List.copyOf(events);
    }
}
