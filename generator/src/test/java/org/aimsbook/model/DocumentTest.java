package org.aimsbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentTest {

    /** A record's accessor silently overrides a default method of the same name, as Objective.target once did. */
    @Test
    void noContentFieldOverridesADocumentMethod() {
        Set<String> defaults = Arrays.stream(Document.class.getMethods())
                .filter(Method::isDefault)
                .map(Method::getName)
                .collect(Collectors.toSet());
        List<String> overriding = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            for (RecordComponent component : type.model().getRecordComponents()) {
                if (defaults.contains(component.getName())) {
                    overriding.add(type.model().getSimpleName() + "." + component.getName());
                }
            }
        }
        assertEquals(List.of(), overriding);
    }
}
