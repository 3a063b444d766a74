package org.matinf.core.diffraction.electron;

/**
 * The relativistic de Broglie wavelength of electrons accelerated through a potential:
 * λ = h / √(2 m₀ e V (1 + e V / (2 m₀ c²))). CODATA 2018 constants.
 */
public final class ElectronWavelength {
    private static final double H = 6.62607015e-34;
    private static final double M0 = 9.1093837015e-31;
    private static final double E = 1.602176634e-19;
    private static final double C = 299792458.0;

    private ElectronWavelength() {
    }

    /**
     * The wavelength in Å at an accelerating voltage in kV.
     *
     * @throws IllegalArgumentException if the voltage is not a positive finite number
     */
    public static double angstrom(double kilovolts) {
        if (!(kilovolts > 0) || Double.isInfinite(kilovolts)) {
            throw new IllegalArgumentException("accelerating voltage must be a positive number of kV, got " + kilovolts);
        }
        double ev = E * kilovolts * 1000.0;
        double momentum = Math.sqrt(2 * M0 * ev * (1 + ev / (2 * M0 * C * C)));
        return H / momentum * 1e10;
    }

    /** The relativistic mass ratio γ = 1 + e V / (m₀ c²). */
    public static double gamma(double kilovolts) {
        return 1 + E * kilovolts * 1000.0 / (M0 * C * C);
    }
}
