package org.matinf.fiji.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.PreprocessingRecipe;
import org.matinf.fiji.MacroRunner;

/** Preprocess Diffraction Pattern through the macro path of bin/matinf -batch. */
class PreprocessDiffractionPatternTest {
    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    /** Runs macro text that leaves the result active, saves it as TIFF and opens it again. */
    private ImagePlus runAndSave(String macro) throws IOException {
        Path out = dir.resolve("out.tif");
        macros.assertRuns(macro + "\nsaveAs(\"Tiff\", \"" + out + "\");\nclose(\"*\");");
        ImagePlus imp = IJ.openImage(out.toString());
        assertNotNull(imp, "no result saved");
        return imp;
    }

    /** The macro keys are public API. */
    @Test
    void macroKeys() {
        assertEquals(java.util.List.of("hotpixels", "hot_threshold", "denoise", "sigma", "radius", "background", "ball_radius",
                "light", "order", "centre_x", "centre_y", "normalise", "p_low", "p_high", "scale", "gamma", "mask", "mask_radius",
                "size", "bin", "bin_sum"), org.matinf.fiji.launcher.CommandInput.of(PreprocessDiffractionPattern.class).stream()
                        .map(org.matinf.fiji.launcher.CommandInput::name).toList());
        assertEquals(java.util.List.of("method", "sigma", "low", "high", "thresholds"),
                org.matinf.fiji.launcher.CommandInput.of(DetectEdges.class).stream().map(org.matinf.fiji.launcher.CommandInput::name).toList());
    }

    @Test
    void rampStackGivesThreeNormalisedSlices() throws IOException {
        Path title = dir.resolve("title.txt");
        ImagePlus imp = runAndSave("newImage(\"p\", \"32-bit ramp\", 64, 64, 3);\nbefore = nImages;\n"
                + "run(\"Preprocess Diffraction Pattern\", \"denoise=gaussian sigma=1 normalise=min-max\");\n"
                + "File.saveString(getTitle() + \" \" + (nImages - before), \"" + title + "\");");
        assertEquals("p-preprocessed 1", java.nio.file.Files.readString(title), "one new image beside the input");
        assertEquals(3, imp.getStackSize());
        assertEquals(32, imp.getBitDepth());
        for (int s = 1; s <= 3; s++) {
            float[] px = (float[]) imp.getStack().getProcessor(s).getPixels();
            // a ramp from 0 to 63/64 along x, blurred and stretched: 0 at the left, 1 at the right
            assertEquals(0, px[10 * 64], 1e-6);
            assertEquals(1, px[10 * 64 + 63], 1e-6);
        }
        assertEquals("MatInf preprocessing: gaussian sigma=1; normalise min-max", imp.getInfoProperty().strip());
    }

    /** Each slice of a stack equals the recipe applied to that slice alone; calibration and labels kept. */
    @Test
    void stackSlicesEqualSingleSlicesAndKeepTheCalibration() throws IOException {
        Path in = dir.resolve("stack.tif");
        ImagePlus stack = TestImages.patternStack(96, 80, 3);
        stack.setProperty("Info", "detector: synthetic");
        IJ.saveAsTiff(stack, in.toString());
        ImagePlus imp = runAndSave("open(\"" + in + "\");\n"
                + "run(\"Preprocess Diffraction Pattern\", \"hotpixels hot_threshold=6 denoise=median radius=1.5 "
                + "background=rolling-ball ball_radius=20 normalise=percentile p_low=1 p_high=99.5 scale=log mask mask_radius=35\");");
        PreprocessingRecipe recipe = PreprocessingRecipe.parse("hotpixels k=6; median r=1.5; background rolling-ball r=20; "
                + "normalise percentile 1-99.5; log; mask r=35");
        assertEquals(3, imp.getStackSize());
        for (int s = 1; s <= 3; s++) {
            GrayImage alone = recipe.apply(ImageSlices.slice(stack, s));
            assertArrayEquals(alone.pixels(), (float[]) imp.getStack().getProcessor(s).getPixels(), "slice " + s);
            assertEquals(stack.getStack().getSliceLabel(s), imp.getStack().getSliceLabel(s));
        }
        assertEquals(0.02, imp.getCalibration().pixelWidth, 1e-12);
        assertEquals("1/nm", imp.getCalibration().getUnit());
        assertEquals("detector: synthetic\n" + recipe.toText(), imp.getInfoProperty().strip());
    }

