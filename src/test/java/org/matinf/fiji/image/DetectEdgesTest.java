package org.matinf.fiji.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.IJ;
import ij.ImagePlus;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.image.EdgeDetection;
import org.matinf.core.image.GaussianFilter;
import org.matinf.core.image.GrayImage;
import org.matinf.fiji.MacroRunner;

/** Detect Edges through the macro path of bin/matinf -batch: stack in, binary 8-bit stack out. */
class DetectEdgesTest {
    @TempDir
    Path dir;

    private MacroRunner macros;
    private Path discs;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
        discs = dir.resolve("discs.tif");
        IJ.saveAsTiff(TestImages.discStack(96, 3), discs.toString());
    }

    private ImagePlus run(String options) throws IOException {
        Path out = dir.resolve("edges.tif");
        macros.assertRuns("open(\"" + discs + "\");\nrun(\"Detect Edges\", \"" + options + "\");\nsaveAs(\"Tiff\", \"" + out + "\");\nclose(\"*\");");
        return IJ.openImage(out.toString());
    }

    private static byte[] binary(GrayImage edges) {
        byte[] b = new byte[edges.pixels().length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (edges.pixels()[i] == 255 ? 255 : 0);
        }
        return b;
    }

    @Test
    void cannyGivesABinaryStackEqualToTheSlicesAlone() throws IOException {
        ImagePlus edges = run("method=canny sigma=2 low=0.1 high=0.3 thresholds=fraction");
        ImagePlus in = TestImages.discStack(96, 3);
        assertEquals(8, edges.getBitDepth());
        assertEquals(3, edges.getStackSize());
        assertEquals(0.5, edges.getCalibration().pixelWidth, 1e-12);
        assertEquals("nm", edges.getCalibration().getUnit());
        for (int s = 1; s <= 3; s++) {
            GrayImage expected = EdgeDetection.canny(ImageSlices.slice(in, s), 2, 0.1, 0.3, true);
            assertArrayEquals(binary(expected), (byte[]) edges.getStack().getProcessor(s).getPixels(), "slice " + s);
            assertEquals("disc " + s, edges.getStack().getSliceLabel(s));
            // a circle of radius 20 + 5(s − 1): between 4√2 r and 8 r pixels
            double count = edges.getStack().getProcessor(s).getStatistics().histogram()[255];
            double r = 20 + 5 * (s - 1);
            assertEquals(6.5 * r, count, 1.5 * r, "edge pixels in slice " + s);
        }
    }

    @Test
    void sobelWithAnAbsoluteThreshold() throws IOException {
        ImagePlus edges = run("method=sobel sigma=0 high=20 thresholds=absolute");
        GrayImage expected = EdgeDetection.sobelEdges(ImageSlices.slice(TestImages.discStack(96, 3), 2), 20, false);
        assertArrayEquals(binary(expected), (byte[]) edges.getStack().getProcessor(2).getPixels());
        ImagePlus smoothed = run("method=sobel sigma=1.5 high=0.5");
        GrayImage blurred = new GaussianFilter(1.5).apply(ImageSlices.slice(TestImages.discStack(96, 3), 1));
        assertArrayEquals(binary(EdgeDetection.sobelEdges(blurred, 0.5, true)), (byte[]) smoothed.getStack().getProcessor(1).getPixels());
    }

    @Test
    void badParametersAreReported() throws IOException {
        macros.assertFails("open(\"" + discs + "\");\nrun(\"Detect Edges\", \"method=canny low=0.5 high=0.2\");",
                "discs.tif, slice 1: edge thresholds must satisfy 0 <= low <= high, got low=0.5, high=0.2");
        macros.assertFails("open(\"" + discs + "\");\nrun(\"Detect Edges\", \"method=prewitt\");", "method must be one of canny, sobel");
        macros.assertFails("newImage(\"c\", \"RGB ramp\", 32, 32, 1);\nrun(\"Detect Edges\", \"method=sobel\");", "RGB images are not supported");
        macros.assertFails("newImage(\"n\", \"32-bit ramp\", 32, 32, 1);\nsetPixel(1, 2, NaN);\nrun(\"Detect Edges\", \"method=sobel\");",
                "n: pixel (1, 2) is NaN");
    }
}
