package org.matinf.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import java.awt.event.KeyEvent;
import org.junit.jupiter.api.Test;
import org.matinf.core.progress.CancelledException;

class ImageJProgressTest {

    @Test
    void escapeCancelsAndANewTaskStartsUncancelled() {
        ImageJProgress p = new ImageJProgress(null);
        p.progress(1, 10, "working");
        assertFalse(p.isCancelled());
        IJ.setKeyDown(KeyEvent.VK_ESCAPE);
        assertTrue(p.isCancelled());
        assertThrows(CancelledException.class, p::checkCancelled);
        assertFalse(new ImageJProgress(null).isCancelled());
    }

    @Test
    void largeCountsAreScaledToInts() {
        assertArrayEquals(new int[] {3, 10}, ImageJProgress.toInts(3, 10));
        assertArrayEquals(new int[] {0, 1}, ImageJProgress.toInts(-5, 0));
        int[] big = ImageJProgress.toInts(3L << 40, 4L << 40);
        assertTrue(big[1] > 0 && Math.abs(big[0] / (double) big[1] - 0.75) < 1e-6, big[0] + "/" + big[1]);
    }
}
