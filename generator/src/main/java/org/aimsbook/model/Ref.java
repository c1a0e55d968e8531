package org.aimsbook.model;

import java.util.Optional;

/**
 * A reference written in content, {@code kind:id}, with where it was written.
 *
 * @param kind what it points at
 * @param id the target's id (a document id, a risk id, a control id such as A.5.2, a clause number)
 * @param at where the reference stands
 */
public record Ref(RefKind kind, String id, Position at) {

    /** The reference as written: {@code role:aims-manager}. */
    public String target() {
        return kind.prefix() + ":" + id;
    }

    /** The reference a narrative's macro names, {@code role:aims-manager}; empty for an unknown kind. */
    public static Optional<Ref> ofTarget(String target, Position at) {
        int colon = target.indexOf(':');
        return colon < 0 ? Optional.empty()
                : RefKind.ofPrefix(target.substring(0, colon)).map(kind -> new Ref(kind, kind.id(target.substring(colon + 1)), at));
    }

    @Override
    public String toString() {
        return target();
    }
}