    @Test
    void binningScalesTheCalibration() throws IOException {
        Path in = dir.resolve("stack.tif");
        IJ.saveAsTiff(TestImages.patternStack(96, 80, 2), in.toString());
        ImagePlus imp = runAndSave("open(\"" + in + "\");\nrun(\"Preprocess Diffraction Pattern\", \"bin=4 bin_sum\");");
        assertEquals(24, imp.getWidth());
        assertEquals(20, imp.getHeight());
        assertEquals(2, imp.getStackSize());
        assertEquals(0.08, imp.getCalibration().pixelWidth, 1e-12);
        assertEquals("MatInf preprocessing: bin 4 sum", imp.getInfoProperty().strip());
        macros.assertFails("open(\"" + in + "\");\nrun(\"Preprocess Diffraction Pattern\", \"size=48\");",
                "stack.tif, slice 1: resize 48x48 area: resizing 96 x 80 pixels to 48 x 48 would make the calibrated pixels non-square");
        Path square = dir.resolve("square.tif");
        IJ.saveAsTiff(TestImages.patternStack(96, 96, 2), square.toString());
        ImagePlus resized = runAndSave("open(\"" + square + "\");\nrun(\"Preprocess Diffraction Pattern\", \"size=48\");");
        assertEquals(48, resized.getWidth());
        assertEquals(48, resized.getHeight());
        assertEquals(0.04, resized.getCalibration().pixelWidth, 1e-12);
        assertEquals("MatInf preprocessing: resize 48x48 area", resized.getInfoProperty().strip());
    }

    @Test
    void radialBackgroundAboutAGivenCentre() throws IOException {
        ImagePlus imp = runAndSave("newImage(\"p\", \"32-bit black\", 64, 64, 1);\n"
                + "for (y = 0; y < 64; y++) for (x = 0; x < 64; x++) setPixel(x, y, 1000 * exp(-sqrt((x-20)*(x-20)+(y-30)*(y-30))/10));\n"
                + "run(\"Preprocess Diffraction Pattern\", \"background=radial-median centre_x=20 centre_y=30\");");
        imp.getProcessor().resetMinAndMax();
        // the halo of 1000 at the centre is gone; what is left is the in-ring spread of a steep profile near the centre
        assertTrue(Math.abs(imp.getProcessor().getMin()) < 40 && Math.abs(imp.getProcessor().getMax()) < 40,
                "halo left: " + imp.getProcessor().getMin() + " .. " + imp.getProcessor().getMax());
        assertEquals("MatInf preprocessing: background radial-median centre=20,30", imp.getInfoProperty().strip());
    }

    @Test
    void badInputGivesClearMessages() throws IOException {
        macros.assertFails("newImage(\"c\", \"RGB ramp\", 32, 32, 1);\nrun(\"Preprocess Diffraction Pattern\", \"denoise=gaussian\");",
                "RGB images are not supported");
        macros.assertFails("newImage(\"n\", \"32-bit ramp\", 32, 32, 2);\nsetSlice(2);\nsetPixel(3, 4, NaN);\n"
                + "run(\"Preprocess Diffraction Pattern\", \"denoise=median radius=2\");", "n, slice 2: pixel (3, 4) is NaN");
        macros.assertFails("newImage(\"s\", \"32-bit ramp\", 32, 32, 1);\n"
                + "run(\"Preprocess Diffraction Pattern\", \"denoise=gaussian sigma=0\");", "gaussian sigma must be a positive number, got 0");
        macros.assertFails("newImage(\"s\", \"32-bit ramp\", 32, 32, 1);\n"
                + "run(\"Preprocess Diffraction Pattern\", \"denoise=median radius=60\");", "s: median r=60: median radius 60 is larger than the image (32 x 32 pixels)");
        macros.assertFails("newImage(\"s\", \"32-bit ramp\", 32, 32, 1);\nrun(\"Preprocess Diffraction Pattern\", \"bin=3\");",
                "bin must be 1, 2 or 4; got 3");
        macros.assertFails("newImage(\"s\", \"32-bit ramp\", 32, 32, 1);\nrun(\"Preprocess Diffraction Pattern\", \"bin=2 size=16\");",
                "give either size (resize) or bin, not both");
        macros.assertFails("newImage(\"s\", \"32-bit ramp\", 32, 32, 1);\nrun(\"Preprocess Diffraction Pattern\", \"background=snip\");",
                "background must be one of none, rolling-ball, polynomial, radial-median; got 'snip'");
        macros.assertFails("run(\"Preprocess Diffraction Pattern\", \"denoise=gaussian\");", "no image is open");
    }

    @Test
    void nanPixelsAreMissingForStatistics() throws IOException {
        ImagePlus imp = runAndSave("newImage(\"n\", \"32-bit ramp\", 32, 32, 1);\nsetPixel(3, 4, NaN);\n"
                + "run(\"Preprocess Diffraction Pattern\", \"background=polynomial order=1 normalise=z-score\");");
        assertTrue(Float.isNaN(imp.getProcessor().getf(3, 4)));
        assertEquals(0, imp.getProcessor().getf(20, 4), 0.2);
    }
}
