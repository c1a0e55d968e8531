package org.aimsbook.model;

import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Pattern;
import org.aimsbook.model.meta.Refers;

@Doc("One audit finding.")
public record Finding(
        @Doc("Short id within the audit, such as F1.")
        @Pattern(regex = "^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", description = "letters, digits and dashes, such as F1")
        String id,
        @Doc("major-nonconformity, minor-nonconformity, observation, opportunity or conformity.")
        FindingKind kind,
        @Doc("Clauses and controls concerned, as clause:n.n or control:A.x.y.")
        @Refers({RefKind.CLAUSE, RefKind.CONTROL})
        List<Ref> about,
        @Doc("What was found, with the evidence.")
        String description,
        @Doc("The improvement log entry that tracks it, as improvement:id; required for nonconformities.")
        @Refers(RefKind.IMPROVEMENT)
        Optional<Ref> improvement,
        Origin origin) {

    public Finding {
        about = List.copyOf(about);
    }
}
