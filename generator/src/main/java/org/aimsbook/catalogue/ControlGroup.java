package org.aimsbook.catalogue;

import java.util.List;

/** A control objective group of Annex A, such as A.5 Assessing impacts of AI systems. */
public record ControlGroup(String id, String title, List<Control> controls) {

    public ControlGroup {
        controls = List.copyOf(controls);
    }
}
