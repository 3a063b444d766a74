package org.matinf.samples;

/**
 * What the tests demand of the bundled model ni-ebsd-64 on freshly generated patterns. Measured
 * with org.matinf.bench.CnnAccuracyBench on 1000 held-out patterns (README, "The bundled model");
 * the limits leave room for the smaller test sets.
 */
final class BundledModelLimits {
    /** Median disorientation (degrees) on noisy patterns (dose 500, background 0.2, blur 0.5, gain ±10 %). */
    static final double NOISY_MEDIAN_DEG = 1.6;
    /** Median disorientation (degrees) on noise-free patterns (Generate Diffraction Dataset's defaults). */
    static final double CLEAN_MEDIAN_DEG = 2.1;
    /** The goal for the median disorientation (degrees), asserted on the example macro's 100 patterns. */
    static final double GOAL_MEDIAN_DEG = 2.0;

    private BundledModelLimits() {
    }
}
