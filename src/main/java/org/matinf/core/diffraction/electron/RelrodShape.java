package org.matinf.core.diffraction.electron;

/**
 * How the intensity of a reflection falls off with the excitation error s for a specimen plate of
 * thickness t (the "relrod" of kinematic theory). Both shapes are 1 at s = 0 and have the integral
 * 1/t over s, so thicker plates give narrower relrods.
 */
public enum RelrodShape {
    /**
     * The kinematic interference function of a plate, divided by t²: [sin(π t s) / (π t s)]². It has
     * zeros at s = n / t.
     */
    SINC {
        @Override
        public double factor(double s, double thickness) {
            double x = Math.PI * thickness * s;
            if (Math.abs(x) < 1e-8) {
                return 1.0;
            }
            double r = Math.sin(x) / x;
            return r * r;
        }
    },
    /**
     * A Gaussian of the same height and integral, exp(−π t² s²), without the subsidiary maxima and
     * zeros of the sinc² (a plate of varying thickness, or a small beam convergence, smears them out).
     */
    GAUSSIAN {
        @Override
        public double factor(double s, double thickness) {
            double x = thickness * s;
            return Math.exp(-Math.PI * x * x);
        }
    };

    /**
     * The shape factor at excitation error {@code s} (1/Å) for thickness {@code thickness} (Å); 1 for
     * every s when the thickness is 0 (no relrod shape; only the excitation-error cut-off applies).
     */
    public abstract double factor(double s, double thickness);

    /** Parses "sinc" or "gaussian" (case-insensitive). */
    public static RelrodShape parse(String name) {
        for (RelrodShape shape : values()) {
            if (shape.name().equalsIgnoreCase(name.trim())) {
                return shape;
            }
        }
        throw new IllegalArgumentException("unknown relrod shape '" + name + "' (use sinc or gaussian)");
    }
}
