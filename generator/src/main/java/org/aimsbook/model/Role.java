package org.aimsbook.model;

import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Flatten;
import org.aimsbook.model.meta.NonEmpty;
import org.aimsbook.model.meta.Refers;

@Doc("A role with its responsibilities and authorities (5.3, A.3.2) and required competence (7.2).")
public record Role(
        @Flatten Header header,
        @Doc("What the role is responsible for.")
        @NonEmpty
        List<String> responsibilities,
        @Doc("What the role may decide or approve.")
        List<String> authorities,
        @Doc("The role it reports to, as role:id.")
        @Refers(RefKind.ROLE)
        Optional<Ref> reportsTo,
        @Doc("Who holds the role: names or positions.")
        List<String> holders,
        @Doc("Competence the role requires (7.2).")
        List<String> competence,
        Origin origin) implements Document {

    public Role {
        responsibilities = List.copyOf(responsibilities);
        authorities = List.copyOf(authorities);
        holders = List.copyOf(holders);
        competence = List.copyOf(competence);
    }
}
