package org.matinf.core.diffraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * Synthetic measured patterns for tests: known pseudo-Voigt peaks (area, centre, FWHM, mixing)
 * on a known smooth background, with Poisson counting noise from a seeded generator.
 */
final class SyntheticPatterns {
    /** A peak with its integrated area (counts·degrees), centre and FWHM in degrees, Lorentzian fraction η. */
    record TruePeak(double centre, double area, double fwhm, double eta) {
        double value(double x) {
            double u = (x - centre) / fwhm;
            double g = 2 / fwhm * Math.sqrt(Math.log(2) / Math.PI) * Math.exp(-4 * Math.log(2) * u * u);
            double l = 2 / (Math.PI * fwhm) / (1 + 4 * u * u);
            return area * (eta * l + (1 - eta) * g);
        }

        double height() {
            return value(centre);
        }
    }

    private final List<TruePeak> peaks = new ArrayList<>();
    private DoubleUnaryOperator background = x -> 0;
    private double from = 10;
    private double to = 80;
    private double step = 0.02;

    SyntheticPatterns range(double start, double end, double stepSize) {
        this.from = start;
        this.to = end;
        this.step = stepSize;
        return this;
    }

    SyntheticPatterns background(DoubleUnaryOperator b) {
        this.background = b;
        return this;
    }

    /** Adds a Gaussian peak of the given height (counts) and FWHM. */
    SyntheticPatterns gaussian(double centre, double height, double fwhm) {
        return peak(centre, height, fwhm, 0);
    }

    /** Adds a pseudo-Voigt peak of the given height, FWHM and Lorentzian fraction. */
    SyntheticPatterns peak(double centre, double height, double fwhm, double eta) {
        double unitHeight = new TruePeak(centre, 1, fwhm, eta).height();
        peaks.add(new TruePeak(centre, height / unitHeight, fwhm, eta));
        return this;
    }

    List<TruePeak> peaks() {
        return List.copyOf(peaks);
    }

    double[] twoTheta() {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = from + i * step;
        }
        return x;
    }

    /** Background alone at the grid points. */
    double[] trueBackground() {
        double[] x = twoTheta();
        double[] b = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            b[i] = background.applyAsDouble(x[i]);
        }
        return b;
    }

    /** Noise-free intensities. */
    double[] expected() {
        double[] x = twoTheta();
        double[] y = trueBackground();
        for (int i = 0; i < x.length; i++) {
            for (TruePeak p : peaks) {
                y[i] += p.value(x[i]);
            }
        }
        return y;
    }

    /** The noise-free pattern, wavelength Cu Kα1. */
    PowderProfile exact() {
        return new PowderProfile("exact", twoTheta(), expected(), 1.5406);
    }

    /** The pattern with Poisson noise (seeded), wavelength Cu Kα1. */
    PowderProfile measure(long seed) {
        double[] y = expected();
        Well19937c rng = new Well19937c(seed);
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] <= 0 ? 0 : new PoissonDistribution(rng, y[i], 1e-12, 10_000_000).sample();
        }
        return new PowderProfile("synthetic", twoTheta(), y, 1.5406);
    }
}
