package org.matinf.core.image;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs per-line work on several cores when the image is large. Every line writes only its own
 * output, so the result does not depend on the number of threads.
 */
final class ImageRows {
    /** Below this many pixels of work a single thread is faster. */
    private static final long PARALLEL_WORK = 1L << 17;

    private ImageRows() {
    }

    /** Calls {@code line} for 0 ≤ i < count; {@code work} is the approximate number of operations. */
    static void forEach(int count, long work, IntConsumer line) {
        IntStream lines = IntStream.range(0, count);
        if (work >= PARALLEL_WORK && count > 1) {
            lines = lines.parallel();
        }
        lines.forEach(line);
    }
}
