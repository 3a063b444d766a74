package org.matinf.core.dataset;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.orientation.Orientation;

/**
 * A test stand-in for a diffraction simulator: a Gaussian spot on a faint flat floor, whose
 * position follows the orientation's quaternion (q1, q2) and the pattern-centre jitter (dx, dy),
 * and whose width follows q3 and dz. Deterministic and thread-safe; counts its calls.
 */
public class TestPatterns implements PatternSource {
    private final int size;
    private final String kind;
    private final AtomicInteger calls = new AtomicInteger();

    public TestPatterns(int size, String kind) {
        this.size = size;
        this.kind = kind;
    }

    @Override
    public GrayImage render(Orientation orientation, PatternJitter jitter) {
        calls.incrementAndGet();
        double[] q = orientation.quaternion();
        double cx = 0.5 * (size - 1) + q[1] * size / 4.0 + jitter.dx() * size;
        double cy = 0.5 * (size - 1) + q[2] * size / 4.0 - jitter.dy() * size;
        double s = size / 10.0 * (1 + 0.5 * Math.abs(q[3]) + jitter.dz());
        float[] p = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                p[y * size + x] = (float) (7.0 * (0.05 + StrictMath.exp(-0.5 * r2 / (s * s))));
            }
        }
        return new GrayImage(size, size, p, ImageCalibration.NONE);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("spot", "gaussian");
    }

    /** How many patterns were rendered. */
    public int calls() {
        return calls.get();
    }
}
