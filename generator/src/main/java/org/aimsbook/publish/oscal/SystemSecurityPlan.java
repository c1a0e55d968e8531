package org.aimsbook.publish.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.aimsbook.model.Aims;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.Ref;
import org.aimsbook.model.Role;
import org.aimsbook.model.SoaDecision;
import org.aimsbook.model.meta.Names;
import org.aimsbook.publish.SoaEntry;
import org.aimsbook.render.PagePaths;

/**
 * The AI management system as an OSCAL System Security Plan: the system is the AIMS in its
 * scope, its users are our roles, and {@code control-implementation} holds one
 * implemented-requirement per Annex A control, stating the Statement of Applicability's
 * decision. Evidence links lead to the handbook's pages: the control's page and each
 * implementing document's.
 */
final class SystemSecurityPlan {
    private static final String SYSTEM = "this-system";

    private SystemSecurityPlan() {
    }

    static ObjectNode of(Content visible, OscalIds ids, OscalOptions options) {
        String name = visible.aims().map(Aims::title).orElse("AI management system");
        ObjectNode plan = JsonNodeFactory.instance.objectNode();
        plan.put("uuid", ids.of("ssp"));
        ObjectNode metadata = OscalMetadata.of(name + ": Statement of Applicability", visible, options.version());
        ArrayNode roles = metadata.putArray("roles");
        for (Role role : visible.all(Role.class)) {
            roles.addObject().put("id", role.id()).put("title", role.title());
        }
        if (roles.isEmpty()) {
            metadata.remove("roles");
        }
        plan.set("metadata", metadata);
        // The plan states decisions on the catalog's controls as they stand: no profile tailors them.
        plan.putObject("import-profile").put("href", OscalExport.CATALOG)
                .put("remarks", "All controls of the catalog apply as written; the Statement of Applicability decides each.");
        plan.set("system-characteristics", characteristics(visible, ids, name, options));
        plan.set("system-implementation", implementation(visible, ids, name));
        ObjectNode controls = plan.putObject("control-implementation");
        controls.put("description", "The Statement of Applicability: one decision per Annex A control.");
        ArrayNode requirements = controls.putArray("implemented-requirements");
        for (SoaEntry entry : SoaEntry.of(visible)) {
            requirements.add(requirement(entry, visible, ids, options));
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("system-security-plan", plan);
        return root;
    }

    /**
     * OSCAL's state of a control's implementation. A control decided not applicable is
     * {@code not-applicable} whatever its status says; otherwise our statuses share OSCAL's names.
     */
    static String state(SoaDecision decision) {
        return decision.applicable() ? Names.value(decision.status()) : "not-applicable";
    }

    private static ObjectNode characteristics(Content visible, OscalIds ids, String name, OscalOptions options) {
        ObjectNode system = JsonNodeFactory.instance.objectNode();
        system.putArray("system-ids").addObject().put("id", visible.aims().map(Aims::id).orElse("aims"));
        system.put("system-name", name);
        String scope = visible.aims().map(aims -> aims.scope().statement()).orElse(name);
        system.put("description", scope);
        system.putObject("system-information").putArray("information-types").addObject()
                .put("uuid", ids.of("information-type"))
                .put("title", "Documented information of the AI management system")
                .put("description", "The handbook's documents classified " + Names.value(options.edition()) + " or below.");
        system.putObject("status").put("state", "operational");
        system.putObject("authorization-boundary").put("description", scope);
        return system;
    }

    private static ObjectNode implementation(Content visible, OscalIds ids, String name) {
        ObjectNode implementation = JsonNodeFactory.instance.objectNode();
        ArrayNode users = implementation.putArray("users");
        for (Role role : visible.all(Role.class)) {
            ObjectNode user = users.addObject().put("uuid", ids.of("user:" + role.id())).put("title", role.title());
            user.putArray("role-ids").add(role.id());
        }
        if (users.isEmpty()) {
            users.addObject().put("uuid", ids.of("user")).put("title", "Staff within the scope of the AIMS");
        }
        implementation.putArray("components").addObject()
                .put("uuid", ids.of("component:" + SYSTEM))
                .put("type", SYSTEM)
                .put("title", name)
                .put("description", "The AI management system as a whole.")
                .putObject("status").put("state", "operational");
        return implementation;
    }

    private static ObjectNode requirement(SoaEntry entry, Content visible, OscalIds ids, OscalOptions options) {
        String control = entry.control().id();
        ObjectNode requirement = JsonNodeFactory.instance.objectNode();
        requirement.put("uuid", ids.of("requirement:" + control));
        requirement.put("control-id", control);
        ArrayNode links = requirement.putArray("links");
        evidence(links, options.pages() + PagePaths.control(control), "Control " + control + " in the handbook");
        Optional<SoaDecision> decided = entry.decision();
        if (decided.isEmpty()) {
            requirement.put("remarks", "The Statement of Applicability the " + Names.value(options.edition())
                    + " edition shows decides nothing on this control.");
            return requirement;
        }
        SoaDecision decision = decided.get();
        for (Ref ref : decision.implementedBy()) {
            PagePaths.of(ref, visible).ifPresent(page -> evidence(links, options.pages() + page,
                    visible.document(ref).map(Document::title).orElse(ref.target())));
        }
        decision.responsible().ifPresent(role -> requirement.putArray("responsible-roles").addObject().put("role-id", role.id()));
        ObjectNode byComponent = requirement.putArray("by-components").addObject()
                .put("component-uuid", ids.of("component:" + SYSTEM))
                .put("uuid", ids.of("by-component:" + control))
                .put("description", "How the AI management system implements " + control + ".");
        byComponent.putObject("implementation-status").put("state", state(decision));
        requirement.put("remarks", remarks(decision));
        return requirement;
    }

    private static void evidence(ArrayNode links, String href, String text) {
        links.addObject().put("href", href).put("rel", "evidence").put("text", text);
    }

    /** The justification, then the evidence an auditor can ask for, as markdown. */
    private static String remarks(SoaDecision decision) {
        StringBuilder remarks = new StringBuilder(decision.justification()
                .orElse(decision.applicable() ? "Applicable; no justification given." : "Not applicable; no justification given."));
        List<String> evidence = decision.evidence();
        if (!evidence.isEmpty()) {
            remarks.append("\n\nEvidence:\n");
            evidence.forEach(item -> remarks.append("\n- ").append(item));
        }
        return remarks.toString();
    }
}
