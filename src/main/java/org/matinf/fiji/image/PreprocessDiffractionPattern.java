package org.matinf.fiji.image;

import ij.IJ;
import ij.ImagePlus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.matinf.core.image.CircularMask;
import org.matinf.core.image.GaussianFilter;
import org.matinf.core.image.HotPixelFilter;
import org.matinf.core.image.IntensityScaling;
import org.matinf.core.image.MedianFilter;
import org.matinf.core.image.Normalisation;
import org.matinf.core.image.PixelPoint;
import org.matinf.core.image.PolynomialBackground;
import org.matinf.core.image.PreprocessingRecipe;
import org.matinf.core.image.RadialMedianBackground;
import org.matinf.core.image.Resampling;
import org.matinf.core.image.RollingBallBackground;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.pattern.PatternCentres;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Preprocesses the active diffraction pattern (or every slice of a stack) with a
 * {@link PreprocessingRecipe} built from the parameters, and shows the result as a new 32-bit
 * image with the calibration kept (scaled when resizing or binning). The recipe's one-line text
 * is appended to the result's Info property (Image › Show Info) and logged, so the run can be
 * repeated exactly.
 *
 * <p>Macro: {@code run("Preprocess Diffraction Pattern", "hotpixels hot_threshold=5 denoise=gaussian
 * sigma=1 background=rolling-ball ball_radius=50 normalise=percentile p_low=1 p_high=99.5 scale=log
 * mask mask_radius=120 bin=2");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.IMAGES + "Preprocess Diffraction Pattern")
public class PreprocessDiffractionPattern extends ImageCommand {
    private static final int MAX_NOTES = 10;

    @Parameter(label = "hotpixels (remove hot pixels)", persist = false, required = false,
            description = "Replace pixels deviating from their 3x3 median by more than hot_threshold x MAD")
    private boolean hotpixels;

    @Parameter(label = "hot_threshold (noise sigmas, 1.4826 MAD)", persist = false, min = "0",
            description = "How many median absolute deviations make a pixel hot")
    private double hot_threshold = 5;

    @Parameter(label = "denoise", choices = {"none", "gaussian", "median"}, persist = false,
            description = "Gaussian blur (sigma) or median filter (radius)")
    private String denoise = "none";

    @Parameter(label = "sigma (Gaussian, pixels)", persist = false, min = "0")
    private double sigma = 1;

    @Parameter(label = "radius (median, pixels)", persist = false, min = "0.5")
    private double radius = 2;

    @Parameter(label = "background", choices = {"none", "rolling-ball", "polynomial", "radial-median"}, persist = false,
            description = "Rolling ball (ImageJ's Subtract Background), polynomial surface or median of each ring about the centre")
    private String background = "none";

    @Parameter(label = "ball_radius (rolling ball, pixels)", persist = false, min = "0")
    private double ball_radius = 50;

    @Parameter(label = "light (light background)", persist = false, required = false)
    private boolean light;

    @Parameter(label = "order (polynomial, 1-4)", persist = false, min = "1", max = "4")
    private int order = 2;

    @Parameter(label = "centre_x (pixels; <0 = image centre)", persist = false,
            description = "Pattern centre for the radial background and the mask; pixel (x, y) has its centre at (x, y); "
                    + "negative: the centre stored by Find Pattern Centre, else the image centre")
    private double centre_x = -1;

    @Parameter(label = "centre_y (pixels; <0 = image centre)", persist = false)
    private double centre_y = -1;

    @Parameter(label = "normalise", choices = {"none", "min-max", "z-score", "percentile"}, persist = false)
    private String normalise = "none";

    @Parameter(label = "p_low (percentile)", persist = false, min = "0", max = "100")
    private double p_low = 1;

    @Parameter(label = "p_high (percentile)", persist = false, min = "0", max = "100")
    private double p_high = 99.5;

    @Parameter(label = "scale", choices = {"none", "log", "gamma"}, persist = false,
            description = "log(1 + I - min) or a range-preserving gamma")
    private String scale = "none";

    @Parameter(label = "gamma", persist = false, min = "0")
    private double gamma = 0.5;

    @Parameter(label = "mask (circular)", persist = false, required = false)
    private boolean mask;

    @Parameter(label = "mask_radius (pixels; 0 = largest inside the image)", persist = false, min = "0")
    private double mask_radius;

    @Parameter(label = "size (resize to size x size; 0 = keep)", persist = false, min = "0")
    private int size;

    @Parameter(label = "bin (1, 2 or 4)", persist = false, min = "1", max = "4")
    private int bin = 1;

    @Parameter(label = "bin_sum (sum, else average)", persist = false, required = false)
    private boolean bin_sum;

    @Override
    protected void execute() throws IOException {
        ImagePlus in = input();
        PreprocessingRecipe recipe = recipe(in.getWidth(), in.getHeight(), PatternCentres.stored(in, 1));
        String title = in.getTitle();
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        int slices = in.getStackSize();
        ImagePlus out = ImageSlices.map(in, resultTitle("-preprocessed"),
                (gray, n) -> (n == 1 ? recipe : recipe(in.getWidth(), in.getHeight(), PatternCentres.stored(in, n)))
                        .apply(gray, title, slices > 1 ? n : 0, note -> notes.add(slices > 1 ? "slice " + n + ": " + note : note)),
                progress());
        String text = recipe.toText();
        String info = in.getInfoProperty();
        out.setProperty("Info", info == null || info.isBlank() ? text : info.stripTrailing() + "\n" + text);
        IJ.log(title + ": " + text);
        for (int i = 0; i < Math.min(MAX_NOTES, notes.size()); i++) {
            IJ.log("  " + notes.get(i));
        }
        if (notes.size() > MAX_NOTES) {
            IJ.log("  ... (" + (notes.size() - MAX_NOTES) + " more)");
        }
        ResultImages.show(out);
    }


    /**
     * The recipe the parameters describe, for an image of the given size.
     *
     * @throws IllegalArgumentException for a choice or combination that makes no sense, with the
     *     macro key in the message
     */
    PreprocessingRecipe recipe(int width, int height) {
        return recipe(width, height, null);
    }

    /**
     * The recipe for an image of the given size, whose centre (when {@code centre_x} and
     * {@code centre_y} are not given) is {@code stored} — the one Find Pattern Centre stored with
     * the slice — or else the image centre.
     */
    PreprocessingRecipe recipe(int width, int height, double[] stored) {
        PreprocessingRecipe r = PreprocessingRecipe.NONE;
        if (hotpixels) {
            r = r.with(new HotPixelFilter(hot_threshold));
        }
        switch (denoise) {
            case "none" -> { }
            case "gaussian" -> r = r.with(new GaussianFilter(sigma));
            case "median" -> r = r.with(new MedianFilter(radius));
            default -> throw choice("denoise", denoise, "none, gaussian, median");
        }
        PixelPoint centre = centre(stored);
        switch (background) {
            case "none" -> { }
            case "rolling-ball" -> r = r.with(new RollingBallBackground(ball_radius, light, true));
            case "polynomial" -> r = r.with(new PolynomialBackground(order));
            case "radial-median" -> r = r.with(new RadialMedianBackground(centre));
            default -> throw choice("background", background, "none, rolling-ball, polynomial, radial-median");
        }
        switch (normalise) {
            case "none" -> { }
            case "min-max" -> r = r.with(Normalisation.minMax());
            case "z-score" -> r = r.with(Normalisation.zScore());
            case "percentile" -> r = r.with(Normalisation.percentile(p_low, p_high));
            default -> throw choice("normalise", normalise, "none, min-max, z-score, percentile");
        }
        switch (scale) {
            case "none" -> { }
            case "log" -> r = r.with(IntensityScaling.log());
            case "gamma" -> r = r.with(IntensityScaling.gamma(gamma));
            default -> throw choice("scale", scale, "none, log, gamma");
        }
        if (mask) {
            double rad = mask_radius > 0 ? mask_radius : Math.min(width, height) / 2.0;
            r = r.with(new CircularMask(rad, centre, 0));
        }
        if (bin != 1 && bin != 2 && bin != 4) {
            throw new IllegalArgumentException("bin must be 1, 2 or 4; got " + bin);
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must be 0 (keep) or the new width and height in pixels; got " + size);
        }
        if (size > 0 && bin > 1) {
            throw new IllegalArgumentException("give either size (resize) or bin, not both");
        }
        if (size > 0 && (size != width || size != height)) {
            r = r.with(Resampling.resize(size, size, size < Math.max(width, height)));
        } else if (bin > 1) {
            r = r.with(Resampling.bin(bin, bin_sum));
        }
        return r;
    }

    private PixelPoint centre(double[] stored) {
        if (centre_x < 0 && centre_y < 0) {
            return stored == null ? null : new PixelPoint(stored[0], stored[1]);
        }
        if (centre_x < 0 || centre_y < 0) {
            throw new IllegalArgumentException("give both centre_x and centre_y (or neither, for the image centre)");
        }
        return new PixelPoint(centre_x, centre_y);
    }

    private static IllegalArgumentException choice(String key, String value, String choices) {
        return new IllegalArgumentException(key + " must be one of " + choices + "; got '" + value + "'");
    }
}
