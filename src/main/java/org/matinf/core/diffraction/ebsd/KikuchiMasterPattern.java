package org.matinf.core.diffraction.ebsd;

import org.matinf.core.orientation.CrystalFrame;
import java.util.Locale;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.ProgressListener;

/**
 * A kinematic EBSD master pattern: the Kikuchi intensity I(n) over all crystal directions n (unit
 * vectors in the {@link CrystalFrame}),
 *
 * <pre>I(n) = Σ_hkl I_hkl · p(asin|n·ĝ_hkl|, θ_B)</pre>
 *
 * with I_hkl = |F(hkl)|² and θ_B the Bragg angle of each {@link KikuchiReflectors reflector}. The band
 * profile p is 1 inside the band (angle α = asin|n·ĝ| from the plane below θ_B − e), 0 outside
 * (α ≥ θ_B + e), and falls linearly in between: p = (θ_B + e − α) / 2e. The edge half-width e is
 * by default the grid's mean angular spacing √(2π)/(N−1), so the grid resolves the band edges; the
 * ramp is symmetric about θ_B, so each band's integrated intensity equals that of the sharp band of
 * half-width θ_B. Excess and deficit lines, absorption and the backscatter energy spread are not
 * modelled.
 *
 * <p>The pattern is stored as two N × N grids (northern hemisphere z ≥ 0 and southern z ≤ 0) in
 * the {@link SquareLambert square Lambert projection}, as EMsoft does; grid point (i, j) is at
 * X = −L + i·2L/(N−1), Y = −L + j·2L/(N−1), so the borders of both grids lie on the equator.
 * {@link #value} interpolates bilinearly; {@link #exact} evaluates the sum directly. The grid is
 * computed in parallel, each point by the same sequential sum, so it does not depend on the number
 * of threads. Immutable and thread-safe once built.
 */
public final class KikuchiMasterPattern {
    private final KikuchiReflectors reflectors;
    private final int size;
    private final double edge;
    private final double scale;
    private final float[] north;
    private final float[] south;
    /** Per reflector: normal, intensity, Bragg angle, sin(θ_B − e) (−1 if θ_B ≤ e) and sin(θ_B + e). */
    private final double[] gx;
    private final double[] gy;
    private final double[] gz;
    private final double[] intensity;
    private final double[] theta;
    private final double[] sinInner;
    private final double[] sinOuter;

    private KikuchiMasterPattern(Builder b) {
        reflectors = b.reflectors;
        size = b.size;
        edge = Double.isNaN(b.edge) ? defaultEdge(size) : b.edge;
        scale = (size - 1) / (2 * SquareLambert.L);
        int n = reflectors.size();
        gx = new double[n];
        gy = new double[n];
        gz = new double[n];
        intensity = new double[n];
        theta = new double[n];
        sinInner = new double[n];
        sinOuter = new double[n];
        for (int r = 0; r < n; r++) {
            KikuchiReflectors.Reflector f = reflectors.get(r);
            gx[r] = f.nx();
            gy[r] = f.ny();
            gz[r] = f.nz();
            intensity[r] = f.intensity();
            theta[r] = f.braggAngle();
            sinInner[r] = f.braggAngle() > edge ? Math.sin(f.braggAngle() - edge) : -1;
            sinOuter[r] = Math.sin(Math.min(Math.PI / 2, f.braggAngle() + edge));
        }
        north = new float[size * size];
        south = new float[size * size];
        ParallelWork.run(2 * size, b.threads, b.progress, "Kikuchi master pattern", this::fillRow);
    }

    /** The default edge half-width of a grid of N points per side, √(2π)/(N−1) radians. */
    public static double defaultEdge(int size) {
        return Math.sqrt(2 * Math.PI) / (size - 1);
    }

    /** A builder for the master pattern of these reflectors. */
    public static Builder builder(KikuchiReflectors reflectors) {
        return new Builder(reflectors);
    }

    /**
     * Grid row r: rows 0 … N−1 of the northern hemisphere, then those of the southern one. The
     * loop runs over the reflectors outside and the row's points inside; each point still sums the
     * reflectors in list order, so its value equals {@link #exact}.
     */
    private void fillRow(int r) {
        boolean isNorth = r < size;
        int j = r % size;
        double step = 2 * SquareLambert.L / (size - 1);
        double bigY = -SquareLambert.L + j * step;
        double[] x = new double[size];
        double[] y = new double[size];
        double[] z = new double[size];
        double[] v = new double[3];
        for (int i = 0; i < size; i++) {
            SquareLambert.toSphere(-SquareLambert.L + i * step, bigY, isNorth, v);
            x[i] = v[0];
            y[i] = v[1];
            z[i] = v[2];
        }
        double[] sum = new double[size];
        for (int f = 0; f < gx.length; f++) {
            double a = gx[f];
            double b = gy[f];
            double c = gz[f];
            double outer = sinOuter[f];
            for (int i = 0; i < size; i++) {
                double s = Math.abs(x[i] * a + y[i] * b + z[i] * c);
                if (s <= outer) {
                    sum[i] += contribution(f, s); // adding the 0 of the points outside would change nothing
                }
            }
        }
        float[] grid = isNorth ? north : south;
        for (int i = 0; i < size; i++) {
            grid[j * size + i] = (float) sum[i];
        }
    }

