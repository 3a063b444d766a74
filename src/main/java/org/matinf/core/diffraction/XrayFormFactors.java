package org.matinf.core.diffraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.matinf.core.BundledData;
import org.matinf.core.element.Element;
import org.matinf.core.element.PeriodicTable;

/**
 * X-ray atomic form factors of the neutral atoms, in the four-term fit pymatgen's XRDCalculator
 * uses: f(s) = Z − 41.78214 · s² · Σᵢ aᵢ exp(−bᵢ s²), with s = sin θ / λ in Å⁻¹ (the constant is
 * the Mott–Bethe factor m e² / (8π² ε₀ h²) in Å⁻²). Oxidation states are ignored: an Fe³⁺ site
 * scatters as Fe. Parameters for 99 elements (H to Cf without a few actinides), from pymatgen's
 * atomic_scattering_params.json (MIT).
 */
public final class XrayFormFactors {
    /** The Mott–Bethe constant of the fit, in electrons·Å². */
    public static final double MOTT_BETHE = 41.78214;

    /** Per atomic number: {a1, b1, a2, b2, a3, b3, a4, b4}, or null. */
    private static final double[][] COEFFS = load();

    private XrayFormFactors() {
    }

    /** True if the table has parameters for the element. */
    public static boolean has(Element element) {
        return element.z() < COEFFS.length && COEFFS[element.z()] != null;
    }

    /**
     * The form factor in electrons at s = sin θ / λ (Å⁻¹).
     *
     * @throws IllegalArgumentException if the table has no parameters for the element
     */
    public static double f(Element element, double s) {
        return f(element.z(), coefficients(element), s * s);
    }

    /** The parameters {a1, b1, ..., a4, b4} of an element; throws if there are none. */
    static double[] coefficients(Element element) {
        if (!has(element)) {
            throw new IllegalArgumentException("no X-ray scattering factors for " + element.symbol()
                    + " (the table covers " + count() + " elements)");
        }
        return COEFFS[element.z()];
    }

    /** f at s² for atomic number z and parameters c = {a1, b1, ..., a4, b4}. */
    static double f(int z, double[] c, double s2) {
        double sum = c[0] * Math.exp(-c[1] * s2) + c[2] * Math.exp(-c[3] * s2);
        sum = sum + c[4] * Math.exp(-c[5] * s2);
        sum = sum + c[6] * Math.exp(-c[7] * s2);
        return z - MOTT_BETHE * s2 * sum;
    }

    private static int count() {
        int n = 0;
        for (double[] c : COEFFS) {
            n += c == null ? 0 : 1;
        }
        return n;
    }

    private static double[][] load() {
        double[][] table = new double[120][];
        try {
            JsonNode root = new ObjectMapper().readTree(BundledData.text(XrayFormFactors.class, "pymatgen_atomic_scattering_params.json"));
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                double[] c = new double[8];
                for (int i = 0; i < 4; i++) {
                    c[2 * i] = e.getValue().get(i).get(0).asDouble();
                    c[2 * i + 1] = e.getValue().get(i).get(1).asDouble();
                }
                table[PeriodicTable.bySymbol(e.getKey()).z()] = c;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return table;
    }
}
