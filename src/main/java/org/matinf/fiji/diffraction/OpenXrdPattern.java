package org.matinf.fiji.diffraction;

import ij.IJ;
import ij.gui.Plot;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

/**
 * Reads a measured powder pattern (.xy, .xye, .csv, .txt, .dat, XRDML, RAS), plots it and lists its
 * points (two_theta, intensity, and sigma when the file has uncertainties) in the table "Powder
 * Pattern"; without a screen the points replace the Results table. The Log gets the number of points,
 * the 2θ range, the wavelength and what else the file says about the measurement.
 *
 * <p>Macro: {@code run("Open XRD Pattern", "file=[/path/scan.xrdml]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.DIFFRACTION + "Open XRD Pattern")
public class OpenXrdPattern extends MeasuredPatternCommand {


    @Override
    protected void execute() throws IOException {
        PowderProfile p = readMeasured();
        if (p.size() == 0) {
            throw new IllegalArgumentException(fileName() + ": the pattern has no points");
        }
        PatternTables.showNamed(PatternTables.POINTS_TABLE, rt -> PatternTables.addPoints(rt, p));
        Plot chart = DiffractionPlots.create(fileName(), "Intensity");
        DiffractionPlots.addCurve(chart, p.twoTheta(), p.intensity(), Color.BLACK);
        DiffractionPlots.setLegend(chart, List.of(p.name()));
        display(chart, p, DiffractionPlots.lowest(p.intensity()), p.maxIntensity());
        IJ.log(summary(fileName(), p));
    }

    /** "scan.xy: 4001 points, 2θ 10–90° (step 0.02°), λ = 1.54060 Å" and the file's metadata. */
    static String summary(String name, PowderProfile p) {
        int n = p.size();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: %d points, 2θ %s–%s°%s, λ = %s%s", name, n,
                XrdSettings.number(p.twoTheta(0)), XrdSettings.number(p.twoTheta(n - 1)),
                n > 1 ? " (mean step " + XrdSettings.number((p.twoTheta(n - 1) - p.twoTheta(0)) / (n - 1)) + "°)" : "",
                XrdSettings.describe(p.wavelength()), p.sigma() == null ? "" : ", with uncertainties"));
        for (Map.Entry<String, String> e : p.metadata().entrySet()) {
            sb.append("\n  ").append(e.getKey()).append(": ").append(e.getValue());
        }
        return sb.toString();
    }
}
