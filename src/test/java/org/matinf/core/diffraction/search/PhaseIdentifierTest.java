package org.matinf.core.diffraction.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.core.diffraction.ProfileModel;
import org.matinf.core.diffraction.StrainedPeaks;
import org.matinf.core.diffraction.XrdCalculator;
import org.matinf.core.diffraction.XrdPattern;
import org.matinf.core.diffraction.XrdPeak;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** Absolute intensities, lattice scale and zero shift, weight fractions and bad input of phase search. */
class PhaseIdentifierTest {
    private static final String SI = "elements_cod/Si.cif";
    private static final String NACL = "handmade/NaCl_B1_conv.vasp";
    private static final String CU = "elements_cod/Cu.cif";
    private static SyntheticMixtures library;

    @BeforeAll
    static void library() {
        library = SyntheticMixtures.sharedLibrary();
    }

    private static Candidate candidate(String file) {
        return library.candidates().stream().filter(c -> c.name().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void absoluteIntensitiesAreTheScaledOnesTimesOneFactorAndGrowWithTheCell() {
        Structure si = TestData.structure(SI);
        XrdCalculator calc = XrdCalculator.builder().wavelength(1.5406).twoThetaRange(10, 120).build();
        XrdPattern scaled = calc.calculate(si);
        XrdPattern absolute = calc.calculateAbsolute(si);
        assertEquals(scaled.size(), absolute.size());
        double factor = absolute.peaks().get(0).intensity() / scaled.peaks().get(0).intensity();
        for (int i = 0; i < scaled.size(); i++) {
            assertEquals(scaled.peaks().get(i).twoTheta(), absolute.peaks().get(i).twoTheta(), 0);
            assertEquals(scaled.peaks().get(i).intensity() * factor, absolute.peaks().get(i).intensity(),
                    1e-9 * absolute.peaks().get(i).intensity());
        }
        // Si (111): |F|² = 32 f² ... here only the scaling law is checked: a cell twice as large has
        // twice as many atoms in phase, so |F|² and every absolute intensity grow four times.
        XrdPattern doubled = calc.calculateAbsolute(si.supercell(2, 1, 1));
        XrdPeak strongest = absolute.peaks().stream().max((p, q) -> Double.compare(p.intensity(), q.intensity()))
                .orElseThrow();
        XrdPeak same = doubled.peaks().stream().filter(p -> Math.abs(p.twoTheta() - strongest.twoTheta()) < 1e-6)
                .findFirst().orElseThrow();
        assertEquals(4.0, same.intensity() / strongest.intensity(), 1e-6);
    }

    @Test
    void findsTheLatticeScaleAndZeroShiftOfAStrainedPattern() {
        Candidate si = candidate(SI);
        XrdPattern strained = StrainedPeaks.isotropic(SyntheticMixtures.sticks(si), 0.008);
        ProfileModel model = ProfileModel.defaults().withCaglioti(0.004, -0.001, 0.006);
        PowderProfile clean = SyntheticMixtures.draw(strained, model, 0.06, 1000);
        double[] y = clean.intensity();
        for (int i = 0; i < y.length; i++) {
            y[i] += 50;
        }
        PowderProfile measured = new PowderProfile("Si strained", clean.twoTheta(), y, SyntheticMixtures.WAVELENGTH);
        PhaseSearchResult r = PhaseIdentifier.withDefaults().identify(measured,
                List.of(candidate(NACL), candidate(CU), si));
        PhaseMatch best = r.best();
        System.out.println("strained Si: " + best + "; widths " + r.widths());
        assertEquals(SI, best.name());
        assertEquals(1.008, best.latticeScale(), 3e-4);
        assertEquals(0.06, best.zeroShift(), 0.02);
        assertTrue(best.figureOfMerit() > 0.97, "FOM " + best.figureOfMerit());
        assertTrue(r.ranking().get(1).figureOfMerit() < 0.5, "second " + r.ranking().get(1));
        assertEquals(1, r.mixture().size());
        assertEquals(1.0, r.mixture().phases().get(0).weightFraction(), 1e-12);
    }

    @Test
    void kAlpha2LinesAreMatchedWhenDeclared() {
        Candidate si = candidate(SI);
        PowderProfile clean = new org.matinf.core.diffraction.PowderProfileBuilder()
                .range(SyntheticMixtures.MIN, SyntheticMixtures.MAX, SyntheticMixtures.STEP).scale(1000)
                .kAlpha2(1.54439, 0.5).build(SyntheticMixtures.sticks(si));
        PowderProfile measured = new PowderProfile("Si doublets", clean.twoTheta(), clean.intensity(), 1.5406);
        List<Candidate> one = List.of(si);
        // the prepared (precalculated) candidate gives the same answer as the plain one
        List<Candidate> prepared = PhaseIdentifier.withDefaults().prepare(List.of(new Candidate("Si",
                si.structure())), 1.5406, SyntheticMixtures.MIN, SyntheticMixtures.MAX);
        double plain = PhaseIdentifier.withDefaults().identify(measured, one).best().figureOfMerit();
        double again = PhaseIdentifier.withDefaults().identify(measured, prepared).best().figureOfMerit();
        assertEquals(plain, again, 1e-12);
        double doublets = PhaseIdentifier.builder().kAlpha2(1.54439, 0.5).build().identify(measured, one).best()
                .figureOfMerit();
        System.out.println("Si with Kα2: FOM " + plain + " without, " + doublets + " with Kα2 lines");
        assertTrue(doublets > 0.97, "with Kα2: " + doublets);
        assertTrue(doublets > plain + 0.03, doublets + " vs " + plain);
    }

    @Test
    void recoversSeventyThirtySiliconAndSaltByWeight() {
        Candidate si = candidate(SI);
        Candidate nacl = candidate(NACL);
        for (long seed = 1; seed <= 3; seed++) {
            SyntheticMixtures.Sample s = SyntheticMixtures.sample(List.of(si, nacl), new double[] {0.7, 0.3},
                    new Random(seed));
            PhaseSearchResult r = PhaseIdentifier.withDefaults().identify(s.measured(), library.candidates());
            PhaseMixture m = r.mixture();
            System.out.println("70/30 Si + NaCl, seed " + seed + ": " + m.phases() + ", Rwp " + m.rwp());
            assertEquals(2, m.size(), m.phases().toString());
            double[] found = new double[2];
            for (PhaseShare share : m.phases()) {
                for (int i = 0; i < 2; i++) {
                    if (SyntheticMixtures.isRight(s, i, share.match())) {
                        found[i] = share.weightFraction();
                    }
                }
            }
            assertEquals(0.7, found[0], 0.03, m.phases().toString());
            assertEquals(0.3, found[1], 0.03, m.phases().toString());
        }
    }

    private static PowderProfile flatNoise(double wavelength) {
        Random random = new Random(5);
        double[] x = new double[2001];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 20 + 0.02 * i;
            y[i] = 200 + Math.sqrt(200) * random.nextGaussian();
        }
        return new PowderProfile("flat", x, y, wavelength);
    }

    private static PowderProfile silicon(double wavelength) {
        XrdPattern sticks = SyntheticMixtures.sticks(candidate(SI));
        PowderProfile p = SyntheticMixtures.draw(sticks, ProfileModel.defaults(), 0, 100);
        return new PowderProfile("Si", p.twoTheta(), p.intensity(), wavelength);
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        PhaseIdentifier id = PhaseIdentifier.withDefaults();
        List<Candidate> one = List.of(candidate(SI));
        String empty = assertThrows(IllegalArgumentException.class,
                () -> id.identify(silicon(1.5406), List.of())).getMessage();
        assertTrue(empty.contains("no candidate phases"), empty);

        String noPeaks = assertThrows(IllegalArgumentException.class,
                () -> id.identify(flatNoise(1.5406), one)).getMessage();
        assertTrue(noPeaks.contains("no diffraction peaks found in \"flat\""), noPeaks);

        String noWavelength = assertThrows(IllegalArgumentException.class,
                () -> id.identify(silicon(Double.NaN), one)).getMessage();
        assertTrue(noWavelength.contains("wavelength of \"Si\" is unknown"), noWavelength);
        PhaseSearchResult given = PhaseIdentifier.builder().wavelength("1.5406").build()
                .identify(silicon(Double.NaN), one);
        assertEquals(1.5406, given.wavelength(), 0);

        String outside = assertThrows(IllegalArgumentException.class, () -> PhaseIdentifier.builder()
                .twoThetaRange(100, 120).build().identify(silicon(1.5406), one)).getMessage();
        assertTrue(outside.contains("analysis range 2θ = 100.0 to 120.0° holds 0 of the measured points"),
                outside);
        assertTrue(outside.contains("2θ = 10.000 to 90.000°"), outside);

        // Si has no reflection below 2θ = 28° at Cu Kα: a peak measured at 15° matches nothing.
        double[] x = new double[501];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + 0.02 * i;
            y[i] = 100 + 5000 * Math.exp(-4 * Math.log(2) * Math.pow((x[i] - 15) / 0.1, 2));
        }
        PowderProfile lowAngle = new PowderProfile("low", x, y, 1.5406);
        String noLines = assertThrows(IllegalArgumentException.class, () -> id.identify(lowAngle, one)).getMessage();
        assertTrue(noLines.contains("none of the 1 candidates has a reflection between 2θ = 10.000 and 20.000°"),
                noLines);

        assertThrows(IllegalArgumentException.class, () -> PhaseIdentifier.builder().wavelength(-1));
        assertThrows(IllegalArgumentException.class, () -> PhaseIdentifier.builder().twoThetaRange(50, 40));
        assertThrows(IllegalArgumentException.class, () -> PhaseIdentifier.builder().maxPhases(0));
        assertThrows(IllegalArgumentException.class, () -> PhaseIdentifier.builder().latticeTolerance(-0.01));
    }
}
