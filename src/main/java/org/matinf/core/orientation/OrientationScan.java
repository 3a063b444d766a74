package org.matinf.core.orientation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An orientation map as EBSD files hold it: width × height points on a square grid with steps
 * {@code xStep}, {@code yStep} (µm), row-major with x fastest; per point an orientation (null where
 * the point is not indexed) and, optionally, the numbers of {@link ScanValue}; one phase.
 * Written and read as EDAX/TSL .ang by {@link AngFile} and as Oxford .ctf by {@link CtfFile}.
 */
public final class OrientationScan {
    private final int width;
    private final int height;
    private final double xStep;
    private final double yStep;
    private final MapPhase phase;
    private final Orientation[] orientations;
    private final Map<ScanValue, double[]> values;

    /**
     * @param orientations width × height entries, null where a point is not indexed
     * @param values per-point numbers, each width × height finite entries; absent kinds are left out
     * @throws IllegalArgumentException for arrays of the wrong length, steps that are not positive or
     *         values that are not finite
     */
    public OrientationScan(int width, int height, double xStep, double yStep, MapPhase phase, Orientation[] orientations,
            Map<ScanValue, double[]> values) {
        if (width <= 0 || height <= 0 || orientations.length != (long) width * height) {
            throw new IllegalArgumentException(orientations.length + " orientations do not make a " + width + " x " + height + " map");
        }
        if (!(xStep > 0) || !(yStep > 0) || !Double.isFinite(xStep) || !Double.isFinite(yStep)) {
            throw new IllegalArgumentException("the step size must be positive, got " + xStep + " x " + yStep);
        }
        if (phase == null) {
            throw new IllegalArgumentException("an orientation map needs a phase");
        }
        EnumMap<ScanValue, double[]> copy = new EnumMap<>(ScanValue.class);
        for (Map.Entry<ScanValue, double[]> e : values.entrySet()) {
            double[] v = e.getValue();
            if (v.length != orientations.length) {
                throw new IllegalArgumentException(e.getKey().column() + " has " + v.length + " values for " + orientations.length + " points");
            }
            for (int i = 0; i < v.length; i++) {
                if (!Double.isFinite(v[i])) {
                    throw new IllegalArgumentException(e.getKey().column() + " is not a finite number at point " + (i + 1) + " (x = "
                            + i % width + ", y = " + i / width + "): " + v[i]);
                }
            }
            copy.put(e.getKey(), v.clone());
        }
        this.width = width;
        this.height = height;
        this.xStep = xStep;
        this.yStep = yStep;
        this.phase = phase;
        this.orientations = orientations.clone();
        this.values = Collections.unmodifiableMap(copy);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Step between columns, µm. */
    public double xStep() {
        return xStep;
    }

    /** Step between rows, µm. */
    public double yStep() {
        return yStep;
    }

    public MapPhase phase() {
        return phase;
    }

    /** The orientation at (x, y), or null where the point is not indexed. */
    public Orientation get(int x, int y) {
        return orientations[y * width + x];
    }

    /** Whether the map carries this kind of value. */
    public boolean has(ScanValue kind) {
        return values.containsKey(kind);
    }

    /** The value at (x, y); NaN where the map does not carry this kind. */
    public double value(ScanValue kind, int x, int y) {
        double[] v = values.get(kind);
        return v == null ? Double.NaN : v[y * width + x];
    }

    /** The orientations alone, for IPF maps. */
    public OrientationMap orientationMap() {
        return new OrientationMap(width, height, orientations);
    }
}
