package org.matinf.core.diffraction.electron;

import java.util.List;
import org.matinf.core.BundledData;
import org.matinf.core.diffraction.XrayFormFactors;
import org.matinf.core.element.Element;

/**
 * Elastic electron scattering factors of the neutral atoms, f_e(s) in Å at s = sin θ / λ (Å⁻¹).
 * Oxidation states are ignored.
 */
public enum ElectronScattering {
    /**
     * Five-Gaussian fit of Peng, Ren, Dudarev and Whelan (1996), valid for 0 ≤ s ≤ 2 Å⁻¹; elements
     * H to Cf.
     */
    PENG {
        @Override
        public double f(Element element, double s) {
            double[] c = Peng.coefficients(element);
            double s2 = s * s;
            double sum = 0;
            for (int i = 0; i < 5; i++) {
                sum += c[i] * Math.exp(-c[5 + i] * s2);
            }
            return sum;
        }

        @Override
        public boolean has(Element element) {
            return Peng.has(element);
        }
    },
    /**
     * The X-ray form factor fit of pymatgen turned into electron factors by the Mott–Bethe formula
     * f_e = 0.023934 (Z − f_x) / s², as pymatgen's TEMCalculator does (finite at s = 0).
     */
    MOTT_BETHE {
        @Override
        public double f(Element element, double s) {
            double s2 = s * s;
            if (s2 < 1e-12) {
                s2 = 1e-12;
            }
            return MOTT_BETHE_PREFACTOR * (element.z() - XrayFormFactors.f(element, s)) / s2;
        }

        @Override
        public boolean has(Element element) {
            return XrayFormFactors.has(element);
        }
    };

    /** The Mott–Bethe prefactor m₀e²/(8π²ε₀h²) in Å⁻¹ as pymatgen's TEMCalculator writes it. */
    public static final double MOTT_BETHE_PREFACTOR = 0.023934;

    /**
     * The scattering factor in Å at s = sin θ / λ in Å⁻¹.
     *
     * @throws IllegalArgumentException if the table has no parameters for the element
     */
    public abstract double f(Element element, double s);

    /** True if the model has parameters for the element. */
    public abstract boolean has(Element element);

    /** Parses "peng" or "mott-bethe" (case-insensitive, '-' or '_'). */
    public static ElectronScattering parse(String name) {
        String key = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ElectronScattering model : values()) {
            if (model.name().equals(key)) {
                return model;
            }
        }
        throw new IllegalArgumentException("unknown electron scattering factors '" + name + "' (use peng or mott-bethe)");
    }

    /** The Peng table, loaded once. */
    private static final class Peng {
        private static final double[][] TABLE = load();

        static boolean has(Element element) {
            return element.z() < TABLE.length && TABLE[element.z()] != null;
        }

        static double[] coefficients(Element element) {
            if (!has(element)) {
                throw new IllegalArgumentException("no electron scattering factors (Peng 1996) for " + element.symbol());
            }
            return TABLE[element.z()];
        }

        private static double[][] load() {
            List<String[]> rows = BundledData.csvRows(ElectronScattering.class, "peng_electron.csv");
            double[][] table = new double[120][];
            for (String[] row : rows) {
                double[] c = new double[10];
                for (int i = 0; i < 10; i++) {
                    c[i] = Double.parseDouble(row[2 + i]);
                }
                table[Integer.parseInt(row[1])] = c;
            }
            return table;
        }
    }
}
