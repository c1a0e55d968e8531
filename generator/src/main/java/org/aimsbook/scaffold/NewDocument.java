package org.aimsbook.scaffold;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.aimsbook.model.Content;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Header;
import org.aimsbook.model.Placeholder;
import org.aimsbook.model.Position;
import org.aimsbook.model.Ref;
import org.aimsbook.model.RefKind;
import org.aimsbook.model.meta.Shape;

/**
 * {@code aimsbook new}: one document from its type's template, in the type's folder. Required
 * text is a {@link Placeholder} the checker reports until it is written; required references
 * name the AIMS manager and an existing AI system, which the writer confirms or changes.
 */
public final class NewDocument {
    /** The form the loader demands of every id, read from the model so the two cannot differ. */
    private static final org.aimsbook.model.meta.Pattern ID_FORM = Shape.of(Header.class).fields().stream()
            .filter(field -> field.key().equals("id"))
            .flatMap(field -> field.pattern().stream())
            .findFirst()
            .orElseThrow();
    private static final Pattern ID = Pattern.compile(ID_FORM.regex());
    /** The role {@code init} creates and that owns the AIMS, the likeliest owner of anything new. */
    private static final String AIMS_MANAGER = "aims-manager";

    private NewDocument() {
    }

    /**
     * Writes a new document of a multi-document type into {@code folder}.
     *
     * @param content the content already in the folder, for ids in use and references to fill in
     * @param title the title, or empty for a placeholder
     * @param today the day the document's review dates start from
     * @return the file written, relative to {@code folder}, or why nothing was written
     * @throws IOException when the file cannot be written
     */
    public static Result create(Path folder, Content content, DocumentType type, String id, Optional<String> title,
            LocalDate today) throws IOException {
        if (type.single()) {
            return refused("the content has one " + type.place() + ", and `aimsbook init` writes it; edit it instead");
        }
        if (!ID.matcher(id).matches()) {
            return refused("`" + id + "` is not a valid id: use " + ID_FORM.description());
        }
        RefKind kind = type.refKind();
        Ref ref = new Ref(kind, id, Position.startOf(type.place()));
        if (content.resolves(ref)) {
            String where = content.document(ref).map(d -> " (" + d.origin().at().file() + ")").orElse("");
            return refused("`" + ref.target() + "` already exists" + where + "; choose another id");
        }
        // A type whose template is AsciiDoc (front matter and narrative) gets an .adoc file, the others YAML.
        String template = "new/" + kind.prefix() + (Template.exists("new/" + kind.prefix() + ".adoc") ? ".adoc" : ".yaml");
        String file = type.place() + "/" + id + template.substring(template.lastIndexOf('.'));
        Map<String, String> slots = new HashMap<>(new ReviewDates(today).slots());
        slots.put("id", id);
        slots.put("title", Template.yamlText(title.orElse(Placeholder.asking("the " + type.label() + "'s title"))));
        slots.put("role", reference(content, RefKind.ROLE, AIMS_MANAGER));
        slots.put("system", reference(content, RefKind.SYSTEM, "ai-system"));
        if (!FreshFiles.write(folder.resolve(file), Template.named(template).fill(slots))) {
            return refused(file + " already exists; choose another id");
        }
        return new Result(Optional.of(file), Optional.empty());
    }

    /**
     * A reference to fill a required field with: the preferred document if it exists, else the
     * first of its kind, else the preferred id, which the checker then reports as unknown.
     */
    private static String reference(Content content, RefKind kind, String preferred) {
        String id = content.candidates(kind).contains(preferred) ? preferred
                : content.candidates(kind).stream().min(Comparator.naturalOrder()).orElse(preferred);
        return kind.prefix() + ":" + id;
    }

    private static Result refused(String reason) {
        return new Result(Optional.empty(), Optional.of(new Refusal(reason)));
    }

    /**
     * What {@link #create} did: exactly one of the two is present.
     *
     * @param file the file written, relative to the content folder
     * @param refusal why nothing was written
     */
    public record Result(Optional<String> file, Optional<Refusal> refusal) {
    }
}
