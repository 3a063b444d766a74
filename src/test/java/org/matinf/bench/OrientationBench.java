package org.matinf.bench;

import java.util.List;
import java.util.Locale;
import org.matinf.core.orientation.IpfColourKey;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Misorientation;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.orientation.UniformOrientations;

/**
 * Benchmark of the orientation mathematics on 100 000 random m-3m pairs (seed 1): full
 * disorientations (angle and axis in the standard triangle), disorientation angles alone, and IPF-Z
 * colours. Prints "case,seconds" lines (median of repeated runs after warm-up) and, on standard
 * error, the rates. Not a test: run with
 * {@code java -cp target/classes:target/test-classes org.matinf.bench.OrientationBench}.
 */
public final class OrientationBench {
    private static final int PAIRS = 100_000;

    private OrientationBench() {
    }

    public static void main(String[] args) {
        UniformOrientations random = new UniformOrientations(1);
        List<Orientation> a = random.next(PAIRS);
        List<Orientation> b = random.next(PAIRS);
        LaueGroup cubic = LaueGroup.M_BAR_3_M;
        double full = StructureBench.time(5, 9, () -> {
            double sum = 0;
            for (int i = 0; i < PAIRS; i++) {
                sum += Misorientation.disorientation(a.get(i), b.get(i), cubic).angle();
            }
            return (int) sum;
        });
        double angle = StructureBench.time(5, 9, () -> {
            double sum = 0;
            for (int i = 0; i < PAIRS; i++) {
                sum += Misorientation.disorientationAngle(a.get(i), b.get(i), cubic);
            }
            return (int) sum;
        });
        IpfColourKey key = new IpfColourKey(cubic);
        double[] z = IpfColourKey.sampleDirection("z");
        double ipf = StructureBench.time(5, 9, () -> {
            int x = 0;
            for (int i = 0; i < PAIRS; i++) {
                x ^= key.rgb(a.get(i), z);
            }
            return x;
        });
        System.out.println(String.format(Locale.ROOT, "disorientation_m3m_100k,%.6g", full));
        System.out.println(String.format(Locale.ROOT, "disorientation_angle_m3m_100k,%.6g", angle));
        System.out.println(String.format(Locale.ROOT, "ipf_colour_m3m_100k,%.6g", ipf));
        System.err.println(String.format(Locale.ROOT, "m-3m: %.3g disorientations/s (angle and axis), %.3g disorientation angles/s, "
                + "%.3g IPF colours/s", PAIRS / full, PAIRS / angle, PAIRS / ipf));
    }
}
