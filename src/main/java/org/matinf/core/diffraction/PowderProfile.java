package org.matinf.core.diffraction;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A continuous powder pattern on a grid of 2θ values: a measured scan or a calculated profile.
 * x is 2θ in degrees (strictly increasing), y the intensity (counts or arbitrary units), and
 * optionally the standard uncertainty of y. Carries the wavelength (Å, NaN if unknown), a name
 * and free-form metadata (instrument, sample, anode, ...). Immutable.
 */
public final class PowderProfile {
    private final String name;
    private final double[] twoTheta;
    private final double[] intensity;
    private final double[] sigma;
    private final double wavelength;
    private final Map<String, String> metadata;

    /**
     * @param sigma standard uncertainties of the intensities, or null when unknown
     * @throws IllegalArgumentException if lengths differ, values are not finite, or 2θ does not
     *     strictly increase
     */
    public PowderProfile(String name, double[] twoTheta, double[] intensity, double[] sigma, double wavelength,
            Map<String, String> metadata) {
        if (twoTheta.length != intensity.length || (sigma != null && sigma.length != twoTheta.length)) {
            throw new IllegalArgumentException("2θ, intensity and uncertainty columns differ in length");
        }
        for (int i = 0; i < twoTheta.length; i++) {
            if (!Double.isFinite(twoTheta[i]) || !Double.isFinite(intensity[i])) {
                throw new IllegalArgumentException("point " + (i + 1) + " is not a finite number");
            }
            if (i > 0 && !(twoTheta[i] > twoTheta[i - 1])) {
                throw new IllegalArgumentException("2θ must increase strictly (point " + (i + 1) + ": "
                        + twoTheta[i] + " after " + twoTheta[i - 1] + ")");
            }
        }
        this.name = name == null ? "" : name;
        this.twoTheta = twoTheta.clone();
        this.intensity = intensity.clone();
        this.sigma = sigma == null ? null : sigma.clone();
        this.wavelength = wavelength;
        this.metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A profile without uncertainties or metadata. */
    public PowderProfile(String name, double[] twoTheta, double[] intensity, double wavelength) {
        this(name, twoTheta, intensity, null, wavelength, null);
    }

    public String name() { return name; }
    public int size() { return twoTheta.length; }
    /** 2θ values in degrees (a copy). */
    public double[] twoTheta() { return twoTheta.clone(); }
    /** Intensities (a copy). */
    public double[] intensity() { return intensity.clone(); }
    /** Standard uncertainties (a copy), or null when unknown. */
    public double[] sigma() { return sigma == null ? null : sigma.clone(); }
    public double twoTheta(int i) { return twoTheta[i]; }
    public double intensity(int i) { return intensity[i]; }
    /** Wavelength in Å, NaN if unknown. */
    public double wavelength() { return wavelength; }
    public Map<String, String> metadata() { return metadata; }

    /** The same points with other intensities (e.g. after background subtraction). */
    public PowderProfile withIntensity(String newName, double[] newIntensity) {
        return new PowderProfile(newName, twoTheta, newIntensity, sigma, wavelength, metadata);
    }

    /** Largest intensity. */
    public double maxIntensity() {
        return Arrays.stream(intensity).max().orElse(Double.NaN);
    }
}
