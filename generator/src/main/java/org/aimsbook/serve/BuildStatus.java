package org.aimsbook.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.aimsbook.FileProblem;

/**
 * What the open tabs are told about the last build: whether it passed and its diagnostics,
 * which their script shows over the page while it did not, and the version being served.
 *
 * @param generation counts the builds, so a tab can tell a new status from one it has seen
 * @param version the version the last successful build published, which the server shows;
 *                absent until a build succeeds
 * @param json the status as {@code /_aimsbook/status} answers it
 */
record BuildStatus(int generation, Optional<String> version, String json) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Before the first build. */
    static BuildStatus none() {
        return new BuildStatus(0, Optional.empty(), "{\"generation\":0,\"passed\":false,\"diagnostics\":[]}");
    }

    /** The status after a build; a failed one keeps serving the version served before. */
    BuildStatus after(Rebuild rebuild) {
        ObjectNode status = JSON.createObjectNode();
        status.put("generation", generation + 1);
        status.put("passed", rebuild.published());
        rebuild.failure().ifPresent(e -> status.put("problem", FileProblem.explain(e)));
        try {
            status.set("diagnostics", rebuild.report().isPresent()
                    ? JSON.readTree(rebuild.report().get().check().json())
                    : JSON.createArrayNode());
            Optional<String> served = rebuild.report().flatMap(report -> report.published()).map(p -> p.version()).or(() -> version);
            return new BuildStatus(generation + 1, served, JSON.writeValueAsString(status));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the build status cannot be written as JSON", e);
        }
    }
}
