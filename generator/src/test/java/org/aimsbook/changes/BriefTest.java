package org.aimsbook.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;

class BriefTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void absentAndEmptyReadTheSame() throws Exception {
        assertEquals(FieldChange.ABSENT, Brief.of(MissingNode.getInstance()));
        assertEquals(FieldChange.ABSENT, Brief.of(json("[]")));
    }

    @Test
    void valuesReadAsWritten() throws Exception {
        assertEquals("3", Brief.of(json("3")));
        assertEquals("true", Brief.of(json("true")));
        assertEquals("control:A.2.2, control:A.2.3", Brief.of(json("[\"control:A.2.2\", \"control:A.2.3\"]")));
    }

    @Test
    void objectsShowTheirOwnValuesAndElideNestedOnes() throws Exception {
        assertEquals("option: mitigate, controls: [control:A.9.3], review: {…}",
                Brief.of(json("{\"option\": \"mitigate\", \"controls\": [\"control:A.9.3\"], \"review\": {\"at\": 1}}")));
    }

    @Test
    void longTextIsOneShortenedLine() throws Exception {
        String brief = Brief.of(json("\"" + "word ".repeat(60) + "\\nmore\""));
        assertTrue(brief.length() <= Brief.LIMIT, brief);
        assertTrue(brief.endsWith("…"), brief);
        assertEquals("two lines", Brief.of(json("\"two\\n  lines\\n\"")));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
