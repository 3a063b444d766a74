package org.matinf.core.diffraction.ebsd;

/**
 * Patterns as vectors for the normalised cross-correlation (NCC) of dictionary indexing: binned
 * b × b (the mean of each block; rows and columns left over at the right and bottom edges are
 * dropped), then shifted to zero mean and scaled to unit Euclidean norm, so that the dot product of
 * two such vectors is their Pearson correlation coefficient, from −1 to 1. Sums are in double.
 */
public final class PatternVectors {
    private PatternVectors() {
    }

    /** The binned side: ⌊side / binning⌋. */
    public static int binnedSide(int side, int binning) {
        return side / binning;
    }

    /**
     * Writes the binned, normalised vector of a {@code width × height} row-major pattern into
     * {@code out} from {@code offset} on (⌊width/b⌋·⌊height/b⌋ values).
     *
     * @return false if the pattern has no contrast (all binned values equal); its values are then zeros
     */
    public static boolean normalise(float[] pixels, int width, int height, int binning, float[] out, int offset) {
        int bw = width / binning;
        int bh = height / binning;
        int n = bw * bh;
        if (pixels.length != width * height || n < 1 || offset < 0 || offset + n > out.length) {
            throw new IllegalArgumentException("a " + width + " x " + height + " pattern binned " + binning + " x " + binning
                    + " does not fit: " + pixels.length + " pixels in, room for " + (out.length - offset) + " values");
        }
        double sum = 0;
        for (int y = 0, o = 0; y < bh; y++) {
            for (int x = 0; x < bw; x++, o++) {
                double s = 0;
                for (int dy = 0; dy < binning; dy++) {
                    int row = (y * binning + dy) * width + x * binning;
                    for (int dx = 0; dx < binning; dx++) {
                        s += pixels[row + dx];
                    }
                }
                out[offset + o] = (float) s;
                sum += s;
            }
        }
        double mean = sum / n;
        double norm = 0;
        for (int i = offset; i < offset + n; i++) {
            double v = out[i] - mean;
            norm += v * v;
        }
        if (!(norm > 1e-12 * Math.max(1e-30, mean * mean * n))) {
            java.util.Arrays.fill(out, offset, offset + n, 0f);
            return false;
        }
        double scale = 1 / Math.sqrt(norm);
        for (int i = offset; i < offset + n; i++) {
            out[i] = (float) ((out[i] - mean) * scale);
        }
        return true;
    }

    /** The dot product of two vectors of equal length, summed in four interleaved float partial sums. */
    public static float dot(float[] a, int aOffset, float[] b, int length) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += a[aOffset + i] * b[i];
            s1 += a[aOffset + i + 1] * b[i + 1];
            s2 += a[aOffset + i + 2] * b[i + 2];
            s3 += a[aOffset + i + 3] * b[i + 3];
        }
        for (; i < length; i++) {
            s0 += a[aOffset + i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
