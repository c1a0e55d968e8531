package org.aimsbook.check;

/** A family of related checks over the whole content. */
interface ContentRule {
    void check(Scope scope);
}
