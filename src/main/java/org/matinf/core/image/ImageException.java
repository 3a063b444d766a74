package org.matinf.core.image;

import org.matinf.core.InputException;

/**
 * An image that cannot be processed (empty, wrong bit depth, NaN where numbers are needed, a
 * parameter that does not fit it), with the image's title and, for stacks, the slice number in
 * place of a line: "pattern.tif, slice 3: ...".
 */
public class ImageException extends InputException {
    private static final long serialVersionUID = 1L;

    /** @param slice 1-based slice number, or 0 for a single image */
    public ImageException(String image, int slice, String problem) {
        super(image == null ? "<image>" : image + (slice > 0 ? ", slice " + slice : ""), 0, problem, null);
    }

    /** A problem with the image as a whole. */
    public ImageException(String image, String problem) {
        this(image, 0, problem);
    }
}
