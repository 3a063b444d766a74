package org.matinf.fiji.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ColorProcessor;
import ij.process.ShortProcessor;
import org.junit.jupiter.api.Test;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.image.ImageException;
import org.matinf.core.progress.ProgressListener;

class ImageSlicesTest {

    private static ImagePlus stack16() {
        ImageStack stack = new ImageStack(5, 4);
        for (int s = 1; s <= 3; s++) {
            ShortProcessor ip = new ShortProcessor(5, 4);
            for (int i = 0; i < 20; i++) {
                ip.set(i, 100 * s + i);
            }
            stack.addSlice("slice-" + s, ip);
        }
        ImagePlus imp = new ImagePlus("pattern.tif", stack);
        ImageSlices.applyCalibration(imp, new ImageCalibration(0.05, "1/nm"));
        return imp;
    }

    @Test
    void everySliceIsProcessedAndCalibrationAndLabelsAreKept() {
        ImagePlus imp = stack16();
        ImagePlus out = ImageSlices.map(imp, "doubled", (g, n) -> {
            float[] p = g.pixels().clone();
            for (int i = 0; i < p.length; i++) {
                p[i] = 2 * p[i] + n;
            }
            return g.withPixels(p);
        }, ProgressListener.NONE);
        assertEquals(3, out.getStackSize());
        assertEquals(32, out.getBitDepth());
        for (int s = 1; s <= 3; s++) {
            assertEquals("slice-" + s, out.getStack().getSliceLabel(s));
            assertEquals(2 * (100 * s + 7) + s, out.getStack().getProcessor(s).getf(7), 0);
        }
        assertEquals(new ImageCalibration(0.05, "1/nm"), ImageSlices.calibration(out));
        assertTrue(ImageSlices.calibration(out).isReciprocal());
    }

    @Test
    void sliceConversionKeepsValues() {
        GrayImage g = ImageSlices.slice(stack16(), 2);
        assertEquals(5, g.width());
        assertEquals(4, g.height());
        assertEquals(219, g.get(4, 3), 0);
        assertArrayEquals(new double[] {200, 219}, g.range(), 0);
    }

    @Test
    void rgbEmptyAndMissingImagesAreRefusedWithTheirTitle() {
        ImageException rgb = assertThrows(ImageException.class,
                () -> ImageSlices.check(new ImagePlus("colour.png", new ColorProcessor(4, 4))));
        assertTrue(rgb.getMessage().startsWith("colour.png: RGB images are not supported"), rgb.getMessage());
        ImageException none = assertThrows(ImageException.class, () -> ImageSlices.check(null));
        assertTrue(none.getMessage().contains("no image is open"), none.getMessage());
    }

    @Test
    void nonFinitePixelsAreNamed() {
        GrayImage g = GrayImage.blank(3, 2, ImageCalibration.NONE);
        g.set(2, 1, Float.NaN);
        ImageException ex = assertThrows(ImageException.class, () -> g.requireFinite("p.tif", 4));
        assertEquals("p.tif, slice 4: pixel (2, 1) is NaN; replace NaN/infinite pixels first (e.g. Process>Math>Remove NaNs)",
                ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GrayImage.blank(0, 3, null));
        assertThrows(IllegalArgumentException.class, () -> new ImageCalibration(0, "nm"));
    }
}
