package org.matinf.core.descriptors.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matinf.core.environment.CoordinationPolyhedron;
import org.matinf.core.environment.MinimumDistanceNN;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** Site statistics of coordination numbers and polyhedron order parameters, against pymatgen's numbers. */
class SiteStatsFeaturesTest {
    private static final SiteStatsFeatures MIN_DIST = new SiteStatsFeatures(MinimumDistanceNN.DEFAULT);

    private static double feature(SiteStatsFeatures f, double[] values, String label) {
        int i = f.labels().indexOf(label);
        assertTrue(i >= 0, "no feature " + label + " in " + f.labels());
        return values[i];
    }

    @Test
    void labelsInMatminersStyle() {
        List<String> labels = MIN_DIST.labels();
        assertEquals(4 * (1 + CoordinationPolyhedron.values().length), labels.size());
        assertEquals(List.of("mean CN", "std_dev CN", "minimum CN", "maximum CN", "mean L-shaped CN_2"), labels.subList(0, 5));
        assertTrue(labels.contains("maximum octahedral CN_6"));
        assertTrue(labels.contains("std_dev cuboctahedral CN_12"));
        assertTrue(labels.contains("mean bcc CN_8"));
    }

    /** Rock salt: every site octahedral, tetrahedral 0 (cn 4 shapes do not apply). */
    @Test
    void rockSaltIsOctahedral() {
        Structure nacl = TestData.structure("handmade/NaCl_B1_conv.vasp");
        double[] v = MIN_DIST.featurize(nacl);
        assertEquals(6, feature(MIN_DIST, v, "mean CN"), 1e-12);
        assertEquals(0, feature(MIN_DIST, v, "std_dev CN"), 1e-12);
        assertEquals(1, feature(MIN_DIST, v, "minimum octahedral CN_6"), 1e-9);
        assertEquals(0, feature(MIN_DIST, v, "maximum tetrahedral CN_4"), 0);
        // pymatgen's pentagonal-pyramid score of an ideal octahedron (order_parameters.json, case "octahedron")
        assertEquals(motifs("octahedron").get("pentagonal pyramidal").asDouble(),
                feature(MIN_DIST, v, "maximum pentagonal pyramidal CN_6"), 1e-9);
    }

    /**
     * Anatase with MinimumDistanceNN shells: 4 Ti (cn 6) and 8 O (cn 3). The coordination numbers are
     * pymatgen's (minimum_distance_cn.csv); the Ti and O order parameters pymatgen's motif values for
     * sites 0 and 4 (order_parameters.json); all Ti (and all O) are equivalent by symmetry.
     */
    @Test
    void anataseAgainstPymatgen() {
        List<Map<String, String>> cn = TestData.csv(TestData.reference("environment/minimum_distance_cn.csv")).stream()
                .filter(r -> r.get("file").equals("cod_cif2cell/anatase.cif")).toList();
        double[] cns = cn.stream().mapToDouble(r -> Double.parseDouble(r.get("cn"))).toArray();
        double mean = java.util.Arrays.stream(cns).average().orElseThrow();
        double var = java.util.Arrays.stream(cns).map(x -> (x - mean) * (x - mean)).average().orElseThrow();
        JsonNode ti = motifs("cod_cif2cell/anatase.cif site 0 (Ti)");
        JsonNode o = motifs("cod_cif2cell/anatase.cif site 4 (O)");
        double[] v = MIN_DIST.featurize(TestData.structure("cod_cif2cell/anatase.cif"));
        assertEquals(12, cns.length);
        assertEquals(mean, feature(MIN_DIST, v, "mean CN"), 1e-12);
        assertEquals(Math.sqrt(var), feature(MIN_DIST, v, "std_dev CN"), 1e-12);
        assertEquals(3, feature(MIN_DIST, v, "minimum CN"), 0);
        assertEquals(6, feature(MIN_DIST, v, "maximum CN"), 0);
        double oct = ti.get("octahedral").asDouble();
        assertEquals(oct * 4 / 12, feature(MIN_DIST, v, "mean octahedral CN_6"), 1e-9);
        assertEquals(oct * Math.sqrt(4.0 / 12 * 8.0 / 12), feature(MIN_DIST, v, "std_dev octahedral CN_6"), 1e-9);
        assertEquals(oct, feature(MIN_DIST, v, "maximum octahedral CN_6"), 1e-9);
        assertEquals(0, feature(MIN_DIST, v, "minimum octahedral CN_6"), 0);
        assertEquals(o.get("T-shaped").asDouble() * 8 / 12, feature(MIN_DIST, v, "mean T-shaped CN_3"), 1e-9);
        assertEquals(o.get("trigonal planar").asDouble(), feature(MIN_DIST, v, "maximum trigonal planar CN_3"), 1e-9);
    }

    private static JsonNode motifs(String label) {
        return TestData.jsonCases("environment/order_parameters.json", "cases")
                .filter(c -> c.get("label").asText().equals(label)).findFirst().orElseThrow().get("motifs");
    }

    @Test
    void registeredAsSiteStats() {
        assertTrue(StructureFeaturizers.names().contains("site_stats"));
        List<StructureFeaturizer> f = StructureFeaturizers.create("site_stats", StructureDescriptorSettings.DEFAULTS, List.of());
        SiteStatsFeatures s = assertInstanceOf(SiteStatsFeatures.class, f.get(0));
        assertEquals(SiteStatsFeatures.defaultStrategy().name(), s.strategy().name());
        List<Structure> data = List.of(TestData.structure("handmade/NaCl_B1_conv.vasp"));
        assertTrue(StructureFeaturizers.create("all", StructureDescriptorSettings.DEFAULTS, data).stream()
                .anyMatch(x -> x instanceof SiteStatsFeatures));
    }
}
