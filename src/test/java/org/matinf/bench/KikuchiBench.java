package org.matinf.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.matinf.core.diffraction.ebsd.EbsdDetector;
import org.matinf.core.diffraction.ebsd.KikuchiMasterPattern;
import org.matinf.core.diffraction.ebsd.KikuchiPatternSimulator;
import org.matinf.core.diffraction.ebsd.KikuchiReflectors;
import org.matinf.core.io.StructureIO;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.structure.Structure;

/**
 * Benchmark of the kinematic EBSD simulation for fcc Ni at 20 kV (d ≥ 0.5 Å): the master pattern
 * build (501 × 501 points per hemisphere, on 1 and 2 threads) and, once it is built, 1000 random
 * orientations' 80 × 80 patterns (PC 0.5, 0.5, 0.5, sample tilt 70°; one thread reusing the output
 * array, and the two-thread batch method). The case names are those of bin/bench's kikuchipy side
 * (src/test/resources/bench/ebsd_bench.py), which times the same sizes. Prints "case,seconds"
 * lines (medians after warm-up) and a summary on standard error. Not a test: run with
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.matinf.bench.KikuchiBench [structures]}.
 */
public final class KikuchiBench {
    private static final int PATTERNS = 1000;

    private KikuchiBench() {
    }

    public static void main(String[] args) {
        Path lib = Path.of(args.length > 0 ? args[0] : "../shared/data/structures");
        Structure ni = StructureIO.read(lib.resolve("elements_cod/Ni.cif"));
        KikuchiReflectors reflectors = KikuchiReflectors.of(ni, 20);
        double build1 = StructureBench.time(1, 3, () -> KikuchiMasterPattern.builder(reflectors).threads(1).build().resolution());
        double build2 = StructureBench.time(1, 3, () -> KikuchiMasterPattern.builder(reflectors).threads(2).build().resolution());
        report("kikuchi_master_Ni_501_1_thread", build1);
        report("kikuchi_master_Ni_501_2_threads", build2);
        KikuchiMasterPattern master = KikuchiMasterPattern.builder(reflectors).build();
        KikuchiPatternSimulator sim = new KikuchiPatternSimulator(master, EbsdDetector.builder().size(80, 80).build());
        Random rnd = new Random(42);
        List<Orientation> orientations = new ArrayList<>();
        for (int i = 0; i < PATTERNS; i++) {
            orientations.add(Orientation.fromBunge(360 * rnd.nextDouble(),
                    Math.toDegrees(Math.acos(2 * rnd.nextDouble() - 1)), 360 * rnd.nextDouble()));
        }
        float[] out = new float[80 * 80];
        double single = StructureBench.time(2, 5, () -> {
            for (Orientation o : orientations) {
                sim.simulate(o, out);
            }
            return (int) out[0];
        });
        double batch = StructureBench.time(2, 5, () -> sim.simulate(orientations, 2, null).size());
        report("kikuchi_" + PATTERNS + "_patterns_80x80_1_thread", single);
        report("kikuchi_" + PATTERNS + "_patterns_80x80_2_threads", batch);
        System.err.println(String.format(Locale.ROOT,
                "MatInf Kikuchi (Ni, 20 kV, %d reflectors): master 501x501x2 in %.3f s (1 thread), %.3f s (2 threads); "
                        + "80x80 patterns: %.0f/s (1 thread), %.0f/s (2 threads)",
                reflectors.size(), build1, build2, PATTERNS / single, PATTERNS / batch));
    }

    private static void report(String name, double seconds) {
        System.out.println(String.format(Locale.ROOT, "%s,%.6g", name, seconds));
    }
}
