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

    /** A title for a result: the input's title without its extension, then {@code suffix} ("-edges"). */
    protected String resultTitle(String suffix) {
        String title = image == null ? "image" : image.getTitle();
        int dot = title.lastIndexOf('.');
        return (dot > 0 ? title.substring(0, dot) : title) + suffix;
    }

    /** The input image, checked (not missing, empty or RGB). */
    protected ImagePlus input() {
        ImageSlices.check(image);
        return image;
    }
}
