package org.matinf.fiji.diffraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.matinf.core.diffraction.PowderPatternIO;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.core.diffraction.PowderProfileBuilder;
import org.matinf.core.diffraction.Wavelengths;
import org.matinf.core.diffraction.XrdCalculator;
import org.matinf.core.diffraction.XrdPattern;
import org.matinf.core.io.StructureIO;

/**
 * The synthetic "measured" scan shipped as {@code sample-images/diffraction/Si_synthetic_CuKa1.xy}
 * for the example macros: diamond Si (sample-images/structures/dans_diffraction/Silicon.cif) at Cu
 * Kα1, pseudo-Voigt lines (FWHM 0.08°, η = 0.5) of area {@link #SCALE} × stick intensity, on the
 * background {@link #background}, with Poisson counting noise from a seeded generator; 2θ 10–90° in
 * steps of 0.02°. {@code main} writes the file; a test checks that the shipped file is exactly this.
 */
final class SyntheticScan {
    /** Where the scan ships, relative to the project. */
    static final Path FILE = Path.of("sample-images", "diffraction", "Si_synthetic_CuKa1.xy");
    /** The structure it is made from, relative to the project. */
    static final Path STRUCTURE = Path.of("sample-images", "structures", "dans_diffraction", "Silicon.cif");
    /** Area of a line per unit of stick intensity (strongest stick = 100). */
    static final double SCALE = 10;
    static final double FWHM = 0.08;
    static final double ETA = 0.5;
    static final long SEED = 20240611L;

    private SyntheticScan() {
    }

    /** The smooth background in counts at 2θ (degrees). */
    static double background(double twoTheta) {
        return 150 + 6000 / twoTheta;
    }

    /** The wavelength, Cu Kα1 in Å. */
    static double wavelength() {
        return Wavelengths.line("CuKa1");
    }

    /** 2θ from 10° to 90° in steps of 0.02°, rounded to the step (so the file holds "10.04", not "10.040000000000001"). */
    static double[] grid() {
        double[] x = new double[4001];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.round(1000 + 2.0 * i) / 100.0;
        }
        return x;
    }

    /** The noise-free profile (lines plus background). */
    static PowderProfile expected() {
        XrdPattern sticks = XrdCalculator.builder().wavelength(wavelength()).twoThetaRange(8, 92).build()
                .calculate(StructureIO.read(STRUCTURE));
        PowderProfile lines = new PowderProfileBuilder().profile(XrdSettings.profile("pseudo-voigt", FWHM, 0, 0, ETA, 0))
                .grid(grid()).scale(SCALE).build(sticks);
        double[] y = lines.intensity();
        for (int i = 0; i < y.length; i++) {
            y[i] += background(lines.twoTheta(i));
        }
        return lines.withIntensity("Si synthetic", y);
    }

    /** The scan: the expected counts with Poisson noise, as .xy text. */
    static String text() {
        PowderProfile p = expected();
        Well19937c random = new Well19937c(SEED);
        double[] counts = new double[p.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new PoissonDistribution(random, p.intensity(i), PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
        }
        PowderProfile scan = new PowderProfile("Si synthetic scan (MatInf, Poisson noise; not a measurement)",
                p.twoTheta(), counts, wavelength());
        return PowderPatternIO.toXy(scan);
    }

    /** Writes the sample file; run from the project folder. */
    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, text(), StandardCharsets.UTF_8);
    }
}
