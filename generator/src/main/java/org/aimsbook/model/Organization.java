package org.aimsbook.model;

import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.NonEmpty;

@Doc("The organization that runs the AI management system.")
public record Organization(
        @Doc("Legal or trading name.")
        String name,
        @Doc("What the organization does, in a sentence or two.")
        Optional<String> description,
        @Doc("Industry sector.")
        Optional<String> sector,
        @Doc("The organization's roles towards AI: provider, developer, deployer, user, customer, partner, data-provider.")
        @NonEmpty
        List<OrganizationRole> aiRoles,
        Origin origin) {

    public Organization {
        aiRoles = List.copyOf(aiRoles);
    }
}
