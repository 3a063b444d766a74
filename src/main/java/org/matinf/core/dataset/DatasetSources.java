package org.matinf.core.dataset;

import java.util.Locale;
import org.matinf.core.orientation.CrystalSymmetry;
import org.matinf.core.progress.ProgressListener;
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
     * @throws IllegalArgumentException for an unknown type
     */
    public static PatternSource forType(String type, Structure structure, SourceSettings settings) {
        return forType(type, structure, settings, ProgressListener.NONE);
    }

    /**
     * The simulator of {@code type} for a structure, reporting the build of an EBSD master pattern
     * to {@code progress}.
     *
     * @throws IllegalArgumentException for an unknown type
     */
    public static PatternSource forType(String type, Structure structure, SourceSettings settings, ProgressListener progress) {
        String t = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case SPOT:
                return new SpotPatternSource(structure, settings);
            case EBSD:
                return new KikuchiPatternSource(structure, settings, progress);
            default:
                throw new IllegalArgumentException("type must be spot or ebsd, got '" + type + "'");
        }
    }

    /**
     * The orientation sampler named {@code sampling} for a structure.
     *
     * @throws IllegalArgumentException for an unknown sampling
     */
    public static OrientationSampler sampler(String sampling, Structure structure) {
        String s = sampling == null ? "" : sampling.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case UNIFORM:
                return new UniformSampler();
            case FUNDAMENTAL_ZONE:
                return new FundamentalZoneOrientations(CrystalSymmetry.laueGroup(structure));
            default:
                throw new IllegalArgumentException("sampling must be uniform or fundamental-zone, got '" + sampling + "'");
        }
    }
}
