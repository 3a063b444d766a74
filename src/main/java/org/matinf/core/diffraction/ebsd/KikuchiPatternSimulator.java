package org.matinf.core.diffraction.ebsd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.ProgressListener;

/**
 * Projects a {@link KikuchiMasterPattern} onto an {@link EbsdDetector}: for a crystal orientation
 * g (Bunge matrix, v_crystal = g · v_sample) each pixel's sample-frame direction d becomes the
 * crystal direction n = g · d, and the pixel takes the master pattern's interpolated intensity
 * I(n). The pixel directions are computed once by the detector; a pattern allocates only its
 * output. Thread-safe: one simulator may serve several threads.
 */
public final class KikuchiPatternSimulator {
    private final KikuchiMasterPattern master;
    private final EbsdDetector detector;
    private final double[] directions;

    public KikuchiPatternSimulator(KikuchiMasterPattern master, EbsdDetector detector) {
        this.master = master;
        this.detector = detector;
        this.directions = detector.directionsShared();
    }

    /** The master pattern. */
    public KikuchiMasterPattern master() {
        return master;
    }

    /** The detector. */
    public EbsdDetector detector() {
        return detector;
    }

    /** The pattern of one orientation, {@code cols × rows} pixels, uncalibrated. */
    public GrayImage simulate(Orientation orientation) {
        float[] out = new float[detector.rows() * detector.cols()];
        simulate(orientation, out);
        return new GrayImage(detector.cols(), detector.rows(), out, ImageCalibration.NONE);
    }

    /**
     * Writes the pattern of one orientation into {@code out} (row-major, rows × cols).
     *
     * @throws IllegalArgumentException if {@code out} has the wrong length
     */
    public void simulate(Orientation orientation, float[] out) {
        if (out.length != directions.length / 3) {
            throw new IllegalArgumentException("the output holds " + out.length + " pixels, the detector has "
                    + directions.length / 3);
        }
        double[][] g = orientation.matrix();
        double g00 = g[0][0];
        double g01 = g[0][1];
        double g02 = g[0][2];
        double g10 = g[1][0];
        double g11 = g[1][1];
        double g12 = g[1][2];
        double g20 = g[2][0];
        double g21 = g[2][1];
        double g22 = g[2][2];
        double[] scratch = new double[2];
        for (int p = 0, q = 0; p < out.length; p++, q += 3) {
            double x = directions[q];
            double y = directions[q + 1];
            double z = directions[q + 2];
            out[p] = (float) master.value(g00 * x + g01 * y + g02 * z, g10 * x + g11 * y + g12 * z,
                    g20 * x + g21 * y + g22 * z, scratch);
        }
    }

    /**
     * The patterns of many orientations, computed on {@code threads} threads (the result does not
     * depend on their number), in the order given.
     *
     * @throws CancelledException if the progress listener says the user cancelled
     */
    public List<GrayImage> simulate(List<Orientation> orientations, int threads, ProgressListener progress) {
        ParallelWork.checkedThreads(threads);
        GrayImage[] images = new GrayImage[orientations.size()];
        ParallelWork.run(images.length, threads, progress == null ? ProgressListener.NONE : progress,
                "EBSD patterns", i -> images[i] = simulate(orientations.get(i)));
        List<GrayImage> list = new ArrayList<>(images.length);
        Collections.addAll(list, images);
        return list;
    }
}
