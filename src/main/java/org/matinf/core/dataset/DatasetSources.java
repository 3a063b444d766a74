package org.matinf.core.dataset;

import java.util.Locale;
import org.matinf.core.structure.Structure;

/**
 * Where a dataset's simulator and orientation sampler come from, by the names the user types:
 * type "spot" (TEM spot patterns) or "ebsd" (EBSD Kikuchi patterns), sampling "uniform" or
 * "fundamental-zone".
 */
public final class DatasetSources {
    /** The pattern types, as typed. */
    public static final String SPOT = "spot";
    public static final String EBSD = "ebsd";
    /** The samplings, as typed. */
    public static final String UNIFORM = "uniform";
    public static final String FUNDAMENTAL_ZONE = "fundamental-zone";

    private DatasetSources() {
    }

    /**
     * The simulator of {@code type} for a structure.
     *
     * @throws IllegalArgumentException for an unknown type, or one whose simulator is not available yet
     */
    public static PatternSource forType(String type, Structure structure, SourceSettings settings) {
        String t = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case SPOT:
                // wire the TEM spot-pattern renderer here (SpotPatternCalculator + SpotPatternRenderer)
                throw notYet("spot patterns (type=spot)");
            case EBSD:
                // wire the EBSD Kikuchi simulator here (KikuchiPatternSimulator)
                throw notYet("EBSD patterns (type=ebsd)");
            default:
                throw new IllegalArgumentException("type must be spot or ebsd, got '" + type + "'");
        }
    }

    /**
     * The orientation sampler named {@code sampling} for a structure.
     *
     * @throws IllegalArgumentException for an unknown sampling, or one that is not available yet
     */
    public static OrientationSampler sampler(String sampling, Structure structure) {
        String s = sampling == null ? "" : sampling.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case UNIFORM:
                return new UniformOrientations();
            case FUNDAMENTAL_ZONE:
                // wire the orientation package's fundamental-zone sampler (Laue group of the structure) here
                throw notYet("fundamental-zone sampling");
            default:
                throw new IllegalArgumentException("sampling must be uniform or fundamental-zone, got '" + sampling + "'");
        }
    }

    private static IllegalArgumentException notYet(String what) {
        return new IllegalArgumentException(what + " not available yet in this MatInf build");
    }
}
