package org.aimsbook.model;

/** The organization's role towards an AI system. */
public enum OrganizationRole {
    PROVIDER,
    DEVELOPER,
    DEPLOYER,
    USER,
    CUSTOMER,
    PARTNER,
    DATA_PROVIDER
}
