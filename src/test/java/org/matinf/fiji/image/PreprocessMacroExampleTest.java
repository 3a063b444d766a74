package org.matinf.fiji.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ij.IJ;
import ij.ImagePlus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.PreprocessingRecipe;
import org.matinf.fiji.MacroRunner;

/** Runs macros/preprocess_pattern.ijm on a folder of patterns and on its own demo pattern. */
class PreprocessMacroExampleTest {
    private static final Path MACRO = Path.of("macros", "preprocess_pattern.ijm");

    @TempDir
    Path dir;

    @Test
    void processesEveryPatternOfAFolderReproducibly() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path out = dir.resolve("out");
        ImagePlus stack = TestImages.patternStack(128, 128, 2);
        IJ.saveAsTiff(stack, in.resolve("a.tif").toString());
        IJ.saveAsTiff(TestImages.discStack(96, 1), in.resolve("b.tif").toString());
        Files.writeString(in.resolve("notes.txt"), "not an image");
        new MacroRunner(dir).runFile(MACRO, "folder=[" + in + "] out=[" + out + "] options=[denoise=median radius=1 "
                + "background=polynomial order=2 normalise=z-score bin=2]");
        ImagePlus a = IJ.openImage(out.resolve("a_preprocessed.tif").toString());
        ImagePlus b = IJ.openImage(out.resolve("b_preprocessed.tif").toString());
        assertNotNull(a);
        assertNotNull(b);
        assertEquals(2, a.getStackSize());
        assertEquals(64, a.getWidth());
        assertEquals(0.04, a.getCalibration().pixelWidth, 1e-12);
        // the Info line reproduces the result
        String recipeLine = a.getInfoProperty().strip();
        assertEquals("MatInf preprocessing: median r=1; background polynomial order=2; normalise z-score; bin 2", recipeLine);
        GrayImage again = PreprocessingRecipe.parse(recipeLine).apply(ImageSlices.slice(stack, 2));
        assertArrayEquals(again.pixels(), (float[]) a.getStack().getProcessor(2).getPixels());
        assertEquals(48, b.getWidth());
    }

    @Test
    void runsOnItsDemoPatternWithoutAFolder() {
        Path out = dir.resolve("demo-out");
        new MacroRunner(dir).runFile(MACRO, "out=[" + out + "]");
        ImagePlus r = IJ.openImage(out.resolve("demo_pattern_preprocessed.tif").toString());
        assertNotNull(r);
        assertEquals("MatInf preprocessing: hotpixels k=5; gaussian sigma=1; background rolling-ball r=50; "
                + "normalise percentile 1-99.5; log; mask r=120", r.getInfoProperty().strip());
        assertEquals("1/nm", r.getCalibration().getUnit());
        // masked corners are 0; the log of a [0, 1] range tops out at ln 2
        assertEquals(0, r.getProcessor().getf(0, 0), 0f);
        r.getProcessor().resetMinAndMax();
        assertEquals(Math.log(2), r.getProcessor().getMax(), 1e-6);
    }
}