    /** Intensity of reflector f at |n·ĝ| = s. */
    private double contribution(int f, double s) {
        if (s <= sinInner[f]) {
            return intensity[f];
        }
        return s < sinOuter[f] ? intensity[f] * bandProfile(s, theta[f], edge) : 0;
    }

    /**
     * The band weight p in [0, 1] of a direction whose cosine to the plane normal is {@code nDotG}
     * (so asin|n·ĝ| is its angle from the plane), for Bragg angle θ_B and edge half-width e (radians).
     */
    public static double bandProfile(double nDotG, double braggAngle, double edge) {
        double alpha = Math.asin(Math.min(1, Math.abs(nDotG)));
        if (edge <= 0) {
            return alpha <= braggAngle ? 1 : 0;
        }
        return Math.max(0, Math.min(1, (braggAngle + edge - alpha) / (2 * edge)));
    }

    /** I(n) summed directly over the reflectors, for a unit vector n = (x, y, z) in the crystal frame. */
    public double exact(double x, double y, double z) {
        double sum = 0;
        for (int f = 0; f < gx.length; f++) {
            sum += contribution(f, Math.abs(x * gx[f] + y * gy[f] + z * gz[f]));
        }
        return sum;
    }

    /** I(n) interpolated bilinearly from the grid, for a unit vector n in the crystal frame. */
    public double value(double x, double y, double z) {
        return value(x, y, z, new double[2]);
    }

    /**
     * As {@link #value(double, double, double)} with a caller's scratch array of length 2, so that
     * repeated calls do not allocate (one scratch array per thread).
     */
    public double value(double x, double y, double z, double[] scratch) {
        SquareLambert.toSquare(x, y, z, scratch);
        float[] grid = z >= 0 ? north : south;
        double fx = (scratch[0] + SquareLambert.L) * scale;
        double fy = (scratch[1] + SquareLambert.L) * scale;
        int i = Math.max(0, Math.min(size - 2, (int) fx));
        int j = Math.max(0, Math.min(size - 2, (int) fy));
        double tx = fx - i;
        double ty = fy - j;
        int p = j * size + i;
        double lower = grid[p] + tx * (grid[p + 1] - grid[p]);
        double upper = grid[p + size] + tx * (grid[p + size + 1] - grid[p + size]);
        return lower + ty * (upper - lower);
    }

    /** The reflectors drawn. */
    public KikuchiReflectors reflectors() {
        return reflectors;
    }

    /** Grid points per side N of each hemisphere. */
    public int resolution() {
        return size;
    }

    /** The edge half-width e of the band profile in radians. */
    public double edgeWidth() {
        return edge;
    }

    /**
     * A copy of one hemisphere's grid, N × N row-major: element j·N + i is the point
     * X = −L + i·2L/(N−1), Y = −L + j·2L/(N−1).
     */
    public float[] hemisphere(boolean northern) {
        return (northern ? north : south).clone();
    }

    /** {min, max} of the grid values. */
    public double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float[] grid : new float[][] {north, south}) {
            for (float v : grid) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return new double[] {min, max};
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "KikuchiMasterPattern(%d reflectors, %d kV, %d x %d per hemisphere)",
                reflectors.size(), Math.round(reflectors.voltage()), size, size);
    }

    /** Settings of the master-pattern grid. */
    public static final class Builder {
        private final KikuchiReflectors reflectors;
        private int size = 501;
        private double edge = Double.NaN;
        private int threads = ParallelWork.defaultThreads();
        private ProgressListener progress = ProgressListener.NONE;

        private Builder(KikuchiReflectors reflectors) {
            this.reflectors = reflectors;
        }

        /** Grid points per side of each hemisphere, 11 to 4001 (default 501). */
        public Builder resolution(int points) {
            if (points < 11 || points > 4001) {
                throw new IllegalArgumentException("master pattern resolution must be 11 to 4001 points per side, got " + points);
            }
            this.size = points;
            return this;
        }

        /** The band edge half-width e in degrees; 0 for sharp edges (default: the grid spacing). */
        public Builder edgeWidth(double degrees) {
            if (!(degrees >= 0) || degrees > 10) {
                throw new IllegalArgumentException("band edge width must be 0 to 10 degrees, got " + degrees);
            }
            this.edge = Math.toRadians(degrees);
            return this;
        }

        /** Number of threads (default: the available processors); the result does not depend on it. */
        public Builder threads(int count) {
            this.threads = ParallelWork.checkedThreads(count);
            return this;
        }

        /** Progress reports (grid rows done of 2N) and cancellation. */
        public Builder progress(ProgressListener listener) {
            this.progress = listener == null ? ProgressListener.NONE : listener;
            return this;
        }

        /**
         * Computes the grids.
         *
         * @throws CancelledException if the progress listener says the user cancelled
         */
        public KikuchiMasterPattern build() {
            return new KikuchiMasterPattern(this);
        }
    }
}
