package org.aimsbook.check;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import org.aimsbook.diagnostic.Rule;
import org.aimsbook.model.Document;
import org.aimsbook.model.Narrative;
import org.aimsbook.model.Origin;
import org.aimsbook.model.Placeholder;
import org.aimsbook.model.Position;
import org.aimsbook.model.meta.Components;
import org.aimsbook.model.meta.Names;

/**
 * No text still holds a placeholder ({@link Placeholder#MARKER}) that {@code aimsbook new} wrote,
 * so that a new document is not published before someone has written it.
 */
final class PlaceholderRules implements ContentRule {

    @Override
    public void check(Scope scope) {
        for (Document document : scope.content().documents()) {
            fields(scope, (Record) document, document.origin());
        }
    }

    /** @param origin where the record's keys stand; a flattened record shares its holder's */
    private static void fields(Scope scope, Record record, Origin origin) {
        Origin own = ownOrigin(record).orElse(origin);
        for (RecordComponent component : Components.of(record.getClass())) {
            String key = Names.key(component.getName());
            value(scope, Components.read(component, record), key, own.of(key), own);
        }
    }

    /** @param at where the value was written, as near as the origin knows: a list item's own line */
    private static void value(Scope scope, Object value, String key, Position at, Origin origin) {
        if (value instanceof String text && Placeholder.in(text)) {
            report(scope, at, "`" + key + "`", text);
        } else if (value instanceof Narrative narrative) {
            narrative(scope, narrative);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> value(scope, inner, key, at, origin));
        } else if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                value(scope, items.get(i), key, origin.of(key, i), origin);
            }
        } else if (value instanceof Record record && !(value instanceof Origin) && !(value instanceof Position)) {
            fields(scope, record, origin);
        }
    }

    private static void narrative(Scope scope, Narrative narrative) {
        List<String> lines = narrative.asciidoc().lines().toList();
        Position start = narrative.start();
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(Placeholder.MARKER);
            if (column >= 0) {
                Position at = new Position(start.file(), start.line() + i, start.column() + column);
                report(scope, at, "the narrative", lines.get(i).substring(column));
            }
        }
    }

    private static void report(Scope scope, Position at, String where, String text) {
        scope.out().report(Rule.PLACEHOLDER, at, where + " still holds the placeholder \"" + text.strip() + "\"",
                "replace the placeholder with what it asks for, and remove `" + Placeholder.MARKER + "`");
    }

    private static Optional<Origin> ownOrigin(Record record) {
        for (RecordComponent component : Components.of(record.getClass())) {
            if (component.getType() == Origin.class) {
                return Optional.of((Origin) Components.read(component, record));
            }
        }
        return Optional.empty();
    }
}
