package org.matinf.fiji.pattern;

import org.matinf.core.image.GrayImage;
import org.scijava.plugin.Parameter;

/** A pattern command that measures about the pattern centre: {@code centre=auto} or {@code centre=[x,y]}. */
public abstract class CentredPatternCommand extends PatternCommand {

    @Parameter(label = "Centre (x,y in pixels, or auto)", persist = false,
            description = "Pattern centre in pixels (first pixel's centre = 0,0), or auto: the one stored by "
                    + "Find Pattern Centre, else found by Friedel symmetry")
    private String centre = PatternCentres.AUTO;

    /** The centre of slice n: {x, y, source} (see {@link PatternCentres#resolve}). */
    protected double[] centreOf(int n, GrayImage slice) {
        return PatternCentres.resolve(centre, input(), n, slice);
    }
}
