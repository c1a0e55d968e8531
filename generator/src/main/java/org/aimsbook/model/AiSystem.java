package org.aimsbook.model;

import java.util.List;
import java.util.Optional;
import org.aimsbook.model.meta.Doc;
import org.aimsbook.model.meta.Flatten;
import org.aimsbook.model.meta.NonEmpty;
import org.aimsbook.model.meta.Refers;

/** An AI system card; the header's owner is the business owner (A.3.2). */
@Doc("An AI system card (A.4, A.6, A.8.2, A.9): purpose, use, oversight, resources, quality and operation.")
public record AiSystem(
        @Flatten Header header,
        @Doc("Life cycle stage: inception, design-and-development, verification-and-validation, deployment, operation-and-monitoring, retirement.")
        LifecycleStage lifecycleStage,
        @Doc("The role technically accountable for the system, as role:id.")
        @Refers(RefKind.ROLE)
        Optional<Ref> technicalOwner,
        @Doc("The organization's roles towards this system: provider, developer, deployer, user, customer, partner, data-provider.")
        @NonEmpty
        List<OrganizationRole> organizationRoles,
        @Doc("What the system is for.")
        String purpose,
        @Doc("Intended uses (A.9.4).")
        @NonEmpty
        List<String> intendedUse,
        @Doc("Uses that are out of scope or foreseeable misuse (A.9.4).")
        List<String> foreseeableMisuse,
        @Doc("Who uses the system (A.8.2).")
        @NonEmpty
        List<String> users,
        @Doc("People and groups affected by its outputs (A.5.4); every group here must be addressed by the system's impact assessment.")
        @NonEmpty
        List<String> affectedPeople,
        @Doc("Where and how the system is deployed.")
        Optional<String> deploymentContext,
        @Doc("Level of automation: advisory, human-in-the-loop, human-on-the-loop, autonomous.")
        AutomationLevel automation,
        @Doc("How people oversee, override or stop the system (A.9.3).")
        String humanOversight,
        @Doc("The organization's risk tier: low, medium, high.")
        RiskTier riskTier,
        @Doc("EU AI Act category: prohibited, high-risk, limited-risk, minimal-risk, general-purpose, out-of-scope.")
        EuAiActCategory euAiAct,
        @Doc("Models and base models used (A.4.4, A.10.3).")
        @NonEmpty
        List<ModelComponent> models,
        @Doc("Data assets the system is built or run with, as data:id (A.4.3, A.7).")
        @Refers(RefKind.DATA)
        List<Ref> data,
        @Doc("Suppliers of models, data, tools or services (A.10.3).")
        List<Supplier> suppliers,
        @Doc("Customers the system is provided to (A.10.4).")
        List<String> customers,
        @Doc("Compute the system needs (A.4.5).")
        Optional<String> compute,
        @Doc("Roles whose people build and run the system (A.4.6), as role:id.")
        @Refers(RefKind.ROLE)
        List<Ref> people,
        @Doc("Evaluation results by metric and slice (A.6.2.4).")
        List<Evaluation> evaluation,
        @Doc("Known limitations and trade-offs.")
        List<String> limitations,
        @Doc("How the system is monitored in operation (A.6.2.6).")
        Optional<Monitoring> monitoring,
        @Doc("What events the system records and for how long (A.6.2.8).")
        Optional<EventLogging> eventLogging,
        @Doc("The procedure for communicating incidents (A.8.4), as policy:id.")
        @Refers(RefKind.POLICY)
        Optional<Ref> incidentCommunication,
        @Doc("Technical documentation: links or document names (A.6.2.7).")
        List<String> documentation,
        @Doc("Annex A controls applied to the system, as control:A.x.y.")
        @Refers(RefKind.CONTROL)
        List<Ref> controls,
        Origin origin) implements Document {

    public AiSystem {
        organizationRoles = List.copyOf(organizationRoles);
        intendedUse = List.copyOf(intendedUse);
        foreseeableMisuse = List.copyOf(foreseeableMisuse);
        users = List.copyOf(users);
        affectedPeople = List.copyOf(affectedPeople);
        models = List.copyOf(models);
        data = List.copyOf(data);
        suppliers = List.copyOf(suppliers);
        customers = List.copyOf(customers);
        people = List.copyOf(people);
        evaluation = List.copyOf(evaluation);
        limitations = List.copyOf(limitations);
        documentation = List.copyOf(documentation);
        controls = List.copyOf(controls);
    }
}
