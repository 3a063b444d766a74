package org.matinf.fiji.electron;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import java.util.List;
import java.util.Locale;
import org.matinf.fiji.image.ResultImages;
import org.matinf.core.diffraction.electron.DiffractionSpot;
import org.matinf.core.diffraction.electron.ElectronScattering;
import org.matinf.core.diffraction.electron.RelrodShape;
import org.matinf.core.diffraction.electron.SpotPatternCalculator;
import org.matinf.core.diffraction.electron.SpotPatternRenderer;
import org.matinf.core.diffraction.electron.ZoneAxis;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.PatternTables;
import org.matinf.fiji.image.ImageSlices;
import org.matinf.fiji.structure.StructureFileCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates the kinematic selected-area electron diffraction (SAED) spot pattern of a structure
 * file along a zone axis or in an orientation given by Bunge Euler angles (see
 * {@link SpotPatternCalculator} for the frames and physics). Shows a 32-bit image calibrated in
 * 1/nm with the direct beam at pixel (size/2, size/2), and puts the spots in the Results table
 * (replacing it): h, k, l, gx, gy, g (1/nm, as the image), d (Å), s (excitation error, 1/nm),
 * intensity (|F|² × relrod factor, Å²) and relative (strongest = 1).
 *
 * <p>Macro: {@code run("Simulate Electron Diffraction", "file=[/path/Al.cif] zone=[0 0 1] voltage=200");}
 * With {@code zone=[]} the orientation is {@code phi1}, {@code phi}, {@code phi2} (Bunge φ1, Φ, φ2 in
 * degrees).
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ELECTRON + "Simulate Electron Diffraction")
public class SimulateElectronDiffraction extends StructureFileCommand {
    /** Columns of the spot table, in order. */
    public static final String[] COLUMNS = {"h", "k", "l", "gx", "gy", "g", "d", "s", "intensity", "relative"};

    @Parameter(label = "Zone axis [u v w] (empty: Euler angles)", persist = false, required = false,
            description = "Beam direction as a zone axis: 3 indices [u v w] or hexagonal [U V T W]; empty to use phi1, phi, phi2")
    private String zone = "0 0 1";

    @Parameter(label = "phi1 (Bunge φ1, °)", persist = false, description = "Bunge Euler angle φ1 in degrees (used when zone is empty)")
    private double phi1;

    @Parameter(label = "phi (Bunge Φ, °)", persist = false, description = "Bunge Euler angle Φ in degrees (used when zone is empty); macro key phi")
    private double phi;

    @Parameter(label = "phi2 (Bunge φ2, °)", persist = false, description = "Bunge Euler angle φ2 in degrees (used when zone is empty)")
    private double phi2;

    @Parameter(label = "Voltage (kV)", persist = false, description = "Accelerating voltage in kV")
    private double voltage = 200;

    @Parameter(label = "Size (pixels)", persist = false, min = "8", description = "Width and height of the pattern image")
    private int size = 256;

    @Parameter(label = "Pixel size (1/nm; 0 = fit g_max)", persist = false, min = "0",
            description = "Reciprocal pixel size in 1/nm per pixel; 0 puts g_max at 90% of the half-width")
    private double pixel;

    @Parameter(label = "Camera_length (mm; 0 = use pixel size)", persist = false, min = "0",
            description = "Camera length in mm; with the detector pixel size it sets the reciprocal pixel size")
    private double camera_length;

    @Parameter(label = "Detector pixel size (µm)", persist = false, min = "0", description = "Detector pixel size in µm, with camera_length")
    private double detector = 15;

    @Parameter(label = "g_max (1/nm)", persist = false, min = "0", description = "Largest |g| = 1/d of a spot in 1/nm")
    private double g_max = 15;

    @Parameter(label = "Thickness (nm)", persist = false, min = "0", description = "Specimen thickness in nm for the relrod; 0 = no relrod shape")
    private double thickness = 10;

    @Parameter(label = "Relrod", choices = {"gaussian", "sinc"}, persist = false,
            description = "gaussian exp(-π t² s²) or the plate's sinc² (with zeros at s = n/t)")
    private String relrod = "gaussian";

    @Parameter(label = "s_max (1/nm)", persist = false, min = "0", description = "Excitation-error cut-off in 1/nm")
    private double s_max = 0.5;

    @Parameter(label = "Selection of spots", choices = {"ewald", "zone-law"}, persist = false,
            description = "ewald: Ewald sphere, excitation error and relrod; zone-law: all of the zero-order Laue zone with |F|² (pymatgen)")
    private String selection = "ewald";

    @Parameter(label = "Min_intensity (relative)", persist = false, min = "0", max = "1",
            description = "Leave out spots weaker than this fraction of the strongest")
    private double min_intensity = 1e-4;

    @Parameter(label = "Sigma (spot size, pixels)", persist = false, min = "0.3", description = "Standard deviation of the Gaussian spots in pixels")
    private double sigma = 1.5;

    @Parameter(label = "Scale (spot heights)", choices = {"linear", "sqrt", "log"}, persist = false,
            description = "Spot height: relative intensity I, √I, or log(1 + 1000 I) / log(1001)")
    private String scale = "linear";

