package org.matinf.fiji.diffraction;

import ij.IJ;
import ij.gui.Plot;
import ij.measure.ResultsTable;
import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.PatternFit;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.core.diffraction.PowderProfileBuilder;
import org.matinf.core.diffraction.ProfileModel;
import org.matinf.core.diffraction.XrdCalculator;
import org.matinf.core.diffraction.XrdPattern;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Compares a measured powder pattern with the pattern calculated from a structure: the background
 * is estimated and kept fixed, the calculated profile (on the measured 2θ points, at the measured
 * wavelength) is scaled to the rest by weighted least squares ({@link PatternFit}), and the plot
 * overlays measured, background, calculated (background + scaled profile) and the difference curve
 * (below the pattern). One row is added to the Results table (rows accumulate, as with Structure
 * Info, so a macro can compare one scan with several candidates): file, structure, formula,
 * wavelength, scale, rwp, rexp (both in %) and chi2.
 *
 * <p>Macro: {@code run("Compare XRD Patterns", "file=[/path/scan.xy] structure=[/path/Si.cif] wavelength=auto
 * profile=pseudo-voigt fwhm=0.08");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.DIFFRACTION + "Compare XRD Patterns")
public class CompareXrdPatterns extends MeasuredAnalysisCommand {
    /** Columns that Compare XRD Patterns adds to the Results table, in order. */
    public static final String[] COLUMNS = {"file", "structure", "formula", "wavelength", "scale", "rwp", "rexp", "chi2"};

    /** Reflections this far (°) outside the measured range still contribute their tails. */
    private static final double MARGIN = 2;

    @Parameter(label = "Structure", style = FileWidget.OPEN_STYLE, persist = false,
            description = "Structure to compare with: .cif, .vasp/POSCAR, .xyz or .json")
    private File structure;

    @Parameter(label = "Profile", choices = {"pseudo-voigt", "gaussian", "lorentzian", "tch"}, persist = false,
            description = "Line shape of the calculated profile")
    private String profile = "pseudo-voigt";

    @Parameter(label = "FWHM (°)", persist = false, min = "0", description = "Line width of the calculated profile, degrees 2θ")
    private double fwhm = 0.1;

    @Parameter(label = "Eta (pseudo-Voigt Lorentzian fraction)", persist = false, min = "0", max = "1",
            description = "Lorentzian fraction of the pseudo-Voigt profile, 0 to 1")
    private double eta = 0.5;

    @Override
    protected void execute() throws IOException {
        ProfileModel model = XrdSettings.profile(profile, fwhm, 0, 0, eta, 0);
        PowderProfile m = measured();
        if (Double.isNaN(m.wavelength())) {
            throw new IllegalArgumentException(fileName() + " does not give its wavelength; set it, e.g. wavelength=CuKa1");
        }
        if (m.size() < 2) {
            throw new IllegalArgumentException(fileName() + ": a comparison needs at least two points");
        }
        Structure s = StructureIO.read(required(structure, "structure"));
        double[] x = m.twoTheta();
        XrdPattern sticks = XrdCalculator.builder().wavelength(m.wavelength())
                .twoThetaRange(Math.max(0, x[0] - MARGIN), Math.min(180, x[x.length - 1] + MARGIN)).build().calculate(s);
        if (sticks.size() == 0) {
            throw new IllegalArgumentException(structure.getName() + " has no reflections between 2θ = " + x[0]
                    + "° and " + x[x.length - 1] + "°");
        }
        PowderProfile calc = new PowderProfileBuilder().profile(model).grid(x).name(structure.getName()).build(sticks);
        double[] bg = XrdSettings.backgroundOf(m, backgroundMethod());
        PatternFit fit = PatternFit.fit(m, bg, List.of(calc));

        ResultsTable rt = ResultsTable.getResultsTable();
        addRow(rt, filePath(), structure.getPath(), s.reducedFormula(), m.wavelength(), fit);
        rt.show("Results");
        double[] difference = fit.difference();
        double offset = differenceOffset(m, difference);
        for (int i = 0; i < difference.length; i++) {
            difference[i] += offset;
        }
        display(plot(m, fit, difference), m, DiffractionPlots.lowest(difference), m.maxIntensity());
        IJ.log(String.format(Locale.ROOT, "%s vs %s (%s): scale %.6g, Rwp = %.2f %%, Rexp = %.2f %%, χ² = %.4g; λ = %s, "
                + "background %s, profile %s", fileName(), structure.getName(), s.reducedFormula(), fit.scales()[0],
                100 * fit.rwp(), 100 * fit.rexp(), fit.chiSquared(), XrdSettings.describe(m.wavelength()),
                backgroundMethod() == null ? "none" : backgroundMethod(), profile + " FWHM " + XrdSettings.number(fwhm) + "°"));
    }

    /** Adds the row of one comparison (see {@link #COLUMNS}); rwp and rexp in percent. */
    static void addRow(ResultsTable rt, String file, String structurePath, String formula, double wavelength, PatternFit fit) {
        rt.incrementCounter();
        rt.addValue("file", file);
        rt.addValue("structure", structurePath);
        rt.addValue("formula", formula);
        rt.addValue("wavelength", wavelength);
        rt.addValue("scale", fit.scales()[0]);
        rt.addValue("rwp", 100 * fit.rwp());
        rt.addValue("rexp", 100 * fit.rexp());
        rt.addValue("chi2", fit.chiSquared());
        PatternTables.decimals(rt, PatternTables.DECIMALS, "wavelength", "scale", "rwp", "rexp", "chi2");
    }

    /** Where the difference curve goes: its highest point a little below the lowest measured value. */
    private static double differenceOffset(PowderProfile m, double[] difference) {
        double top = Double.NEGATIVE_INFINITY;
        for (double d : difference) {
            top = Math.max(top, d);
        }
        return DiffractionPlots.lowest(m.intensity()) - top - 0.02 * m.maxIntensity();
    }

    private Plot plot(PowderProfile m, PatternFit fit, double[] shiftedDifference) {
        List<String> legend = new ArrayList<>();
        Plot p = measuredPlot(fileName() + " vs " + structure.getName(), "Intensity", m, fit.background(), legend);
        DiffractionPlots.addCurve(p, m.twoTheta(), fit.calculated(), DiffractionPlots.color(1));
        legend.add("calculated (" + structure.getName() + ")");
        DiffractionPlots.addCurve(p, m.twoTheta(), shiftedDifference, DiffractionPlots.color(0));
        legend.add("difference");
        DiffractionPlots.setLegend(p, legend);
        return p;
    }
}
