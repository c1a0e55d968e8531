package org.aimsbook.publish.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aimsbook.catalogue.Catalogue;
import org.aimsbook.catalogue.Control;
import org.aimsbook.catalogue.ControlGroup;
import org.aimsbook.model.Content;

/**
 * The Annex A controls as an OSCAL catalog, one group per control objective (A.2 … A.10). It
 * carries ids and our short titles only: the standard's text is not ours to copy.
 */
final class OscalCatalog {
    private OscalCatalog() {
    }

    static ObjectNode of(Content visible, OscalIds ids, String version) {
        Catalogue catalogue = visible.catalogue();
        ObjectNode catalog = JsonNodeFactory.instance.objectNode();
        catalog.put("uuid", ids.of("catalog"));
        catalog.set("metadata", OscalMetadata.of(catalogue.name() + " Annex A reference controls", visible, version));
        ArrayNode groups = catalog.putArray("groups");
        for (ControlGroup group : catalogue.groups()) {
            ObjectNode node = groups.addObject();
            node.put("id", group.id());
            node.put("title", group.title());
            ArrayNode controls = node.putArray("controls");
            for (Control control : group.controls()) {
                controls.addObject().put("id", control.id()).put("title", control.title());
            }
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("catalog", catalog);
        return root;
    }
}