    @Parameter(label = "Direct_beam", persist = false, required = false, description = "Draw the direct beam (height 1) at the centre")
    private boolean direct_beam;

    @Parameter(label = "Model (scattering factors)", choices = {"peng", "mott-bethe"}, persist = false,
            description = "Peng et al. (1996) electron factors, or pymatgen's Mott-Bethe conversion of X-ray factors")
    private String model = "peng";

    @Override
    protected void execute() {
        if (!(size >= 8 && size <= 16384)) {
            throw new IllegalArgumentException("size must be between 8 and 16384 pixels, got " + size);
        }
        SpotPatternCalculator.Builder b = SpotPatternCalculator.builder().voltage(voltage).scattering(ElectronScattering.parse(model))
                .thickness(thickness).relrod(RelrodShape.parse(relrod)).minRelativeIntensity(min_intensity)
                .selection("zone-law".equals(selection) ? SpotPatternCalculator.Selection.ZONE_LAW : SpotPatternCalculator.Selection.EWALD);
        positive(g_max, "g_max (1/nm)");
        positive(s_max, "s_max (1/nm)");
        b.maxExcitationError(s_max / 10);
        double p = reciprocalPixelSize();
        SpotPatternRenderer renderer = new SpotPatternRenderer(size, p, sigma, direct_beam, SpotPatternRenderer.Scale.parse(scale));
        double gMax = Math.min(g_max / 10, renderer.inscribedG());
        SpotPatternCalculator calc = b.maxG(gMax).build();
        ZoneAxis axis = zone == null || zone.isBlank() ? null : ZoneAxis.parse(zone);
        Structure s = readInput();
        String name = inputPath().getFileName().toString();
        var reflections = calc.reflections(s);
        List<DiffractionSpot> spots;
        String where;
        if (axis != null) {
            spots = calc.calculate(reflections, axis);
            where = "[" + zone.replaceAll("[\\[\\]]", " ").trim().replaceAll("[\\s,]+", " ") + "]";
        } else {
            phi = BungePhi.fromOptions(phi);
            spots = calc.calculate(reflections, Orientation.fromBunge(phi1, phi, phi2));
            where = String.format(Locale.ROOT, "(φ1, Φ, φ2) = (%s, %s, %s)°", number(phi1), number(phi), number(phi2));
        }
        GrayImage image = renderer.render(spots);
        ImagePlus imp = ImageSlices.toImagePlus("SAED " + name + " " + where, image);
        imp.setProperty("Info", info(name, s, calc, renderer, where, spots.size()));
        imp.resetDisplayRange();
        ResultImages.show(imp);
        PatternTables.replaceResults(rt -> addSpots(rt, spots));
        IJ.log(String.format(Locale.ROOT, "%s: %s along %s at %s kV (λ = %.6f Å): %d spots within |g| <= %.4g 1/nm",
                name, s.reducedFormula(), where, number(voltage), calc.wavelength(), spots.size(), 10 * gMax));
    }

    /** The reciprocal pixel size in 1/nm: from the camera length, the pixel field, or fitted to g_max. */
    private double reciprocalPixelSize() {
        if (camera_length > 0) {
            return SpotPatternRenderer.pixelSize(camera_length, detector, voltage);
        }
        if (pixel > 0) {
            return pixel;
        }
        if (pixel < 0 || camera_length < 0) {
            throw new IllegalArgumentException("pixel and camera_length must not be negative");
        }
        return SpotPatternRenderer.pixelSizeToFit(g_max / 10, size);
    }

    /** Adds one row per spot; reciprocal lengths in 1/nm as the image calibration, d in Å. */
    static void addSpots(ResultsTable rt, List<DiffractionSpot> spots) {
        for (DiffractionSpot s : spots) {
            rt.incrementCounter();
            rt.addValue("h", s.h());
            rt.addValue("k", s.k());
            rt.addValue("l", s.l());
            rt.addValue("gx", 10 * s.gx());
            rt.addValue("gy", 10 * s.gy());
            rt.addValue("g", 10 * s.g());
            rt.addValue("d", s.d());
            rt.addValue("s", 10 * s.excitationError());
            rt.addValue("intensity", s.intensity());
            rt.addValue("relative", s.relativeIntensity());
        }
        if (!spots.isEmpty()) {
            for (int i = 0; i < COLUMNS.length; i++) {
                rt.setDecimalPlaces(rt.getColumnIndex(COLUMNS[i]), i < 3 ? 0 : PatternTables.DECIMALS);
            }
        }
    }

    private String info(String name, Structure s, SpotPatternCalculator calc, SpotPatternRenderer r, String where, int n) {
        return String.format(Locale.ROOT, "Simulated SAED pattern (MatInf)%nstructure: %s (%s)%nbeam: %s%n%s%n%s%nspots: %d%n"
                + "frame: x right, y down, beam into the image; direct beam at pixel (%d, %d)%n", name, s.reducedFormula(), where,
                calc, r, n, size / 2, size / 2);
    }

    private static void positive(double v, String what) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + v);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
