package org.matinf.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.matinf.core.dataset.Realism;
import org.matinf.core.dataset.RealismApplier;
import org.matinf.core.diffraction.ebsd.DictionaryIndexer;
import org.matinf.core.diffraction.ebsd.DictionaryMatch;
import org.matinf.core.diffraction.ebsd.EbsdDetector;
import org.matinf.core.diffraction.ebsd.KikuchiMasterPattern;
import org.matinf.core.diffraction.ebsd.KikuchiPatternSimulator;
import org.matinf.core.diffraction.ebsd.KikuchiReflectors;
import org.matinf.core.diffraction.ebsd.OrientationDictionary;
import org.matinf.core.image.GrayImage;
import org.matinf.core.io.StructureIO;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.orientation.UniformOrientations;

/**
 * Benchmark of EBSD dictionary indexing for fcc Ni at 20 kV: 60 × 60 patterns (PC 0.5, 0.5, 0.5,
 * tilt 70°), master pattern 501 points per hemisphere side, a 3° dictionary over the m-3m
 * fundamental zone (22,919 orientations stored 30 × 30) built on the available processors; then
 * 200 random orientations' patterns with realism noise (shot noise at 100 counts, 2 % read noise,
 * 30 % background, blur 0.8 px, gain ±10 %, gamma ±0.15) indexed with and without refinement.
 * Prints "case,value" lines and a summary on standard error. Not a test: run with
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.matinf.bench.DictionaryBench [structures]}.
 */
public final class DictionaryBench {
    private static final int PATTERNS = 200;

    private DictionaryBench() {
    }

    public static void main(String[] args) {
        Path lib = Path.of(args.length > 0 ? args[0] : "../shared/data/structures");
        KikuchiMasterPattern master = KikuchiMasterPattern.builder(KikuchiReflectors.of(StructureIO.read(lib.resolve("elements_cod/Ni.cif")), 20))
                .build();
        KikuchiPatternSimulator sim = new KikuchiPatternSimulator(master, EbsdDetector.builder().size(60, 60).build());
        long t0 = System.nanoTime();
        OrientationDictionary dictionary = OrientationDictionary.builder(sim, LaueGroup.M_BAR_3_M).step(3).build();
        double build = (System.nanoTime() - t0) / 1e9;
        List<Orientation> truth = new UniformOrientations(2024).next(PATTERNS);
        RealismApplier realism = new RealismApplier(Realism.builder().dose(100).readNoise(0.02).background(0.3).blur(0.8)
                .gainJitter(0.1).gammaJitter(0.15).build());
        SplittableRandom rng = new SplittableRandom(1);
        List<GrayImage> patterns = new ArrayList<>();
        for (Orientation o : truth) {
            patterns.add(realism.apply(sim.simulate(o), realism.draw(rng)));
        }
        report("dictionary_Ni_3deg_60x60_build_s", build);
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "MatInf dictionary indexing (Ni, 20 kV, 60x60): %s built in %.1f s",
                dictionary, build));
        for (boolean refine : new boolean[] {false, true}) {
            DictionaryIndexer indexer = DictionaryIndexer.builder(dictionary).refine(refine).build();
            indexer.index(patterns.subList(0, 16), null); // warm-up
            long s = System.nanoTime();
            List<DictionaryMatch> matches = indexer.index(patterns, null);
            double rate = PATTERNS / ((System.nanoTime() - s) / 1e9);
            double[] e = new double[PATTERNS];
            for (int i = 0; i < PATTERNS; i++) {
                e[i] = Misorientation.disorientationAngle(truth.get(i), matches.get(i).orientation(), LaueGroup.M_BAR_3_M);
            }
            Arrays.sort(e);
            double median = (e[PATTERNS / 2 - 1] + e[PATTERNS / 2]) / 2;
            double mean = Arrays.stream(e).average().orElse(Double.NaN);
            long over2 = Arrays.stream(e).filter(x -> x > 2 * dictionary.step()).count();
            String name = refine ? "refined" : "unrefined";
            report("dictionary_" + name + "_patterns_per_s", rate);
            report("dictionary_" + name + "_median_deg", median);
            report("dictionary_" + name + "_mean_deg", mean);
            summary.append(String.format(Locale.ROOT, "; %s: %.1f patterns/s, disorientation median %.3f°, mean %.3f°, max %.2f°, %d above 2 steps",
                    name, rate, median, mean, e[PATTERNS - 1], over2));
        }
        System.err.println(summary);
    }

    private static void report(String name, double value) {
        System.out.println(String.format(Locale.ROOT, "%s,%.6g", name, value));
    }
}
