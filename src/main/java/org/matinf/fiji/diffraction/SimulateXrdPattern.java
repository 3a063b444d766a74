package org.matinf.fiji.diffraction;

import ij.IJ;
import ij.gui.Plot;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.PowderPatternIO;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.core.diffraction.ProfileModel;
import org.matinf.core.diffraction.Radiation;
import org.matinf.core.diffraction.XrdCalculator;
import org.matinf.core.diffraction.XrdPattern;
import org.matinf.core.diffraction.XrdPeak;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Calculates the powder diffraction pattern of a structure file (pymatgen's XRDCalculator
 * physics, see {@link XrdCalculator}) and puts its peaks in the Results table, replacing what was
 * there: one row per peak with the columns two_theta, intensity (strongest = 100), d, hkl (the
 * first family's indices, "1 1 1") and multiplicity (reflections merged into the peak). A plot shows
 * the sticks labelled with (h k l), and the continuous profile when a line shape is chosen; the
 * profile can also be written to an .xy or .csv file.
 *
 * <p>Macro: {@code run("Simulate XRD Pattern", "file=[/path/Si.cif] wavelength=CuKa two_theta_min=0 two_theta_max=90");
 * saveAs("Results", "/tmp/Si_peaks.csv");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.DIFFRACTION + "Simulate XRD Pattern")
public class SimulateXrdPattern extends SimulationCommand {

    @Parameter(label = "Output (profile .xy or .csv)", style = FileWidget.SAVE_STYLE, persist = false, required = false,
            description = "Write the continuous profile (strongest point = 100) to this .xy or .csv file (optional)")
    private File output;

    @Override
    protected void execute() throws IOException {
        XrdCalculator calc = calculator();
        ProfileModel model = profileModel();
        boolean writing = output != null && !output.getPath().isBlank();
        if (writing && model == null) {
            throw new IllegalArgumentException("output needs a profile (gaussian, lorentzian, pseudo-voigt or tch), not none");
        }
        Structure s = readInput();
        String name = inputPath().getFileName().toString();
        XrdPattern pattern = calc.calculate(s);
        PatternTables.replaceResults(rt -> PatternTables.addPeaks(rt, pattern));
        Plot p = DiffractionPlots.create("XRD " + name, "Intensity (strongest = 100)");
        List<String> legend = new ArrayList<>();
        DiffractionPlots.addSticks(p, pattern, 1, DiffractionPlots.color(0), true);
        legend.add("peaks");
        if (model != null) {
            PowderProfile profile = normalised(profileBuilder(model).build(pattern), name + " calculated");
            DiffractionPlots.addCurve(p, profile.twoTheta(), profile.intensity(), DiffractionPlots.color(1));
            legend.add("profile");
            if (writing) {
                PowderPatternIO.write(profile, output.toPath());
            }
        }
        DiffractionPlots.setLegend(p, legend);
        display(p, 100);
        IJ.log(summary(name, s, calc, pattern) + (writing ? "\n  profile written to " + output : ""));
    }

    private static String summary(String name, Structure s, XrdCalculator calc, XrdPattern pattern) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: %s, %s, λ = %s, 2θ %s–%s°: %d peaks",
                name, s.reducedFormula(), calc.radiation() == Radiation.XRAY ? "X-rays" : "neutrons",
                XrdSettings.describe(calc.wavelength()), XrdSettings.number(calc.twoThetaMin()),
                XrdSettings.number(calc.twoThetaMax()), pattern.size()));
        pattern.peaks().stream().max(Comparator.comparingDouble(XrdPeak::intensity)).ifPresent(q -> sb.append(
                String.format(Locale.ROOT, "; strongest (%s) at 2θ = %.4f°, d = %.5f Å", q.hklLabel(), q.twoTheta(), q.d())));
        return sb.toString();
    }
}
