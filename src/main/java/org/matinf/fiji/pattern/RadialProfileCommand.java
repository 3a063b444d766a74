package org.matinf.fiji.pattern;

import ij.IJ;
import ij.gui.Plot;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.matinf.core.diffraction.pattern.RadialProfile;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.DiffractionPlots;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * The azimuthal average of a pattern about its centre ({@link RadialProfile}), for every slice:
 * the Results table gets slice, radius_px (middle of the bin), g (1/nm; only when the image is
 * calibrated in reciprocal units), intensity (mean), median (when asked) and count (pixels
 * averaged). A plot shows intensity against g (or radius); without a screen it is saved when a
 * PNG file is given.
 *
 * <p>Macro: {@code run("Radial Profile", "centre=auto bin=1 beam_stop=0 median plot=[/tmp/profile.png]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.IMAGES + "Radial Profile")
public class RadialProfileCommand extends CentredPatternCommand {

    @Parameter(label = "Bin width (pixels)", persist = false, min = "0", description = "Width of the radius bins in pixels")
    private double bin = 1;

    @Parameter(label = "Beam_stop radius (pixels)", persist = false, min = "0",
            description = "Leave out the pixels closer to the centre than this (0 = none)")
    private double beam_stop = 0;

    @Parameter(label = "Median", persist = false, required = false,
            description = "Also give the median of each bin (robust against spots and hot pixels)")
    private boolean median;

    @Parameter(label = "Plot (PNG file)", style = FileWidget.SAVE_STYLE, persist = false, required = false,
            description = "Also save the plot as this PNG file (optional)")
    private File plot;

    @Override
    protected void execute() throws IOException {
        List<RadialProfile> profiles = new ArrayList<>();
        for (int n = 1; n <= slices(); n++) {
            int slice = n;
            profiles.add(onSlice(n, gray -> {
                double[] c = centreOf(slice, gray);
                RadialProfile p = RadialProfile.of(gray, c[0], c[1], bin, beam_stop, median);
                IJ.log(input().getTitle() + (slices() > 1 ? ", slice " + slice : "") + ": radial profile about "
                        + PatternCentres.describe(c));
                return p;
            }));
        }
        PatternTables.replaceResults(rt -> {
            for (int n = 1; n <= profiles.size(); n++) {
                RadialProfile p = profiles.get(n - 1);
                for (int i = 0; i < p.size(); i++) {
                    rt.incrementCounter();
                    rt.addValue("slice", n);
                    rt.addValue("radius_px", p.radius(i));
                    if (p.isCalibrated()) {
                        rt.addValue("g", p.g(i));
                    }
                    rt.addValue("intensity", p.intensity(i));
                    if (median) {
                        rt.addValue("median", p.median(i));
                    }
                    rt.addValue("count", p.count(i));
                }
            }
            decimals(rt, 0, "slice", "count");
            decimals(rt, 6, "radius_px", "g", "intensity", "median");
        });
        DiffractionPlots.display(plotOf(profiles), plot);
    }

    private Plot plotOf(List<RadialProfile> profiles) {
        boolean g = profiles.get(0).isCalibrated();
        Plot p = new Plot("Radial profile of " + input().getTitle(), g ? "g (1/nm)" : "Radius (pixels)", "Intensity");
        List<String> legend = new ArrayList<>();
        for (int n = 1; n <= profiles.size(); n++) {
            RadialProfile profile = profiles.get(n - 1);
            double[] x = new double[profile.size()];
            double[] y = new double[profile.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = g ? profile.g(i) : profile.radius(i);
                y[i] = profile.intensity(i);
            }
            DiffractionPlots.addCurve(p, x, y, DiffractionPlots.color(n - 1));
            legend.add("slice " + n);
        }
        if (profiles.size() > 1) {
            DiffractionPlots.setLegend(p, legend);
        }
        p.setLimitsToFit(false);
        return p;
    }
}
