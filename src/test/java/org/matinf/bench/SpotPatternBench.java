package org.matinf.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.matinf.core.diffraction.electron.DiffractionSpot;
import org.matinf.core.diffraction.electron.ReflectionSet;
import org.matinf.core.diffraction.electron.SpotPatternCalculator;
import org.matinf.core.diffraction.electron.SpotPatternRenderer;
import org.matinf.core.diffraction.electron.ZoneAxis;
import org.matinf.core.io.StructureIO;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.structure.Structure;

/**
 * Benchmark of the kinematic SAED spot patterns, on Al, Si and LiFePO4 of the shared library:
 * <ul>
 *   <li>{@code saed_128px_<name>}: seconds per 128×128 pattern image (spots of a random orientation
 *       with the default Ewald settings, g_max 1.5 1/Å, rendered with σ = 1.5 px into a reused
 *       buffer), the reflections built once beforehand; on one thread and on two
 *       ({@code _2threads}, patterns split between two threads with their own buffers);</li>
 *   <li>{@code saed_zone_pattern_<name>}: seconds for one zone-axis pattern from the structure, as
 *       pymatgen's TEMCalculator.get_pattern does it (pymatgen-compatible mode, [0 0 1], reflections
 *       of the zone built in the call, |g| up to |g(11 11 0)|: a disc holding all the spots of
 *       pymatgen's index square -10..11, so more spots than pymatgen computes).</li>
 * </ul>
 * Prints "case,seconds" (median of repeated runs after warm-up) and patterns per second on
 * standard error. {@code bin/bench} runs it beside tem_bench.py (pymatgen). Not a test.
 */
public final class SpotPatternBench {
    private static final int PATTERNS = 2000;
    private static final int SIZE = 128;

    private SpotPatternBench() {
    }

    public static void main(String[] args) throws Exception {
        Path lib = Path.of(args.length > 0 ? args[0] : "../shared/data/structures");
        String[][] cases = {{"Al", "elements_cod/Al.cif"}, {"Si", "elements_cod/Si.cif"}, {"LiFePO4", "pymatgen/LiFePO4_P1.cif"}};
        SpotPatternCalculator calc = SpotPatternCalculator.standard();
        SpotPatternRenderer renderer = new SpotPatternRenderer(SIZE, SpotPatternRenderer.pixelSizeToFit(calc.gMax(), SIZE), 1.5, true,
                SpotPatternRenderer.Scale.SQRT);
        Orientation[] orientations = randomOrientations(PATTERNS, 11);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String[] c : cases) {
                Structure s = StructureIO.read(lib.resolve(c[1]));
                long t0 = System.nanoTime();
                ReflectionSet set = calc.reflections(s);
                double build = (System.nanoTime() - t0) / 1e9;
                float[] buffer = new float[SIZE * SIZE];
                double one = StructureBench.time(3, 9, () -> render(calc, renderer, set, orientations, 0, PATTERNS, buffer)) / PATTERNS;
                double two = StructureBench.time(3, 9, () -> inTwo(pool, calc, renderer, set, orientations)) / PATTERNS;
                report("saed_128px_" + c[0], one);
                report("saed_128px_" + c[0] + "_2threads", two);
                int spots = 0;
                for (Orientation o : orientations) {
                    spots += calc.calculate(set, o).size();
                }
                System.err.println(String.format(Locale.ROOT,
                        "MatInf SAED %s: %d reflections (|g| <= %.2f 1/Å) cached in %.3f s; %.0f patterns/s (128x128, 1 thread), "
                                + "%.0f patterns/s (2 threads); %.1f spots per pattern",
                        c[0], set.size(), calc.gMax(), build, 1 / one, 1 / two, spots / (double) PATTERNS));
                // pymatgen enumerates h, k, l in -10..11, i.e. for [0 0 1] the square up to (11 11 0): the disc through
                // that corner holds all of its spots (and more).
                double gMax = 1 / s.lattice().dSpacing(11, 11, 0);
                SpotPatternCalculator pm = SpotPatternCalculator.pymatgenCompatibleBuilder().maxG(gMax).build();
                ZoneAxis zone = new ZoneAxis(0, 0, 1);
                double zonePattern = StructureBench.time(30, 41, () -> pm.calculate(s, zone).size());
                report("saed_zone_pattern_" + c[0], zonePattern);
                System.err.println(String.format(Locale.ROOT, "MatInf SAED %s [0 0 1] pymatgen-compatible from the structure: %.1f patterns/s (%d spots)",
                        c[0], 1 / zonePattern, pm.calculate(s, zone).size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int render(SpotPatternCalculator calc, SpotPatternRenderer renderer, ReflectionSet set, Orientation[] orientations,
            int from, int to, float[] buffer) {
        int n = 0;
        for (int i = from; i < to; i++) {
            List<DiffractionSpot> spots = calc.calculate(set, orientations[i]);
            n += spots.size() + (renderer.render(spots, buffer).pixels()[0] > 0 ? 1 : 0);
        }
        return n;
    }

    private static int inTwo(ExecutorService pool, SpotPatternCalculator calc, SpotPatternRenderer renderer, ReflectionSet set,
            Orientation[] orientations) {
        List<Future<Integer>> parts = new ArrayList<>();
        int half = orientations.length / 2;
        parts.add(pool.submit(() -> render(calc, renderer, set, orientations, 0, half, new float[SIZE * SIZE])));
        parts.add(pool.submit(() -> render(calc, renderer, set, orientations, half, orientations.length, new float[SIZE * SIZE])));
        int n = 0;
        try {
            for (Future<Integer> f : parts) {
                n += f.get();
            }
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        return n;
    }

    /** Orientations uniform in SO(3) (Shoemake's method), seeded. */
    static Orientation[] randomOrientations(int n, long seed) {
        Random r = new Random(seed);
        Orientation[] out = new Orientation[n];
        for (int i = 0; i < n; i++) {
            double u1 = r.nextDouble();
            double u2 = 2 * Math.PI * r.nextDouble();
            double u3 = 2 * Math.PI * r.nextDouble();
            double a = Math.sqrt(1 - u1);
            double b = Math.sqrt(u1);
            out[i] = Orientation.fromQuaternion(a * Math.sin(u2), a * Math.cos(u2), b * Math.sin(u3), b * Math.cos(u3));
        }
        return out;
    }

    private static void report(String name, double seconds) {
        System.out.println(String.format(Locale.ROOT, "%s,%.6g", name, seconds));
    }
}
