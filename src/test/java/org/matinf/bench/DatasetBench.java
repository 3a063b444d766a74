package org.matinf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.PatternJitter;
import org.matinf.core.dataset.PatternSource;
import org.matinf.core.dataset.Realism;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.ProgressListener;

/**
 * Benchmark of the dataset generator without a simulator: a trivial source (a fixed 64 × 64
 * pattern, copied) so that the figures are the cost of sampling, realism, scaling and writing.
 * Prints "case,seconds,patterns_per_second" for 20 000 patterns (median of 3 runs after a warm-up, each into a new folder)
 * on all processors. Not a test: {@code java -cp ... org.matinf.bench.DatasetBench [n]}.
 */
public final class DatasetBench {
    private static final int SIZE = 64;

    private DatasetBench() {
    }

    /** A fixed pattern: a bright disc on a floor, returned as a copy. */
    static final class FixedPattern implements PatternSource {
        private final float[] pixels = new float[SIZE * SIZE];

        FixedPattern() {
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    double r = Math.hypot(x - 31.5, y - 31.5);
                    pixels[y * SIZE + x] = r < 10 ? 1f : 0.1f;
                }
            }
        }

        @Override
        public GrayImage render(Orientation orientation, PatternJitter jitter) {
            return new GrayImage(SIZE, SIZE, pixels.clone(), ImageCalibration.NONE);
        }

        @Override
        public int size() {
            return SIZE;
        }

        @Override
        public String kind() {
            return "bench";
        }
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Realism full = Realism.builder().dose(500).readNoise(0.02).background(0.3).blur(1.0).gainJitter(0.1).gammaJitter(0.1)
                .pcJitter(0.01).build();
        Realism noiseOnly = Realism.builder().dose(500).readNoise(0.02).build();
        run("no_realism_8bit", n, Realism.NONE, 8);
        run("shot_and_read_noise_8bit", n, noiseOnly, 8);
        run("all_realism_8bit", n, full, 8);
        run("all_realism_32bit", n, full, 32);
        System.err.println("processors: " + Runtime.getRuntime().availableProcessors());
    }

    private static void run(String name, int n, Realism realism, int bits) throws IOException {
        Path dir = Files.createTempDirectory("matinf-dataset-bench");
        int[] runs = {0};
        try {
            double median = StructureBench.time(1, 3, () -> {
                int run = runs[0]++;
                try {
                    // a new seed and folder per run, so that nothing is reused
                    return DiffractionDataset.builder(new FixedPattern()).count(n).seed(run).realism(realism).bits(bits).build()
                            .write(dir.resolve("run" + run), ProgressListener.NONE).count();
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            System.out.println(String.format(Locale.ROOT, "dataset_%s_%dx%d,%.4f,%.0f", name, SIZE, SIZE, median, n / median));
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
