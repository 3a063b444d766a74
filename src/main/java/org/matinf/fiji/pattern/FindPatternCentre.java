package org.matinf.fiji.pattern;

import ij.IJ;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.pattern.PatternCentre;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Finds the centre of a diffraction pattern on every slice: the direct beam's centroid
 * (direct-beam) or the point of best 180° symmetry (friedel; also with a blocked or saturated
 * beam). The Results table gets one row per slice: slice, x, y (pixels, first pixel's centre =
 * 0,0) and score (correlation of the pattern with itself turned by 180° about the centre). The
 * centres are stored with the image ({@value PatternCentres#PROPERTY}) for the other pattern
 * commands, and a point marks the current slice's centre.
 *
 * <p>Macro: {@code run("Find Pattern Centre", "method=friedel");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.IMAGES + "Find Pattern Centre")
public class FindPatternCentre extends PatternCommand {

    @Parameter(label = "Method", choices = {"friedel", "direct-beam"}, persist = false,
            description = "friedel: best 180° symmetry (robust to a blocked beam); direct-beam: centroid of the brightest blob")
    private String method = "friedel";

    @Override
    protected void execute() throws IOException {
        PatternCentre.Method m = PatternCentre.Method.parse(method);
        List<PatternCentre> centres = new ArrayList<>();
        for (int n = 1; n <= slices(); n++) {
            centres.add(onSlice(n, slice -> PatternCentre.find(slice, m)));
        }
        PatternCentres.store(input(), centres);
        PatternTables.replaceResults(rt -> {
            for (int n = 1; n <= centres.size(); n++) {
                PatternCentre c = centres.get(n - 1);
                rt.incrementCounter();
                rt.addValue("slice", n);
                rt.addValue("x", c.x());
                rt.addValue("y", c.y());
                rt.addValue("score", c.score());
            }
            decimals(rt, 0, "slice");
            decimals(rt, 4, "x", "y", "score");
        });
        PatternCentre first = centres.get(0);
        IJ.log(String.format(Locale.ROOT, "%s: centre (%.3f, %.3f), score %.4f (%s)%s", input().getTitle(), first.x(),
                first.y(), first.score(), m.key(), centres.size() > 1 ? ", slice 1 of " + centres.size() : ""));
    }
}
