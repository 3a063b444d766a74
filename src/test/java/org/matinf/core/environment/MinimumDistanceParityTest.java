package org.matinf.core.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/**
 * Coordination numbers of {@link MinimumDistanceNN} (defaults) against pymatgen's MinimumDistanceNN
 * on every site of the shared structure library (reference/environment/minimum_distance_cn.csv).
 */
class MinimumDistanceParityTest {

    @Test
    void coordinationNumbersEqualPymatgenOnTheLibrary() {
        Map<String, List<Map<String, String>>> byFile = new LinkedHashMap<>();
        for (Map<String, String> r : TestData.csv(TestData.reference("environment/minimum_distance_cn.csv"))) {
            byFile.computeIfAbsent(r.get("file"), f -> new ArrayList<>()).add(r);
        }
        assertEquals(178, byFile.size());
        int sites = 0;
        int equal = 0;
        List<String> differ = new ArrayList<>();
        for (var e : byFile.entrySet()) {
            Structure s = TestData.structure(e.getKey());
            assertEquals(e.getValue().size(), s.numSites(), e.getKey());
            List<List<CoordinatedNeighbor>> shells = MinimumDistanceNN.DEFAULT.allNeighbors(s);
            for (Map<String, String> r : e.getValue()) {
                int i = Integer.parseInt(r.get("index"));
                int expected = Integer.parseInt(r.get("cn"));
                sites++;
                if (shells.get(i).size() == expected) {
                    equal++;
                } else {
                    differ.add(e.getKey() + " site " + i + ": " + shells.get(i).size() + " vs " + expected);
                }
            }
        }
        assertEquals(1932, sites);
        System.out.printf("MinimumDistanceNN: %d of %d sites (%.2f %%) equal pymatgen; differ: %s%n", equal, sites,
                100.0 * equal / sites, differ);
        assertTrue(differ.isEmpty(), differ.toString());
    }
}
