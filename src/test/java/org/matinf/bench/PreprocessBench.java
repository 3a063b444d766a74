package org.matinf.bench;

import ij.plugin.filter.BackgroundSubtracter;
import ij.plugin.filter.GaussianBlur;
import ij.plugin.filter.RankFilters;
import ij.process.FloatProcessor;
import java.util.Locale;
import java.util.Random;
import org.matinf.core.image.GaussianFilter;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.image.MedianFilter;
import org.matinf.core.image.PreprocessingRecipe;
import org.matinf.core.image.RollingBallBackground;

/**
 * Benchmark of diffraction-pattern preprocessing on a synthetic 512 × 512 spot pattern (halo,
 * 15 × 15 spots, noise, hot pixels): the full recipe, and the steps ImageJ also has (Gaussian blur
 * σ = 1, median r = 2, rolling ball r = 50) beside ImageJ 1.x's own GaussianBlur, RankFilters and
 * BackgroundSubtracter on the same pixels. Prints "case,seconds" lines (median of repeated runs
 * after warm-up) and, on standard error, the ratio ImageJ time / MatInf time. Not a test.
 */
public final class PreprocessBench {
    private static final String FULL = "MatInf preprocessing: hotpixels k=5; gaussian sigma=1; background rolling-ball r=50; "
            + "normalise percentile 1-99.5; log; mask r=240; bin 2";

    private PreprocessBench() {
    }

    static GrayImage pattern(int size) {
        Random rnd = new Random(1);
        float[] p = new float[size * size];
        double c = (size - 1) / 2.0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double v = 3000 * Math.exp(-Math.hypot(x - c, y - c) / 60) + 100 + 10 * rnd.nextGaussian();
                p[y * size + x] = (float) v;
            }
        }
        double step = size / 16.0;
        for (int j = -7; j <= 7; j++) {
            for (int i = -7; i <= 7; i++) {
                double sx = c + i * step;
                double sy = c + j * step;
                for (int y = (int) sy - 6; y <= (int) sy + 6; y++) {
                    for (int x = (int) sx - 6; x <= (int) sx + 6; x++) {
                        p[y * size + x] += (float) (800 * Math.exp(-((x - sx) * (x - sx) + (y - sy) * (y - sy)) / 4.5));
                    }
                }
            }
        }
        for (int k = 0; k < 50; k++) {
            p[rnd.nextInt(p.length)] = 60000;
        }
        return new GrayImage(size, size, p, new ImageCalibration(0.01, "1/nm"));
    }

    public static void main(String[] args) {
        GrayImage g = pattern(512);
        PreprocessingRecipe full = PreprocessingRecipe.parse(FULL);
        double tFull = StructureBench.time(5, 15, () -> full.apply(g).width());

        double mine = StructureBench.time(5, 15, () -> {
            GrayImage a = new GaussianFilter(1).apply(g);
            GrayImage b = new MedianFilter(2).apply(a);
            return new RollingBallBackground(50).apply(b).width();
        });
        double imagej = StructureBench.time(5, 15, () -> {
            FloatProcessor fp = new FloatProcessor(512, 512, g.pixels().clone());
            new GaussianBlur().blurGaussian(fp, 1, 1, 0.0002);
            new RankFilters().rank(fp, 2, RankFilters.MEDIAN);
            new BackgroundSubtracter().rollingBallBackground(fp, 50, false, false, false, true, true);
            return fp.getWidth();
        });
        System.out.println(String.format(Locale.ROOT, "preprocess_512_full_recipe,%.6g", tFull));
        System.out.println(String.format(Locale.ROOT, "preprocess_512_gauss_median_rollingball_matinf,%.6g", mine));
        System.out.println(String.format(Locale.ROOT, "preprocess_512_gauss_median_rollingball_imagej,%.6g", imagej));
        System.err.println(String.format(Locale.ROOT, "512 x 512 pattern: full recipe %.1f ms (%s); Gaussian 1 + median 2 + rolling ball 50:"
                + " MatInf %.1f ms, ImageJ %.1f ms, ImageJ/MatInf = %.2f", tFull * 1e3, FULL, mine * 1e3, imagej * 1e3, imagej / mine));
        System.exit(0); // ImageJ's filters leave a non-daemon thread pool behind
    }
}
