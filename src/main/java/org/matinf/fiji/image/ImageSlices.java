package org.matinf.fiji.image;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.image.ImageException;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.ProgressListener;

/**
 * Moves pixels between ImageJ images and core {@link GrayImage}s, slice by slice, keeping the
 * spatial or reciprocal calibration and the slice labels. 8-, 16- and 32-bit images and stacks
 * (also virtual ones) are accepted; RGB is refused with a message saying how to convert.
 */
public final class ImageSlices {

    /** What a command does to one slice. */
    @FunctionalInterface
    public interface SliceOperation {
        /** @param slice 1-based slice number, for messages */
        GrayImage apply(GrayImage image, int slice);
    }

    private ImageSlices() {
    }

    /**
     * Checks that an image can be processed.
     *
     * @throws ImageException if it is missing, empty or RGB
     */
    public static void check(ImagePlus imp) {
        if (imp == null) {
            throw new ImageException("<no image>", "no image is open; open a diffraction pattern or micrograph first");
        }
        if (imp.getWidth() <= 0 || imp.getHeight() <= 0 || imp.getStackSize() <= 0) {
            throw new ImageException(imp.getTitle(), "the image is empty (" + imp.getWidth() + " x " + imp.getHeight() + " pixels)");
        }
        if (imp.getBitDepth() == 24) {
            throw new ImageException(imp.getTitle(), "RGB images are not supported; convert to 8-, 16- or 32-bit greyscale first (Image>Type)");
        }
    }

    /** The calibration of an ImageJ image (pixel width and unit). */
    public static ImageCalibration calibration(ImagePlus imp) {
        Calibration cal = imp.getCalibration();
        if (cal == null || !cal.scaled()) {
            return ImageCalibration.NONE;
        }
        return new ImageCalibration(cal.pixelWidth, cal.getUnit());
    }

    /** Sets an ImageJ image's calibration from a core one. */
    public static void applyCalibration(ImagePlus imp, ImageCalibration calibration) {
        Calibration cal = imp.getCalibration().copy();
        if (calibration.isCalibrated()) {
            cal.pixelWidth = calibration.pixelSize();
            cal.pixelHeight = calibration.pixelSize();
            cal.setUnit(calibration.unit());
        } else {
            cal.pixelWidth = 1;
            cal.pixelHeight = 1;
            cal.setUnit("pixel");
        }
        imp.setCalibration(cal);
    }

    /** Slice {@code n} (1-based) as a float image with the image's calibration. */
    public static GrayImage slice(ImagePlus imp, int n) {
        ImageProcessor ip = imp.getStack().getProcessor(n);
        float[] pixels = (float[]) ip.convertToFloatProcessor().getPixels();
        return new GrayImage(ip.getWidth(), ip.getHeight(), pixels.clone(), calibration(imp));
    }

    /** An ImageJ float processor holding a core image's pixels (not copied). */
    public static FloatProcessor processor(GrayImage image) {
        return new FloatProcessor(image.width(), image.height(), image.pixels());
    }

    /** A single-slice ImageJ image of a core image, calibrated. */
    public static ImagePlus toImagePlus(String title, GrayImage image) {
        ImagePlus out = new ImagePlus(title, processor(image));
        applyCalibration(out, image.calibration());
        return out;
    }

    /**
     * Applies an operation to every slice and returns the results as a new 32-bit image (stack if
     * the input is one) with the input's slice labels and the first result's calibration.
     *
     * @throws CancelledException if the user pressed Esc
     */
    public static ImagePlus map(ImagePlus imp, String title, SliceOperation operation, ProgressListener progress) {
        check(imp);
        int n = imp.getStackSize();
        ImageStack in = imp.getStack();
        ImageStack out = null;
        ImageCalibration calibration = null;
        for (int i = 1; i <= n; i++) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            progress.progress(i - 1, n, title + ": slice " + i + "/" + n);
            GrayImage result = operation.apply(slice(imp, i), i);
            if (out == null) {
                out = new ImageStack(result.width(), result.height());
                calibration = result.calibration();
            }
            out.addSlice(in.getSliceLabel(i), processor(result));
        }
        progress.progress(n, n, title);
        ImagePlus result = new ImagePlus(title, out);
        if (imp.isHyperStack()) {
            result.setDimensions(imp.getNChannels(), imp.getNSlices(), imp.getNFrames());
        }
        applyCalibration(result, calibration);
        return result;
    }
}
