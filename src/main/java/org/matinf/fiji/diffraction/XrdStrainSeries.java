package org.matinf.fiji.diffraction;

import ij.IJ;
import ij.gui.Plot;
import ij.measure.ResultsTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.HklFamily;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.core.diffraction.ProfileModel;
import org.matinf.core.diffraction.StrainedPeaks;
import org.matinf.core.diffraction.XrdCalculator;
import org.matinf.core.diffraction.XrdPattern;
import org.matinf.core.diffraction.XrdPeak;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Shows how the powder pattern of a structure moves under strain. For each strain ε (in %) the
 * lattice vectors are stretched by 1 + ε, all three ({@code axis=all}, isotropic) or only a, b or c
 * (cell angles and fractional coordinates kept, {@link StrainedPeaks#strainedLattice}), and the
 * pattern is calculated anew from the strained structure, so that positions and intensities are
 * exact and families that the strain splits (e.g. cubic {2 0 0} under c strain) come apart. The plot
 * overlays the patterns (profiles when a line shape is chosen, else sticks), one colour per strain.
 * The Results table (replaced) lists, for each strain, its strongest peaks in order of 2θ: strain
 * (%), hkl, two_theta, d, intensity and shift (2θ minus the 2θ of the same (h k l) without strain).
 *
 * <p>Macro: {@code run("XRD Strain Series", "file=[/path/Si.cif] strains=[-1 0 1 2] axis=all wavelength=CuKa
 * two_theta_min=20 two_theta_max=90 profile=pseudo-voigt");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.DIFFRACTION + "XRD Strain Series")
public class XrdStrainSeries extends SimulationCommand {
    /** Columns of the Results table, in order. */
    public static final String[] COLUMNS = {"strain", "hkl", "two_theta", "d", "intensity", "shift"};

    @Parameter(label = "Strains (%)", persist = false, description = "Strains in percent, e.g. \"-1 0 1 2\"")
    private String strains = "-1 0 1 2";

    @Parameter(label = "Axis", choices = {"all", "a", "b", "c"}, persist = false,
            description = "Stretch all lattice vectors (isotropic) or only a, b or c")
    private String axis = "all";

    @Parameter(label = "Peaks (strongest per strain)", persist = false, min = "1",
            description = "How many of the strongest peaks of each strain the table lists")
    private int peaks = 5;

    @Override
    protected void execute() throws IOException {
        double[] percent = XrdSettings.numbers(strains, "strains");
        if (peaks < 1) {
            throw new IllegalArgumentException("peaks must be at least 1, got " + peaks);
        }
        XrdCalculator calc = calculator();
        ProfileModel model = profileModel();
        Structure s = readInput();
        if (!s.isPeriodic()) {
            throw new IllegalArgumentException("a strain series needs a periodic structure (a crystal)");
        }
        String name = inputPath().getFileName().toString();
        List<XrdPattern> patterns = new ArrayList<>();
        for (double e : percent) {
            patterns.add(calc.calculate(strained(s, e / 100)));
        }
        PatternTables.replaceResults(rt -> {
            for (int k = 0; k < percent.length; k++) {
                addRows(rt, percent[k], strongest(patterns.get(k), peaks), s.lattice(), calc.wavelength());
            }
        });
        Plot p = DiffractionPlots.create("XRD strain series " + name + " (" + axisText() + ")",
                "Intensity (strongest = 100)");
        List<String> legend = new ArrayList<>();
        for (int k = 0; k < percent.length; k++) {
            if (model == null) {
                DiffractionPlots.addSticks(p, patterns.get(k), 1, DiffractionPlots.color(k), false);
            } else {
                PowderProfile q = normalised(profileBuilder(model).build(patterns.get(k)), name);
                DiffractionPlots.addCurve(p, q.twoTheta(), q.intensity(), DiffractionPlots.color(k));
            }
            legend.add((percent[k] > 0 ? "+" : "") + XrdSettings.number(percent[k]) + " %");
        }
        DiffractionPlots.setLegend(p, legend);
        display(p, 100);
        IJ.log(String.format(Locale.ROOT, "%s: %s strain series %s %%, λ = %s", name, axisText(), strains.trim(),
                XrdSettings.describe(calc.wavelength())));
    }

    private String axisText() {
        return axis.equals("all") ? "isotropic" : "along " + axis;
    }

    /** The structure with its lattice vectors stretched by 1 + epsilon as the axis field says. */
    private Structure strained(Structure s, double epsilon) {
        double ea = axis.equals("all") || axis.equals("a") ? epsilon : 0;
        double eb = axis.equals("all") || axis.equals("b") ? epsilon : 0;
        double ec = axis.equals("all") || axis.equals("c") ? epsilon : 0;
        Lattice l = StrainedPeaks.strainedLattice(s.lattice(), ea, eb, ec);
        return new Structure(l, s.sites(), true, s.title());
    }

    /** The n strongest peaks in order of 2θ. */
    static List<XrdPeak> strongest(XrdPattern pattern, int n) {
        List<XrdPeak> out = new ArrayList<>(pattern.peaks());
        out.sort(Comparator.comparingDouble(XrdPeak::intensity).reversed());
        out = new ArrayList<>(out.subList(0, Math.min(n, out.size())));
        out.sort(Comparator.comparingDouble(XrdPeak::twoTheta));
        return out;
    }

    private static void addRows(ResultsTable rt, double percent, List<XrdPeak> list, Lattice unstrained, double lambda) {
        for (XrdPeak q : list) {
            rt.incrementCounter();
            rt.addValue("strain", percent);
            rt.addValue("hkl", q.hklLabel());
            rt.addValue("two_theta", q.twoTheta());
            rt.addValue("d", q.d());
            rt.addValue("intensity", q.intensity());
            HklFamily f = q.families().get(0);
            double sin = lambda / (2 * unstrained.dSpacing(f.h(), f.k(), f.l()));
            rt.addValue("shift", sin <= 1 ? q.twoTheta() - 2 * Math.toDegrees(Math.asin(sin)) : Double.NaN);
        }
        PatternTables.decimals(rt, PatternTables.DECIMALS, "two_theta", "d", "intensity", "shift");
        PatternTables.decimals(rt, 4, "strain");
    }
}
