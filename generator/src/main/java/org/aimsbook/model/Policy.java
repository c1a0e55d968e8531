package org.aimsbook.model;

import java.util.List;
import org.aimsbook.model.meta.Default;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Flatten;
import org.aimsbook.model.meta.Refers;

@Doc("An AI policy, topic policy, procedure, standard or guideline (5.2, A.2).")
public record Policy(
        @Flatten Header header,
        @Doc("policy, procedure, standard or guideline.")
        @Default("policy")
        PolicyKind kind,
        @Doc("Roles the document applies to, as role:id; empty means everyone in scope.")
        @Refers(RefKind.ROLE)
        List<Ref> appliesTo,
        @Doc("Annex A controls the document implements, as control:A.x.y.")
        @Refers(RefKind.CONTROL)
        List<Ref> controls,
        @Doc("Clauses of ISO/IEC 42001 the document addresses, as clause:n.n.")
        @Refers(RefKind.CLAUSE)
        List<Ref> clauses,
        Origin origin) implements Document {

    public Policy {
        appliesTo = List.copyOf(appliesTo);
        controls = List.copyOf(controls);
        clauses = List.copyOf(clauses);
    }
}
