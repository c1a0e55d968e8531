package org.aimsbook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.aimsbook.Sites;
import org.aimsbook.model.Classification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same content built as the same version gives the same bytes, wherever it is written:
 * published sites can be compared, cached and verified, and a rebuild shows no false changes.
 */
class ReproducibleBuildTest {
    @TempDir
    Path temp;

    @Test
    void buildingTheExampleTwiceGivesIdenticalFiles() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("elsewhere").resolve("second");
        Sites.build(Sites.EXAMPLE, first, "2.1", Classification.INTERNAL);
        Sites.build(Sites.EXAMPLE, second, "2.1", Classification.INTERNAL);

        Map<String, String> one = Sites.hashes(first);
        Map<String, String> two = Sites.hashes(second);
        assertEquals(one.keySet(), two.keySet());
        Map<String, String> differing = new TreeMap<>();
        one.forEach((file, hash) -> {
            if (!hash.equals(two.get(file))) {
                differing.put(file, hash + " vs " + two.get(file));
            }
        });
        assertEquals(Map.of(), differing);
        assertTrue(one.size() > 200, one.size() + " files");
        for (String index : new String[] {"2.1/search/meta.js", "2.1/search/facets.js", "2.1/search/k0.js", "2.1/search/w0.js",
                "2.1/search/p0.js", "2.1/search/t/0.js"}) {
            assertTrue(one.containsKey(index), "the static search index is compared too: " + index);
        }
    }
}
