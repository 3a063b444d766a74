package org.matinf.fiji.diffraction;

import ij.IJ;
import ij.gui.Plot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.PeakFinder;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Finds the peaks of a measured powder pattern ({@link PeakFinder}: smoothing, noise-based
 * threshold, pseudo-Voigt least-squares fits) after removing the background, and lists them in
 * the Results table, replacing what was there: two_theta, d (Å; NaN without a wavelength), height
 * above the background, fwhm (°), area (intensity × °), eta (Lorentzian fraction) and the
 * standard uncertainties two_theta_esd, fwhm_esd, area_esd. The plot shows the pattern, the
 * background and a marker on each peak.
 *
 * <p>Macro: {@code run("Find XRD Peaks", "file=[/path/scan.xy] background=snip width=1 threshold=3");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.DIFFRACTION + "Find XRD Peaks")
public class FindXrdPeaks extends MeasuredAnalysisCommand {

    @Parameter(label = "Threshold (noise σ)", persist = false, min = "0",
            description = "How many noise standard deviations a peak must stand above its surroundings")
    private double threshold = 3;

    @Override
    protected void execute() throws IOException {
        PeakFinder finder = new PeakFinder().withThreshold(threshold);
        PowderProfile m = measured();
        double[] bg = XrdSettings.backgroundOf(m, backgroundMethod());
        double[] y = m.intensity();
        for (int i = 0; i < y.length; i++) {
            y[i] -= bg[i];
        }
        List<PeakFinder.Peak> peaks = finder.find(m.withIntensity(m.name() + " minus background", y));
        PatternTables.replaceResults(rt -> PatternTables.addFoundPeaks(rt, peaks));

        List<String> legend = new ArrayList<>();
        Plot plot = measuredPlot("Peaks of " + fileName(), "Intensity", m, bg, legend);
        double[] x = m.twoTheta();
        double[] px = new double[peaks.size()];
        double[] py = new double[peaks.size()];
        for (int k = 0; k < px.length; k++) {
            px[k] = peaks.get(k).twoTheta();
            py[k] = interpolate(x, bg, px[k]) + peaks.get(k).height();
        }
        if (px.length > 0) {
            DiffractionPlots.addMarkers(plot, px, py, DiffractionPlots.color(1));
            legend.add("peaks");
        }
        DiffractionPlots.setLegend(plot, legend);
        display(plot, m, DiffractionPlots.lowest(m.intensity()), m.maxIntensity());
        IJ.log(String.format(Locale.ROOT, "%s: %d peaks above %s σ (noise σ = %.4g after background removal), λ = %s",
                fileName(), peaks.size(), XrdSettings.number(threshold), PeakFinder.noise(m.withIntensity("", y)),
                XrdSettings.describe(m.wavelength())));
    }

    /** Linear interpolation of y(x) on an increasing grid, clamped at the ends. */
    static double interpolate(double[] x, double[] y, double at) {
        int i = Arrays.binarySearch(x, at);
        if (i >= 0) {
            return y[i];
        }
        int hi = -i - 1;
        if (hi <= 0) {
            return y[0];
        }
        if (hi >= x.length) {
            return y[x.length - 1];
        }
        double t = (at - x[hi - 1]) / (x[hi] - x[hi - 1]);
        return y[hi - 1] + t * (y[hi] - y[hi - 1]);
    }
}
