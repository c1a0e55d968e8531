package org.aimsbook.model;

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

    @Override
    public String toString() {
        return target();
    }
}
