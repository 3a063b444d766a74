package org.matinf.fiji.diffraction;

import ij.gui.Plot;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.matinf.core.diffraction.BackgroundSubtraction;
import org.matinf.core.diffraction.PowderProfile;
import org.scijava.plugin.Parameter;

/**
 * A command that analyses a measured pattern above its background: the wavelength (the file's own
 * unless given), the background estimate (the optional PNG file for the plot comes from {@link MeasuredPatternCommand}).
 */
public abstract class MeasuredAnalysisCommand extends MeasuredPatternCommand {

    @Parameter(label = "Wavelength", persist = false,
            description = "auto = the file's own (XRDML, RAS, .xy header); else CuKa1, 1.5406, 17.48 keV, ...")
    private String wavelength = XrdSettings.AUTO;

    @Parameter(label = "Background", choices = {"snip", "arpls", "none"}, persist = false,
            description = "Background estimate: SNIP clipping, arPLS smoothing, or none")
    private String background = "snip";

    @Parameter(label = "Width (background, °)", persist = false, min = "0",
            description = "SNIP: clipping half-width, about 2-3 peak widths; arPLS: stiffness length (degrees 2θ)")
    private double width = 1.0;

    /** The measured pattern with the wavelength to use (NaN when "auto" and the file has none). */
    protected PowderProfile measured() {
        return XrdSettings.withWavelength(readMeasured(), wavelength);
    }

    /** The background estimate, null for "none". */
    protected BackgroundSubtraction backgroundMethod() {
        return XrdSettings.background(background, width);
    }

    /** The measured curve and, unless it is zero, the background in a new plot; legend entries added to {@code legend}. */
    protected static Plot measuredPlot(String title, String yLabel, PowderProfile p, double[] bg, List<String> legend) {
        Plot plot = DiffractionPlots.create(title, yLabel);
        DiffractionPlots.addCurve(plot, p.twoTheta(), p.intensity(), Color.BLACK);
        legend.add("measured");
        if (Arrays.stream(bg).anyMatch(b -> b != 0)) {
            DiffractionPlots.addCurve(plot, p.twoTheta(), bg, Color.GRAY);
            legend.add("background");
        }
        return plot;
    }
}
