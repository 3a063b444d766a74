package org.matinf.core.dataset;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far simulated patterns are made to look like measured ones. Intensities are in units of the
 * noise-free pattern's maximum (1), except the dose, which is in counts. All zero (the default)
 * leaves the normalised pattern unchanged. {@link RealismApplier} applies the steps in this
 * order:
 * <ol>
 * <li>pattern-centre jitter (before rendering, done by the source): dx, dy, dz uniform in
 * [−{@code pcJitter}, +{@code pcJitter}] pattern widths;</li>
 * <li>normalisation: the pattern divided by its maximum;</li>
 * <li>blur: Gaussian of standard deviation {@code blur} pixels (detector point spread);</li>
 * <li>gamma: I ← I^γ, γ uniform in [1 − {@code gammaJitter}, 1 + {@code gammaJitter}];</li>
 * <li>gain: I ← k·I, k uniform in [1 − {@code gainJitter}, 1 + {@code gainJitter}];</li>
 * <li>background: + {@code background}·exp(−r²/2s²), a broad Gaussian (s = half the pattern
 * width) whose centre moves by up to a tenth of the width;</li>
 * <li>shot noise: I ← Poisson(dose·I)/dose, when {@code dose} &gt; 0;</li>
 * <li>read noise: + Gaussian of standard deviation {@code readNoise}.</li>
 * </ol>
 *
 * @param dose mean counts at the pattern's maximum for Poisson (shot) noise; 0 for none
 * @param readNoise standard deviation of additive Gaussian noise, in units of the maximum
 * @param background amplitude of the smooth background, in units of the maximum
 * @param blur standard deviation of the Gaussian blur in pixels; 0 for none
 * @param gainJitter largest relative change of the overall intensity, below 1
 * @param gammaJitter largest change of the gamma exponent from 1, below 1
 * @param pcJitter largest pattern-centre offset in pattern widths
 */
public record Realism(double dose, double readNoise, double background, double blur, double gainJitter,
        double gammaJitter, double pcJitter) {

    /** No realism: the normalised simulated pattern. */
    public static final Realism NONE = new Realism(0, 0, 0, 0, 0, 0, 0);

    /** @throws IllegalArgumentException for a negative or non-finite value, or a jitter of 1 or more */
    public Realism {
        check("dose", dose, Double.MAX_VALUE);
        check("read_noise", readNoise, Double.MAX_VALUE);
        check("background", background, Double.MAX_VALUE);
        check("blur", blur, 1000);
        check("jitter", gainJitter, 0.99);
        check("gamma_jitter", gammaJitter, 0.99);
        check("pc_jitter", pcJitter, 1);
    }

    private static void check(String name, double value, double max) {
        if (!(value >= 0) || !(value <= max)) {
            throw new IllegalArgumentException(name + (max == Double.MAX_VALUE ? " must be 0 or more" : " must be from 0 to " + max)
                    + ", got " + value);
        }
    }

    /** A builder starting from no realism. */
    public static Builder builder() {
        return new Builder();
    }

    /** The parameters by their macro keys, for {@code dataset.json}. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dose", dose);
        m.put("read_noise", readNoise);
        m.put("background", background);
        m.put("blur", blur);
        m.put("jitter", gainJitter);
        m.put("gamma_jitter", gammaJitter);
        m.put("pc_jitter", pcJitter);
        return m;
    }

    /** Builds a {@link Realism}; every value starts at 0 (off). */
    public static final class Builder {
        private double dose;
        private double readNoise;
        private double background;
        private double blur;
        private double gainJitter;
        private double gammaJitter;
        private double pcJitter;

        private Builder() {
        }

        /** Mean counts at the pattern's maximum (Poisson noise); 0 for none. */
        public Builder dose(double counts) {
            this.dose = counts;
            return this;
        }

        /** Standard deviation of the Gaussian read noise, in units of the maximum. */
        public Builder readNoise(double sigma) {
            this.readNoise = sigma;
            return this;
        }

        /** Amplitude of the smooth background, in units of the maximum. */
        public Builder background(double amplitude) {
            this.background = amplitude;
            return this;
        }

        /** Gaussian blur σ in pixels. */
        public Builder blur(double sigma) {
            this.blur = sigma;
            return this;
        }

        /** Largest relative gain change (0.1 = ±10 %). */
        public Builder gainJitter(double fraction) {
            this.gainJitter = fraction;
            return this;
        }

        /** Largest change of the gamma exponent from 1 (0.2 = γ in [0.8, 1.2]). */
        public Builder gammaJitter(double fraction) {
            this.gammaJitter = fraction;
            return this;
        }

        /** Largest pattern-centre offset in pattern widths. */
        public Builder pcJitter(double widths) {
            this.pcJitter = widths;
            return this;
        }

        public Realism build() {
            return new Realism(dose, readNoise, background, blur, gainJitter, gammaJitter, pcJitter);
        }
    }
}
