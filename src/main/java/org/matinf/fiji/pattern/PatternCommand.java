package org.matinf.fiji.pattern;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import java.util.function.Function;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageException;
import org.matinf.core.progress.CancelledException;
import org.matinf.fiji.image.ImageCommand;
import org.matinf.fiji.image.ImageSlices;

/**
 * Base of the commands that measure diffraction patterns slice by slice: a problem with one slice
 * (NaN pixels, a flat slice, a centre outside it, no rings) is reported as
 * "title, slice n: problem" (just "title: problem" for a single image).
 */
public abstract class PatternCommand extends ImageCommand {

    /** Number of slices of the (checked) input image. */
    protected int slices() {
        return input().getStackSize();
    }

    /**
     * Applies a measurement to slice n (1-based) as a float image with the image's calibration,
     * turning its {@link IllegalArgumentException} into an {@link ImageException} naming the slice.
     *
     * @throws CancelledException if the user pressed Esc
     */
    protected <T> T onSlice(int n, Function<GrayImage, T> measurement) {
        ImagePlus imp = input();
        if (progress().isCancelled()) {
            throw new CancelledException();
        }
        progress().progress(n - 1, imp.getStackSize(), title() + ": slice " + n + "/" + imp.getStackSize());
        try {
            return measurement.apply(ImageSlices.slice(imp, n));
        } catch (IllegalArgumentException ex) {
            throw new ImageException(imp.getTitle(), imp.getStackSize() > 1 ? n : 0, ex.getMessage());
        }
    }

    /** Sets the decimal places of the named columns that exist. */
    protected static void decimals(ResultsTable rt, int digits, String... columns) {
        for (String c : columns) {
            int index = rt.getColumnIndex(c);
            if (index != ResultsTable.COLUMN_NOT_FOUND) {
                rt.setDecimalPlaces(index, digits);
            }
        }
    }
}
