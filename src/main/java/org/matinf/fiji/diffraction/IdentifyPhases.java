package org.matinf.fiji.diffraction;

import ij.IJ;
import ij.gui.Plot;
import ij.measure.ResultsTable;
import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.core.diffraction.search.Candidate;
import org.matinf.core.diffraction.search.PhaseIdentifier;
import org.matinf.core.diffraction.search.PhaseMatch;
import org.matinf.core.diffraction.search.PhaseSearchResult;
import org.matinf.core.diffraction.search.PhaseShare;
import org.matinf.core.io.StructureFormat;
import org.matinf.core.structure.StructureException;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

/**
 * Search-match: ranks the structures of a folder by how well their calculated patterns match a
 * measured one, then fits the best mixture of up to {@code max_phases} phases and reports weight
 * fractions (see {@link PhaseIdentifier} for the figure of merit and the choice of the mixture).
 * The Results table is replaced by the ranking (best {@code top} candidates): rank, structure,
 * formula, fom, lattice_scale, zero_shift, weight_fraction (NaN for phases not in the mixture).
 * The plot shows the background-subtracted scan, the fitted mixture and the difference.
 *
 * <p>Macro: {@code run("Identify Phases", "file=[/path/scan.xy] folder=[/path/cifs] max_phases=3");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.DIFFRACTION + "Identify Phases")
public class IdentifyPhases extends MeasuredPatternCommand {
    /** Columns of the ranking, in order. */
    public static final String[] COLUMNS = {
        "rank", "structure", "formula", "fom", "lattice_scale", "zero_shift", "weight_fraction"};

    @Parameter(label = "Folder (candidate structures)", style = FileWidget.DIRECTORY_STYLE, persist = false,
            description = "Folder whose .cif, .vasp/POSCAR, .xyz and .json files (subfolders too) are the candidates")
    private File folder;

    @Parameter(label = "Wavelength", persist = false,
            description = "auto = the file's own (XRDML, RAS, .xy header); else CuKa1, 1.5406, 17.48 keV, ...")
    private String wavelength = XrdSettings.AUTO;

    @Parameter(label = "Max_phases", persist = false, min = "1", max = "3",
            description = "Largest number of phases in the fitted mixture (1 to 3)")
    private int max_phases = 3;

    @Parameter(label = "Tolerance (lattice, %)", persist = false, min = "0",
            description = "Largest isotropic lattice mismatch searched, percent")
    private double tolerance = 1.5;

    @Parameter(label = "Top (rows in the ranking)", persist = false, min = "1",
            description = "How many candidates the Results table lists")
    private int top = 10;

    @Override
    protected void execute() throws IOException {
        PowderProfile m = XrdSettings.withWavelength(readMeasured(), wavelength);
        if (Double.isNaN(m.wavelength())) {
            throw new IllegalArgumentException(fileName() + " does not give its wavelength; set it, e.g. wavelength=CuKa1");
        }
        if (max_phases < 1 || max_phases > 3) {
            throw new IllegalArgumentException("max_phases must be 1, 2 or 3 (got " + max_phases + ")");
        }
        List<Candidate> candidates = candidates(required(folder, "folder"));
        PhaseSearchResult r = PhaseIdentifier.builder().wavelength(m.wavelength()).maxPhases(max_phases)
                .latticeTolerance(tolerance / 100).build().identify(m, candidates);
        PatternTables.replaceResults(rt -> addRanking(rt, r, top));
        showMixture(r);
        StringBuilder sb = new StringBuilder();
        for (PhaseShare s : r.mixture().phases()) {
            sb.append(String.format(Locale.ROOT, "%s%s (%s) %.1f wt%%", sb.length() == 0 ? "" : ", ", s.name(),
                    s.match().candidate().formula(), 100 * s.weightFraction()));
        }
        IJ.log(String.format(Locale.ROOT, "%s: %d candidates from %s; mixture %s; Rwp = %.2f %% (background removed)",
                fileName(), candidates.size(), folder.getName(), sb, 100 * r.mixture().rwp()));
    }

    /** Reads every structure file below the folder; unreadable files stop the command with their message. */
    static List<Candidate> candidates(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a folder");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> StructureFormat.fromFileName(p.getFileName().toString()) != null).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no structure files (.cif, .vasp, POSCAR, .xyz, .json)");
        }
        List<Candidate> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(Candidate.read(f));
            } catch (StructureException ex) {
                IJ.log("Identify Phases: skipped " + ex.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no structure file in " + dir + " could be read");
        }
        return out;
    }

    /** The ranking rows (see {@link #COLUMNS}). */
    static void addRanking(ResultsTable rt, PhaseSearchResult r, int top) {
        List<PhaseMatch> ranking = r.ranking();
        for (int i = 0; i < Math.min(top, ranking.size()); i++) {
            PhaseMatch pm = ranking.get(i);
            double wf = Double.NaN;
            for (PhaseShare s : r.mixture().phases()) {
                if (s.match().candidate() == pm.candidate()) {
                    wf = s.weightFraction();
                }
            }
            rt.incrementCounter();
            rt.addValue("rank", i + 1);
            rt.addValue("structure", pm.name());
            rt.addValue("formula", pm.candidate().formula());
            rt.addValue("fom", pm.figureOfMerit());
            rt.addValue("lattice_scale", pm.latticeScale());
            rt.addValue("zero_shift", pm.zeroShift());
            rt.addValue("weight_fraction", wf);
        }
        PatternTables.decimals(rt, 0, "rank");
        PatternTables.decimals(rt, PatternTables.DECIMALS, "fom", "lattice_scale", "zero_shift", "weight_fraction");
    }

    private void showMixture(PhaseSearchResult r) throws IOException {
        PowderProfile y = r.subtracted();
        double[] calc = r.mixture().calculated().intensity();
        double[] obs = y.intensity();
        double[] diff = new double[obs.length];
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < obs.length; i++) {
            diff[i] = obs[i] - calc[i];
            top = Math.max(top, diff[i]);
        }
        double offset = DiffractionPlots.lowest(obs) - top - 0.02 * y.maxIntensity();
        for (int i = 0; i < diff.length; i++) {
            diff[i] += offset;
        }
        Plot p = DiffractionPlots.create(fileName() + ": identified phases", "Intensity (background removed)");
        DiffractionPlots.addCurve(p, y.twoTheta(), obs, Color.BLACK);
        DiffractionPlots.addCurve(p, y.twoTheta(), calc, DiffractionPlots.color(1));
        DiffractionPlots.addCurve(p, y.twoTheta(), diff, DiffractionPlots.color(0));
        List<String> legend = new ArrayList<>(List.of("measured", "mixture", "difference"));
        DiffractionPlots.setLegend(p, legend);
        display(p, y, DiffractionPlots.lowest(diff), y.maxIntensity());
    }
}
