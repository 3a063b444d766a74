package org.matinf.core.descriptors.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** SOAP: a quadrature check of coefficients, invariances, symmetry-equivalent sites, smoothness. */
class SoapTest {
    private static final List<Element> NA_CL = List.of(Element.of("Na"), Element.of("Cl"));

    private static Soap soap(List<Element> elements, SoapAverage average) {
        return new Soap(5, 8, 6, 0.5, elements, average);
    }

    private static Structure zno() {
        return TestData.structure("handmade/ZnO_wurtzite.vasp");
    }

    @Test
    void coefficientsMatchNumpyQuadrature() {
        JsonNode ref = TestData.json(TestData.reference("descriptors/soap_quadrature.json"));
        Structure s = TestData.structure(ref.get("file").asText());
        int centre = ref.get("centre").asInt();
        assertArrayEquals(TestData.vector(ref.get("centre_cartesian")), s.cartesian(centre), 1e-9);
        Soap soap = new Soap(ref.get("rcut").asDouble(), ref.get("nmax").asInt(), ref.get("lmax").asInt(),
                ref.get("sigma").asDouble(), List.of(Element.of("O"), Element.of("Zn")), SoapAverage.INNER);
        double[] c = soap.coefficients(s)[centre];
        int nmax = ref.get("nmax").asInt();
        int nh = (ref.get("lmax").asInt() + 1) * (ref.get("lmax").asInt() + 1);
        int checked = 0;
        for (JsonNode t : ref.get("terms")) {
            int z = soap.elements().indexOf(Element.of(t.get("element").asText()));
            int n = t.get("n").asInt();
            int l = t.get("l").asInt();
            double[] expected = TestData.vector(t.get("c"));
            double p = 0;
            for (int m = -l; m <= l; m++) {
                double actual = c[(z * nmax + n) * nh + l * l + l + m];
                assertEquals(expected[m + l], actual, 2e-6 + 1e-5 * Math.abs(expected[m + l]),
                        t.get("element").asText() + " n" + n + " l" + l + " m" + m);
                p += actual * actual;
                checked++;
            }
            p *= Math.PI * Math.sqrt(8.0 / (2 * l + 1));
            assertEquals(t.get("p_same_n").asDouble(), p, 1e-5 * t.get("p_same_n").asDouble(), "power spectrum");
        }
        assertEquals(22, checked);
    }

    @Test
    void featureCountAndLabelsFollowDscribe() {
        Soap soap = soap(NA_CL, SoapAverage.INNER);
        assertEquals(List.of("Na", "Cl"), soap.elements().stream().map(Element::symbol).toList());
        assertEquals(16 * 17 / 2 * 7, soap.labels().size());
        assertEquals("soap Na-Na n0 n0 l0", soap.labels().get(0));
        assertEquals("soap Na-Cl n0 n0 l0", soap.labels().get(8 * 9 / 2 * 7));
        assertEquals("soap Cl-Cl n7 n7 l6", soap.labels().get(soap.labels().size() - 1));
    }

