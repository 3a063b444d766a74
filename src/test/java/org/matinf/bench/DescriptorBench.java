package org.matinf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.matinf.core.descriptors.CompositionDescriptors;
import org.matinf.core.descriptors.DescriptorTable;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.table.DataTable;

/**
 * Throughput of composition descriptors on the 4604 formulas of matbench_expt_gap (../shared/data):
 * formula parsing + the Magpie preset (compositions/s, median of 7 runs after warm-up, one thread),
 * the same for all presets, and the whole CSV-to-CSV command path. The NumPy re-implementation in
 * src/test/resources/reference/descriptors/make_descriptor_reference.py prints its own Magpie
 * throughput for the ratio (matminer itself is not installed here). Prints "case,value" lines. Not a test.
 */
public final class DescriptorBench {
    private DescriptorBench() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args.length > 0 ? args[0] : "../shared/data/datasets/matbench_expt_gap_crabnet.csv");
        String[] formulas = DataTable.read(input).texts("formula");
        for (String preset : new String[] {"magpie", "all"}) {
            CompositionDescriptors d = CompositionDescriptors.of(preset);
            double[] times = new double[7];
            for (int warm = 0; warm < 3; warm++) {
                run(d, formulas);
            }
            for (int k = 0; k < times.length; k++) {
                times[k] = run(d, formulas);
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%s compositions/s,%.0f%n", preset, formulas.length / times[times.length / 2]);
        }
        Path out = Files.createTempFile("descriptors", ".csv");
        DescriptorTable.Summary s = DescriptorTable.featurize(input, "formula", CompositionDescriptors.of("magpie"),
                DescriptorTable.OnError.FAIL, out, ProgressListener.NONE);
        System.out.printf(Locale.ROOT, "magpie CSV to CSV seconds,%.3f%n", s.seconds());
        Files.deleteIfExists(out);
    }

    private static double run(CompositionDescriptors d, String[] formulas) {
        long t = System.nanoTime();
        double sink = 0;
        for (String f : formulas) {
            sink += d.compute(f)[3];
        }
        if (Double.isNaN(sink)) {
            System.err.println("NaN");
        }
        return (System.nanoTime() - t) * 1e-9;
    }
}
