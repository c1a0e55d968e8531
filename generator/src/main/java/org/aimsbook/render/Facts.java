package org.aimsbook.render;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aimsbook.model.Header;
import org.aimsbook.model.Narrative;
import org.aimsbook.model.Ref;
import org.aimsbook.model.meta.Components;
import org.aimsbook.model.meta.Field;
import org.aimsbook.model.meta.Names;
import org.aimsbook.model.meta.Shape;

/**
 * Reads a content record into {@link Fact}s by the same {@link Shape} the loader binds it
 * with, so every field a writer can give is shown, with references as links. The site and
 * the PDFs both show documents this way; only where a reference leads differs.
 */
public final class Facts {
    /** Shown elsewhere on the page: in the heading, or as the narrative. */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("id", "title", "body");
    private static final Set<String> HEADER_KEYS = Shape.of(Header.class).fields().stream()
            .map(Field::key).collect(Collectors.toUnmodifiableSet());
    private static final Map<String, String> WORDS = Map.of("ai", "AI", "eu", "EU", "soa", "SoA", "url", "URL");

    private final Function<Ref, Fact.Item> references;

    /**
     * @param references what a reference shows as: a link where its target is visible, text
     *                   where the edition leaves it out
     */
    public Facts(Function<Ref, Fact.Item> references) {
        this.references = references;
    }

    /** Facts on a site page, whose references lead to pages relative to it. */
    Facts(Links links, String page) {
        this(ref -> links.item(ref, page));
    }

    /** The facts of a record, in declaration order, leaving out fields that were not written. */
    public List<Fact> of(Record record) {
        return of(record, key -> !SHOWN_ELSEWHERE.contains(key));
    }

    /**
     * The facts of only some of a record's fields, such as an index page's columns: reading
     * every field of every document for a table of four columns made index pages the slowest
     * part of a preview's update.
     */
    List<Fact> of(Record record, java.util.function.Predicate<String> keys) {
        List<Fact> facts = new ArrayList<>();
        for (Field field : Shape.of(record.getClass()).fields()) {
            if (!keys.test(field.key())) {
                continue;
            }
            List<Fact.Item> items = items(Components.valueOf(field, record));
            if (!items.isEmpty()) {
                facts.add(new Fact(field.key(), label(field.key()), items));
            }
        }
        return facts;
    }

    /** Whether a fact is one of document control (ISO/IEC 42001 7.5.3) that every document's header has. */
    public static boolean header(Fact fact) {
        return HEADER_KEYS.contains(fact.key());
    }

    /** {@code next_review} reads "Next review"; {@code eu_ai_act} "EU AI Act". */
    static String label(String key) {
        String[] words = key.split("_");
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = WORDS.getOrDefault(words[i], words[i]);
            if (i == 0 && !WORDS.containsKey(words[i])) {
                word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            }
            label.append(i == 0 ? "" : " ").append(word);
        }
        return label.toString();
    }

    /** A choice as readers say it: {@code operation-and-monitoring} reads "operation and monitoring". */
    public static String words(Enum<?> choice) {
        return Names.value(choice).replace('-', ' ');
    }

    private List<Fact.Item> items(Object value) {
        List<Fact.Item> items = new ArrayList<>();
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> items.addAll(items(inner)));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> items.addAll(items(element)));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> items.add(Fact.Item.plain(key + ": " + text(inner))));
        } else if (value instanceof Ref ref) {
            items.add(references.apply(ref));
        } else if (value instanceof Narrative) {
            return items;
        } else if (value instanceof Record record) {
            items.add(Fact.Item.group(caption(record), anchor(record), of(record)));
        } else if (value != null) {
            items.add(Fact.Item.plain(text(value)));
        }
        return items;
    }

    private static String text(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Enum<?> choice) {
            return words(choice);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return String.valueOf(value);
    }

    /** What names a group: its id and title, its name, or its first text field. */
    private static String caption(Record record) {
        Optional<Object> id = component(record, "id");
        Optional<Object> title = component(record, "title").or(() -> component(record, "name"))
                .or(() -> component(record, "description")).or(() -> component(record, "metric"));
        return id.map(i -> i + title.map(t -> " " + t).orElse("")).orElseGet(() -> title.map(String::valueOf).orElse(""));
    }

    /** Groups with an id get an anchor named after their type: {@code risk-biased-ranking}. */
    private static String anchor(Record record) {
        return component(record, "id").map(id -> record.getClass().getSimpleName().toLowerCase(Locale.ROOT) + "-" + id).orElse(null);
    }

    private static Optional<Object> component(Record record, String name) {
        for (RecordComponent component : Components.of(record.getClass())) {
            if (component.getName().equals(name)) {
                return Optional.ofNullable(Components.read(component, record)).map(v -> v instanceof Optional<?> o ? o.orElse(null) : v);
            }
        }
        return Optional.empty();
    }
}
