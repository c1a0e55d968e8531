package org.aimsbook.scaffold;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aimsbook.Version;
import org.aimsbook.catalogue.Catalogue;
import org.aimsbook.model.DocumentType;
import org.aimsbook.schema.JsonSchemas;

/**
 * {@code aimsbook init}: a new content repository that passes {@code check} at once. It holds a
 * small AIMS of one organization (roles, the AI policy, an AI system with its data and
 * assessments, an objective, an improvement, an audit and a management review), an SoA that plans
 * every Annex A control, the JSON Schemas with editor settings that apply them, and a Maven POM
 * that checks and builds the handbook.
 */
public final class ContentRepository {
    /** The example documents, as they stand in the repository and below {@code init/} in the jar. */
    private static final List<String> DOCUMENTS = List.of(
            "aims.yaml",
            "soa.yaml",
            "roles/aims-manager.yaml",
            "roles/top-management.yaml",
            "roles/internal-auditor.yaml",
            "policies/ai-policy.adoc",
            "systems/drafting-assistant.yaml",
            "data/internal-knowledge-base.yaml",
            "assessments/drafting-assistant-risk.yaml",
            "assessments/drafting-assistant-impact.yaml",
            "objectives/ai-literacy.yaml",
            "improvements/ai-system-inventory.yaml",
            "audits/initial-audit.yaml",
            "reviews/initial-management-review.yaml",
            "pom.xml");
    /** Where the schemas go: a name the loader skips, as it does every name starting with {@code _}. */
    static final String SCHEMAS = "_schemas";
    static final String EDITOR_SETTINGS = ".vscode/settings.json";

    private ContentRepository() {
    }

    /**
     * Writes a new content repository into {@code folder}.
     *
     * @param organization the organization's name, as the handbook shows it
     * @param today the day the review dates start from
     * @param force write into a folder that is not empty, still never replacing a file
     * @return the files written and the files left as they were, or why nothing was written
     * @throws IOException when a file cannot be written
     */
    public static Result init(Path folder, String organization, LocalDate today, boolean force) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return refused(folder + " is a file, not a folder");
        }
        if (!force && notEmpty(folder)) {
            return refused(folder + " is not empty; choose an empty folder, or pass --force to add only the files that are missing");
        }
        if (organization.isBlank() || organization.contains("\n")) {
            return refused("the organization's name must be one line of text");
        }
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> slots = slots(organization, today);
        for (String document : DOCUMENTS) {
            files.put(document, Template.named("init/" + document).fill(slots));
        }
        files.put(".gitignore", Template.named("init/gitignore").fill(slots));
        files.put(EDITOR_SETTINGS, editorSettings());
        JsonSchemas.all().forEach((name, schema) -> files.put(SCHEMAS + "/" + name, schema));
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            (FreshFiles.write(folder.resolve(file.getKey()), file.getValue()) ? written : kept).add(file.getKey());
        }
        return new Result(List.copyOf(written), List.copyOf(kept), Optional.empty());
    }

    private static Map<String, String> slots(String organization, LocalDate today) {
        Map<String, String> slots = new HashMap<>(new ReviewDates(today).slots());
        slots.put("organization", Template.yamlText(organization));
        slots.put("organization-text", organization);
        slots.put("organization-title", Template.yamlText(organization + " AI Management System Handbook"));
        slots.put("artifact-id", artifactId(organization));
        slots.put("aimsbook-version", Version.current());
        slots.put("decisions", decisions(new ReviewDates(today).nextReview()));
        return slots;
    }

    /** Every Annex A control included and planned, to be decided as the first assessments are done. */
    private static String decisions(LocalDate target) {
        return Catalogue.iso42001().controls().stream()
                .map(control -> "  - control: " + control.id() + "\n"
                        + "    applicable: true\n"
                        + "    justification: Included until the risk assessments show whether it is needed (6.1.3).\n"
                        + "    status: planned\n"
                        + "    responsible: role:aims-manager\n"
                        + "    target: " + target)
                .collect(Collectors.joining("\n"));
    }

    /** The organization's name as a Maven artifact id: {@code acme-gmbh-aims}. */
    static String artifactId(String organization) {
        String slug = organization.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "aims" : slug + "-aims";
    }

    /** VS Code's YAML language server applies each type's schema to the files in the type's place. */
    private static String editorSettings() {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode settings = json.createObjectNode();
        ObjectNode schemas = settings.putObject("yaml.schemas");
        for (DocumentType type : DocumentType.values()) {
            schemas.putArray(SCHEMAS + "/" + type.schemaFile()).add(type.single() ? type.place() : type.place() + "/**/*.yaml");
        }
        try {
            return json.writeValueAsString(settings) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("editor settings could not be written as JSON", e);
        }
    }

    private static boolean notEmpty(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    private static Result refused(String reason) {
        return new Result(List.of(), List.of(), Optional.of(new Refusal(reason)));
    }

    /**
     * What {@link #init} did.
     *
     * @param written the files written, relative to the folder
     * @param kept the files that were already there and were left as they were
     * @param refusal why nothing was written, if so
     */
    public record Result(List<String> written, List<String> kept, Optional<Refusal> refusal) {
    }
}
