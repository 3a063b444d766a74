package org.matinf.fiji.image;

import ij.ImagePlus;
import ij.ImageStack;
import java.io.IOException;
import org.matinf.core.image.EdgeDetection;
import org.matinf.core.image.GaussianFilter;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageException;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Finds edges in the active image (every slice of a stack) and shows them as a new binary 8-bit
 * image (255 = edge, 0 = not), calibration and slice labels kept. Canny gives one-pixel-wide
 * boundaries (Gaussian sigma, non-maximum suppression, hysteresis between low and high); Sobel
 * marks every pixel whose gradient magnitude reaches high (after the same optional Gaussian).
 * Thresholds are fractions of each slice's largest gradient or absolute (intensity per pixel).
 *
 * <p>Macro: {@code run("Detect Edges", "method=canny sigma=2 low=0.1 high=0.3 thresholds=fraction");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.IMAGES + "Detect Edges")
public class DetectEdges extends ImageCommand {

    @Parameter(label = "method", choices = {"canny", "sobel"}, persist = false)
    private String method = "canny";

    @Parameter(label = "sigma (Gaussian, pixels; 0 = none)", persist = false, min = "0")
    private double sigma = 2;

    @Parameter(label = "low (threshold, Canny)", persist = false, min = "0")
    private double low = 0.1;

    @Parameter(label = "high (threshold)", persist = false, min = "0")
    private double high = 0.3;

    @Parameter(label = "thresholds", choices = {"fraction", "absolute"}, persist = false,
            description = "fraction: of the largest gradient magnitude in the slice; absolute: intensity per pixel")
    private String thresholds = "fraction";

    @Override
    protected void execute() throws IOException {
        ImagePlus in = input();
        boolean relative = switch (thresholds) {
            case "fraction" -> true;
            case "absolute" -> false;
            default -> throw new IllegalArgumentException("thresholds must be fraction or absolute; got '" + thresholds + "'");
        };
        if (!method.equals("canny") && !method.equals("sobel")) {
            throw new IllegalArgumentException("method must be canny or sobel; got '" + method + "'");
        }
        String title = in.getTitle();
        int slices = in.getStackSize();
        ImagePlus edges = ImageSlices.map(in, resultTitle("-edges"), (gray, n) -> {
            try {
                gray.requireFinite(title, slices > 1 ? n : 0);
                return edges(gray);
            } catch (IllegalArgumentException ex) {
                throw new ImageException(title, slices > 1 ? n : 0, ex.getMessage());
            }
        }, progress());
        ResultImages.show(toBinary(edges));
    }

    private GrayImage edges(GrayImage gray) {
        if (method.equals("canny")) {
            return EdgeDetection.canny(gray, sigma, low, high, relative());
        }
        GrayImage smooth = sigma > 0 ? new GaussianFilter(sigma).apply(gray) : gray;
        return EdgeDetection.sobelEdges(smooth, high, relative());
    }

    private boolean relative() {
        return thresholds.equals("fraction");
    }


    /** The 0/255 float slices as an 8-bit image, values kept as they are. */
    private static ImagePlus toBinary(ImagePlus edges) {
        ImageStack in = edges.getStack();
        ImageStack out = new ImageStack(edges.getWidth(), edges.getHeight());
        for (int i = 1; i <= in.getSize(); i++) {
            out.addSlice(in.getSliceLabel(i), in.getProcessor(i).convertToByteProcessor(false));
        }
        ImagePlus result = new ImagePlus(edges.getTitle(), out);
        result.setDimensions(edges.getNChannels(), edges.getNSlices(), edges.getNFrames());
        result.setCalibration(edges.getCalibration());
        return result;
    }
}
