package org.matinf.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreprocessingRecipeTest {
    private static final String FULL = "MatInf preprocessing: hotpixels k=5; gaussian sigma=1; background rolling-ball r=50; "
            + "normalise percentile 1-99.5; log; mask r=120; bin 2";

    @ParameterizedTest
    @ValueSource(strings = {FULL,
        "MatInf preprocessing: none",
        "MatInf preprocessing: median r=2.5; background polynomial order=3; normalise z-score; gamma 0.45; resize 256x256 area",
        "MatInf preprocessing: background radial-median centre=255.5,250.25 width=2; normalise min-max; mask r=100.5 centre=255.5,250.25 outside=-1",
        "MatInf preprocessing: background rolling-ball r=12.5 light no-presmooth; resize 100x80 bilinear",
        "MatInf preprocessing: background radial-median; bin 4 sum",
        "MatInf preprocessing: hotpixels k=0.1; normalise percentile 0-100"})
    void textRoundTrips(String text) {
        PreprocessingRecipe r = PreprocessingRecipe.parse(text);
        assertEquals(text, r.toText());
        assertEquals(r, PreprocessingRecipe.parse(r.toText()));
    }

    @Test
    void stepsAreAppliedInTheFixedOrder() {
        PreprocessingRecipe r = PreprocessingRecipe.of(Resampling.bin(2, false), new CircularMask(120), IntensityScaling.log(),
                Normalisation.percentile(1, 99.5), new RollingBallBackground(50), new GaussianFilter(1), new HotPixelFilter(5));
        assertEquals(FULL, r.toText());
        // the text may list the steps in any order and leave out the prefix
        assertEquals(r, PreprocessingRecipe.parse("bin 2; mask r=120; log; normalise percentile 1-99.5;"
                + " background rolling-ball r=50; gaussian sigma=1.0; hotpixels k=5"));
        GrayImage g = SyntheticPatterns.spots(128, 128, 3);
        GrayImage byHand = g;
        for (PreprocessingStep s : List.of(new HotPixelFilter(5), new GaussianFilter(1), new RollingBallBackground(50),
                Normalisation.percentile(1, 99.5), IntensityScaling.log(), new CircularMask(120), Resampling.bin(2, false))) {
            byHand = s.apply(byHand);
        }
        GrayImage out = r.apply(g);
        assertEquals(byHand, out);
        assertEquals(64, out.width());
        assertEquals(SyntheticPatterns.spots(128, 128, 3), g, "the input is not changed");
    }

    @Test
    void withReplacesTheStepOfAStage() {
        PreprocessingRecipe r = PreprocessingRecipe.NONE.with(new GaussianFilter(2)).with(new MedianFilter(1));
        assertEquals("MatInf preprocessing: median r=1", r.toText());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.of(new GaussianFilter(2), new MedianFilter(1)))
                .getMessage().contains("'gaussian sigma=2' and 'median r=1' are both denoise"));
        GrayImage g = SyntheticPatterns.noise(8, 8, 1);
        GrayImage copy = PreprocessingRecipe.NONE.apply(g);
        assertEquals(g, copy);
        copy.set(0, 0, -1);
        assertTrue(g.get(0, 0) >= 0, "NONE returns a copy");
    }

    @Test
    void notesReportTheHotPixels() {
        GrayImage g = GrayImage.blank(20, 20, null);
        g.set(4, 4, 100);
        List<String> notes = new ArrayList<>();
        PreprocessingRecipe.parse("hotpixels k=5").apply(g, "p", 1, notes::add);
        assertEquals(List.of("hot pixels replaced: 1 (deviation > 5 sigma; image MAD = 0.2500)"), notes);
    }

    @Test
    void unreadableTextNamesThePart() {
        assertEquals("recipe step 'blur 3': unknown step 'blur'",
                assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.parse("MatInf preprocessing: blur 3")).getMessage());
        assertEquals("recipe step 'gaussian sigma=abc': sigma must be a number, got 'abc'",
                assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.parse("gaussian sigma=abc")).getMessage());
        assertEquals("recipe step 'gaussian sigma=0': gaussian sigma must be a positive number, got 0",
                assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.parse("gaussian sigma=0")).getMessage());
        assertEquals("recipe step 'median': 'r=' is missing",
                assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.parse("median")).getMessage());
        assertEquals("recipe step 'bin 2 mean': unexpected 'mean'",
                assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.parse("bin 2 mean")).getMessage());
        assertEquals("recipe step 'mask r=5 size=3': unknown setting 'size'",
                assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.parse("mask r=5 size=3")).getMessage());
        assertEquals("recipe step 'background snip': unknown background 'snip' (rolling-ball, polynomial or radial-median)",
                assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.parse("background snip")).getMessage());
        assertEquals("empty preprocessing recipe", assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.parse(" ")).getMessage());
    }

    @Test
    void nanPixelsAreRefusedBySmoothingAndSkippedByStatistics() {
        GrayImage g = SyntheticPatterns.spots(32, 32, 2);
        g.set(3, 4, Float.NaN);
        ImageException ex = assertThrows(ImageException.class,
                () -> PreprocessingRecipe.parse("gaussian sigma=1; normalise min-max").apply(g, "p.tif", 2, n -> { }));
        assertEquals("p.tif, slice 2: pixel (3, 4) is NaN; replace NaN/infinite pixels first (e.g. Process>Math>Remove NaNs)",
                ex.getMessage());
        GrayImage out = PreprocessingRecipe.parse("background polynomial order=2; normalise min-max; mask r=20").apply(g);
        assertTrue(Float.isNaN(out.get(3, 4)));
        assertEquals(0.0, out.range()[0], 0.0);
        assertEquals(1.0, out.range()[1], 1e-6);
    }

    @Test
    void parametersTooLargeForTheImageNameTheStep() {
        GrayImage g = SyntheticPatterns.noise(64, 64, 1);
        assertEquals("p.tif: median r=80: median radius 80 is larger than the image (64 x 64 pixels)",
                assertThrows(ImageException.class, () -> PreprocessingRecipe.parse("median r=80").apply(g, "p.tif", 0, n -> { }))
                        .getMessage());
        assertEquals("p.tif, slice 3: gaussian sigma=100: gaussian sigma 100 is larger than the image (64 x 64 pixels)",
                assertThrows(ImageException.class, () -> PreprocessingRecipe.parse("gaussian sigma=100").apply(g, "p.tif", 3, n -> { }))
                        .getMessage());
        assertTrue(assertThrows(ImageException.class, () -> PreprocessingRecipe.parse("background rolling-ball r=500").apply(g))
                .getMessage().startsWith("<image>: background rolling-ball r=500: rolling ball radius 500 is larger than the image"));
        assertEquals("p.tif: bin 2: binning by 2 needs an image of at least 2 x 2 pixels (this one has 1 x 64 pixels)",
                assertThrows(ImageException.class, () -> PreprocessingRecipe.parse("bin 2").apply(GrayImage.blank(1, 64, null), "p.tif", 0,
                        n -> { })).getMessage());
        assertEquals("empty image (0 x 5 pixels)",
                assertThrows(IllegalArgumentException.class, () -> GrayImage.blank(0, 5, null)).getMessage());
    }
}