    @Test
    void invariantUnderRotationTranslationAndPermutation() {
        Structure s = zno();
        Soap soap = soap(List.of(Element.of("Zn"), Element.of("O")), SoapAverage.INNER);
        double[][] ref = soap.sites(s);

        double[][] rot = rotation(0.3, -1.1, 2.0);
        double[][] m = s.lattice().matrix();
        double[][] rm = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    rm[i][j] += m[i][k] * rot[j][k];
                }
            }
        }
        assertSites(ref, soap.sites(new Structure(new Lattice(rm), s.sites())), "rotation");

        List<Site> shifted = new ArrayList<>();
        for (Site site : s.sites()) {
            double[] f = site.frac();
            shifted.add(site.withFrac(new double[] {f[0] + 0.123, f[1] - 0.456, f[2] + 2.789}));
        }
        assertSites(ref, soap.sites(s.withSites(shifted)), "translation");

        List<Site> reversed = new ArrayList<>(s.sites());
        Collections.reverse(reversed);
        double[][] rev = soap.sites(s.withSites(reversed));
        double[][] back = new double[rev.length][];
        for (int i = 0; i < rev.length; i++) {
            back[i] = rev[rev.length - 1 - i];
        }
        assertSites(ref, back, "permutation");
        assertArrayEquals(soap.featurize(s), soap.featurize(s.withSites(reversed)), 1e-8, "average");
    }

    @Test
    void symmetryEquivalentSitesHaveEqualVectors() {
        Structure si = TestData.structure("pymatgen/Si_diamond_P1.cif");
        double[][] v = soap(List.of(Element.of("Si")), SoapAverage.INNER).sites(si);
        assertTrue(v.length >= 2);
        for (double[] row : v) {
            assertArrayEquals(v[0], row, 1e-8, "Si sites");
        }
        Structure nacl = TestData.structure("handmade/NaCl_B1_conv.vasp");
        double[][] w = soap(NA_CL, SoapAverage.INNER).sites(nacl);
        int na = -1;
        int cl = -1;
        for (int i = 0; i < w.length; i++) {
            boolean isNa = nacl.site(i).species().keySet().iterator().next().element().symbol().equals("Na");
            if (isNa && na < 0) {
                na = i;
            } else if (!isNa && cl < 0) {
                cl = i;
            }
            assertArrayEquals(w[isNa ? na : cl], w[i], 1e-8, "site " + i);
        }
        assertTrue(na >= 0 && cl >= 0);
        double diff = 0;
        for (int k = 0; k < w[na].length; k++) {
            diff += Math.abs(w[na][k] - w[cl][k]);
        }
        assertTrue(diff > 1e-3, "Na and Cl environments differ");
    }

    @Test
    void changesSmoothlyWithStrain() {
        Structure s = zno();
        Soap soap = soap(List.of(Element.of("Zn"), Element.of("O")), SoapAverage.OUTER);
        double[] v0 = soap.featurize(s);
        double d1 = distance(v0, soap.featurize(strained(s, 1e-5)));
        double d2 = distance(v0, soap.featurize(strained(s, 2e-5)));
        double norm = distance(v0, new double[v0.length]);
        assertTrue(d1 > 0 && d1 / norm < 1e-3, "small strain, small change: " + d1 / norm);
        assertEquals(2.0, d2 / d1, 0.01, "change proportional to strain");
    }

    @Test
    void averagesAreDscribes() {
        Structure s = zno();
        Soap inner = soap(List.of(Element.of("Zn"), Element.of("O")), SoapAverage.INNER);
        Soap outer = soap(List.of(Element.of("Zn"), Element.of("O")), SoapAverage.OUTER);
        double[][] sites = outer.sites(s);
        double[] mean = new double[sites[0].length];
        for (double[] r : sites) {
            for (int k = 0; k < mean.length; k++) {
                mean[k] += r[k] / sites.length;
            }
        }
        assertArrayEquals(mean, outer.featurize(s), 1e-12, "outer = mean of site power spectra");
        double[][] c = inner.coefficients(s);
        double[] meanC = new double[c[0].length];
        for (double[] r : c) {
            for (int k = 0; k < meanC.length; k++) {
                meanC[k] += r[k] / c.length;
            }
        }
        assertArrayEquals(inner.powerSpectrum(meanC), inner.featurize(s), 1e-12, "inner = spectrum of mean coefficients");
        assertTrue(distance(inner.featurize(s), outer.featurize(s)) > 1e-6);
        assertEquals(SoapAverage.OUTER, SoapAverage.parse(" Outer "));
        assertThrows(IllegalArgumentException.class, () -> SoapAverage.parse("mean"));
    }

    @Test
    void badParametersAndUnknownElementsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Soap(0.9, 8, 6, 0.5, NA_CL, SoapAverage.INNER));
        assertThrows(IllegalArgumentException.class, () -> new Soap(5, 0, 6, 0.5, NA_CL, SoapAverage.INNER));
        assertThrows(IllegalArgumentException.class, () -> new Soap(5, 8, 6, 0, NA_CL, SoapAverage.INNER));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> soap(NA_CL, SoapAverage.INNER).featurize(zno()));
        assertTrue(ex.getMessage().contains("not among the SOAP elements"), ex.getMessage());
    }

    private static Structure strained(Structure s, double e) {
        double[][] m = s.lattice().matrix();
        for (double[] row : m) {
            row[0] *= 1 + e;
            row[2] *= 1 - 0.5 * e;
        }
        return new Structure(new Lattice(m), s.sites());
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(sum);
    }

    private static void assertSites(double[][] expected, double[][] actual, String what) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-8, what + " site " + i);
        }
    }

    /** Rotation matrix from ZYZ angles (radians). */
    private static double[][] rotation(double a, double b, double c) {
        double[][] rz1 = {{Math.cos(a), -Math.sin(a), 0}, {Math.sin(a), Math.cos(a), 0}, {0, 0, 1}};
        double[][] ry = {{Math.cos(b), 0, Math.sin(b)}, {0, 1, 0}, {-Math.sin(b), 0, Math.cos(b)}};
        double[][] rz2 = {{Math.cos(c), -Math.sin(c), 0}, {Math.sin(c), Math.cos(c), 0}, {0, 0, 1}};
        return mul(mul(rz1, ry), rz2);
    }

    private static double[][] mul(double[][] x, double[][] y) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    out[i][j] += x[i][k] * y[k][j];
                }
            }
        }
        return out;
    }
}
