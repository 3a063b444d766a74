package org.matinf.core.optimize.gp;

import java.util.Arrays;
import java.util.Locale;

/**
 * Kernels by name, as the Fit Gaussian Process command builds them: {@code C(1) * base(1)}, and
 * {@code + White(1)} when the name ends with {@code +White} (all hyperparameters start at 1 and
 * are optimised within 10⁻⁵ … 10⁵).
 */
public final class Kernels {
    /** The base kernels by name. */
    public static final String[] NAMES = {"RBF", "Matern12", "Matern32", "Matern52", "RationalQuadratic", "DotProduct"};

    private Kernels() {
    }

    /**
     * @param name one of {@link #NAMES}, optionally followed by {@code +White} (case-insensitive)
     * @param features number of features
     * @param ard one length scale per feature (RBF and Matérn only)
     */
    public static Kernel parse(String name, int features, boolean ard) {
        String s = name == null ? "" : name.replace(" ", "");
        boolean white = s.toLowerCase(Locale.ROOT).endsWith("+white");
        if (white) {
            s = s.substring(0, s.length() - "+white".length());
        }
        double[] scales = new double[ard ? features : 1];
        Arrays.fill(scales, 1.0);
        String key = s.toLowerCase(Locale.ROOT);
        if (ard && (key.equals("rationalquadratic") || key.equals("dotproduct"))) {
            throw new IllegalArgumentException("ARD length scales need the RBF or a Matern kernel, not " + s);
        }
        Kernel base = switch (s.toLowerCase(Locale.ROOT)) {
            case "rbf" -> new RbfKernel(scales);
            case "matern12" -> new MaternKernel(0.5, scales);
            case "matern32" -> new MaternKernel(1.5, scales);
            case "matern52" -> new MaternKernel(2.5, scales);
            case "rationalquadratic" -> new RationalQuadraticKernel(1, 1);
            case "dotproduct" -> new DotProductKernel(1);
            default -> throw new IllegalArgumentException("unknown kernel '" + name + "': use one of "
                    + String.join(", ", NAMES) + ", optionally with +White");
        };
        Kernel k = new ConstantKernel(1).times(base);
        return white ? k.plus(new WhiteKernel(1)) : k;
    }
}
