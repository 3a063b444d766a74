package org.matinf.core.descriptors.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** RDF and partial RDFs against an independent brute-force NumPy computation (make_rdf_reference.py). */
class RadialDistributionTest {
    private static final JsonNode REF = TestData.json(TestData.reference("descriptors/rdf.json"));

    @Test
    void rdfMatchesNumpy() {
        RadialDistributionFunction rdf = new RadialDistributionFunction(20, 0.1);
        assertEquals(200, rdf.labels().size());
        assertEquals("rdf [0.00000 - 0.10000]A", rdf.labels().get(0));
        assertEquals("rdf [19.90000 - 20.00000]A", rdf.labels().get(199));
        assertEquals(4, REF.get("cases").size());
        for (JsonNode c : REF.get("cases")) {
            String file = c.get("file").asText();
            double[] expected = TestData.vector(c.get("rdf"));
            double[] actual = rdf.featurize(TestData.structure(file));
            assertClose(expected, actual, file);
        }
    }

    @Test
    void partialRdfsMatchNumpy() {
        for (JsonNode c : REF.get("cases")) {
            String file = c.get("file").asText();
            Structure s = TestData.structure(file);
            PartialRadialDistributionFunction prdf = PartialRadialDistributionFunction.fit(20, 0.1, List.of(s));
            List<String> order = new ArrayList<>();
            c.get("elements").forEach(e -> order.add(e.asText()));
            assertEquals(order, prdf.elements().stream().map(Element::symbol).toList(), file + " element order");
            double[] actual = prdf.featurize(s);
            int off = 0;
            for (int a = 0; a < order.size(); a++) {
                for (int b = a; b < order.size(); b++) {
                    String pair = order.get(a) + "-" + order.get(b);
                    double[] expected = TestData.vector(c.get("prdf").get(pair));
                    double[] part = java.util.Arrays.copyOfRange(actual, off, off + 200);
                    assertClose(expected, part, file + " " + pair);
                    assertEquals(pair + " PRDF r=0.00-0.10", prdf.labels().get(off));
                    off += 200;
                }
            }
            assertEquals(actual.length, off);
        }
    }

    @Test
    void partialRdfsOfAbsentPairsAreZero() {
        Structure nacl = TestData.structure("handmade/NaCl_B1_conv.vasp");
        PartialRadialDistributionFunction prdf = new PartialRadialDistributionFunction(10, 0.1,
                List.of(Element.of("Cl"), Element.of("Na"), Element.of("Si")));
        assertEquals(List.of("Na", "Si", "Cl"), prdf.elements().stream().map(Element::symbol).toList());
        double[] v = prdf.featurize(nacl);
        assertEquals(6 * 100, v.length);
        for (int pair : new int[] {1, 3, 4}) { // Na-Si, Si-Si, Si-Cl
            for (int k = pair * 100; k < (pair + 1) * 100; k++) {
                assertEquals(0, v[k], prdf.labels().get(k));
            }
        }
        // Na-Cl nearest neighbours: 6 Cl at a/2 around each Na
        double a = nacl.lattice().a();
        int naclBin = (int) Math.floor(a / 2 / 0.1);
        double shell = 4.0 / 3 * Math.PI * (Math.pow((naclBin + 1) * 0.1, 3) - Math.pow(naclBin * 0.1, 3));
        assertEquals(6 / shell, v[200 + naclBin], 1e-12, "Na-Cl first shell");
    }

    @Test
    void disorderedStructuresGiveNaNAndBadBinsAreRefused() {
        Structure s = TestData.structure("pymatgen/Sr0.7Y0.3CoO2.62_partial_occ.cif");
        assertTrue(Double.isNaN(new RadialDistributionFunction(5, 0.1).featurize(s)[10]));
        assertThrows(IllegalArgumentException.class, () -> new RadialDistributionFunction(5, 0));
        assertThrows(IllegalArgumentException.class, () -> new RadialDistributionFunction(0.05, 0.1));
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        assertTrue(scale > 0, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-10 * scale, what + " bin " + i);
        }
    }
}
