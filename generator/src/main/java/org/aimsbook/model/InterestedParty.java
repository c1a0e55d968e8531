package org.aimsbook.model;

import java.util.List;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.NonEmpty;
import org.aimsbook.model.meta.Pattern;

@Doc("An interested party and its requirements (4.2).")
public record InterestedParty(
        @Doc("Short kebab-case id.")
        @Pattern(regex = "^[a-z0-9]+(-[a-z0-9]+)*$", description = "kebab-case, such as job-applicants")
        String id,
        @Doc("Name of the party.")
        String name,
        @Doc("Its requirements relevant to the AIMS.")
        @NonEmpty
        List<String> requirements,
        @Doc("Documents that address these requirements, as type:id.")
        List<Ref> addressedBy,
        Origin origin) {

    public InterestedParty {
        requirements = List.copyOf(requirements);
        addressedBy = List.copyOf(addressedBy);
    }
}
