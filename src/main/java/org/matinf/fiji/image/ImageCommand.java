package org.matinf.fiji.image;

import ij.ImagePlus;
import org.matinf.fiji.MatInfCommand;
import org.scijava.plugin.Parameter;

/**
 * Base of the commands that work on the active image: Fiji (imagej-legacy) and MatInf's ImageJ 1.x
 * launcher both fill {@link #image} with the current image (in batch macros: the one selected
 * last). A stack is processed slice by slice.
 */
public abstract class ImageCommand extends MatInfCommand {
    /** The image to work on: the active one. */
    @Parameter
    protected ImagePlus image;

    /** The input image, checked (not missing, empty or RGB). */
    protected ImagePlus input() {
        ImageSlices.check(image);
        return image;
    }
}
