package org.matinf.fiji.pattern;

import ij.IJ;
import ij.measure.ResultsTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.electron.ElectronWavelength;
import org.matinf.core.diffraction.pattern.DiffractionCalibration;
import org.matinf.core.diffraction.pattern.ReciprocalUnits;
import org.matinf.core.diffraction.pattern.StructureCalibration;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.PatternTables;
import org.matinf.fiji.image.ImageSlices;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Calibrates a diffraction pattern in reciprocal units (1/nm per pixel) and sets the image's
 * calibration to it:
 * <ul>
 * <li>camera: pixel / (λ L) from the camera length, the accelerating voltage (relativistic λ) and
 * the detector pixel size (small-angle approximation, see {@link DiffractionCalibration});</li>
 * <li>ring: a ring of known spacing: its radius in pixels and its d (Å) or g (1/nm);</li>
 * <li>structure: the rings of the radial profile about the centre matched to a structure's
 * allowed reflections ({@link StructureCalibration}; file, tolerance, beam_stop and centre are
 * used in this mode only); on a stack each slice is calibrated and the image gets the median.</li>
 * </ul>
 * The Results table gets one row per slice: slice, pixel_size (1/nm), and for camera wavelength
 * (Å) and camera_constant (λL, Å·mm), for structure matched, measured (rings) and rms_pct.
 *
 * <p>Macro: {@code run("Calibrate Diffraction", "mode=camera camera_length=100 length_unit=cm voltage=200 detector_pixel=14");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.IMAGES + "Calibrate Diffraction")
public class CalibrateDiffraction extends RingPatternCommand {

    @Parameter(label = "Mode", choices = {"camera", "ring", "structure"}, persist = false,
            description = "camera: from L, kV and detector pixel; ring: one ring of known d; structure: rings matched to a structure")
    private String mode = "camera";

    @Parameter(label = "Camera_length", persist = false, min = "0", description = "Camera length L (camera mode)")
    private double camera_length = 1000;

    @Parameter(label = "Length_unit (of the camera length)", choices = {"mm", "cm"}, persist = false, description = "Unit of the camera length")
    private String length_unit = "mm";

    @Parameter(label = "Voltage (kV)", persist = false, min = "0", description = "Accelerating voltage in kV (camera mode)")
    private double voltage = 200;

    @Parameter(label = "Detector_pixel size (µm)", persist = false, min = "0",
            description = "Detector pixel size in µm, after binning (camera mode)")
    private double detector_pixel = 14;

    @Parameter(label = "Ring_radius (pixels)", persist = false, min = "0", description = "Radius of the known ring (ring mode)")
    private double ring_radius = 0;

    @Parameter(label = "d (Å)", persist = false, min = "0", description = "Spacing of the known ring in Å (ring mode; or give g)")
    private double d = 0;

    @Parameter(label = "g (1/nm)", persist = false, min = "0", description = "Or the known ring's g = 1/d in 1/nm (ring mode)")
    private double g = 0;

    @Override
    protected void execute() throws IOException {
        input();
        switch (mode.trim().toLowerCase(Locale.ROOT)) {
            case "camera" -> camera();
            case "ring" -> ring();
            case "structure" -> structure();
            default -> throw new IllegalArgumentException("unknown mode '" + mode + "' (use camera, ring or structure)");
        }
    }

    private void camera() {
        if (!(camera_length > 0) || Double.isInfinite(camera_length)) {
            throw new IllegalArgumentException("the camera length must be a positive number, got " + camera_length + " "
                    + length_unit);
        }
        double mm = switch (length_unit.trim().toLowerCase(Locale.ROOT)) {
            case "mm" -> camera_length;
            case "cm" -> 10 * camera_length;
            default -> throw new IllegalArgumentException("unknown camera length unit '" + length_unit + "' (use mm or cm)");
        };
        double k = DiffractionCalibration.cameraPixelSize(mm, voltage, detector_pixel);
        double lambda = ElectronWavelength.angstrom(voltage);
        double constant = DiffractionCalibration.cameraConstant(mm, voltage);
        apply(k, rt -> {
            rt.addValue("wavelength", lambda);
            rt.addValue("camera_constant", constant);
        }, String.format(Locale.ROOT, "camera length %s mm, %s kV (λ = %.6f Å, λL = %.5g Å·mm), %s µm pixels",
                num(mm), num(voltage), lambda, constant, num(detector_pixel)));
    }

    private void ring() {
        if (d > 0 && g > 0) {
            throw new IllegalArgumentException("give the known ring's d (Å) or its g (1/nm), not both");
        }
        if (!(d > 0) && !(g > 0)) {
            throw new IllegalArgumentException("give the known ring's d (Å) or g (1/nm) (macro: d=2.338 or g=4.277)");
        }
        double k = (d > 0 ? DiffractionCalibration.ring(ring_radius, d) : DiffractionCalibration.ringG(ring_radius, g))
                .pixelSize();
        apply(k, rt -> { }, String.format(Locale.ROOT, "ring of radius %s pixels at %s", num(ring_radius),
                d > 0 ? "d = " + num(d) + " Å" : "g = " + num(g) + " 1/nm"));
    }

    private void structure() {
        Structure structure = readStructure();
        List<StructureCalibration.Result> results = new ArrayList<>();
        for (int n = 1; n <= slices(); n++) {
            int slice = n;
            results.add(onSlice(n, gray -> {
                return StructureCalibration.fit(ringRadii(gray, centreOf(slice, gray)), structure, tolerance);
            }));
        }
        double[] sizes = results.stream().mapToDouble(StructureCalibration.Result::pixelSize).sorted().toArray();
        int m = sizes.length;
        double k = m % 2 == 1 ? sizes[m / 2] : 0.5 * (sizes[m / 2 - 1] + sizes[m / 2]);
        setCalibration(k);
        PatternTables.replaceResults(rt -> {
            for (int n = 1; n <= m; n++) {
                StructureCalibration.Result r = results.get(n - 1);
                rt.incrementCounter();
                rt.addValue("slice", n);
                rt.addValue("pixel_size", r.pixelSize());
                rt.addValue("matched", r.matched());
                rt.addValue("measured", r.measured());
                rt.addValue("rms_pct", r.rmsPercent());
            }
            decimals(rt, 0, "slice", "matched", "measured");
            decimals(rt, 8, "pixel_size");
            decimals(rt, 4, "rms_pct");
        });
        StructureCalibration.Result first = results.get(0);
        IJ.log(String.format(Locale.ROOT, "%s: %.6g 1/nm per pixel from %s (%d of %d rings matched, rms %.3f %%)%s",
                input().getTitle(), k, structureName(), first.matched(), first.measured(), first.rmsPercent(),
                m > 1 ? "; median of " + m + " slices " + Arrays.toString(sizes) : ""));
    }

    /** One row per slice with the same pixel size, then the calibration is set and logged. */
    private void apply(double k, java.util.function.Consumer<ResultsTable> extra, String how) {
        setCalibration(k);
        PatternTables.replaceResults(rt -> {
            for (int n = 1; n <= slices(); n++) {
                rt.incrementCounter();
                rt.addValue("slice", n);
                rt.addValue("pixel_size", k);
                extra.accept(rt);
            }
            decimals(rt, 0, "slice");
            decimals(rt, 8, "pixel_size", "wavelength");
            decimals(rt, 5, "camera_constant");
        });
        IJ.log(String.format(Locale.ROOT, "%s: %.6g 1/nm per pixel from %s", input().getTitle(), k, how));
    }

    private void setCalibration(double k) {
        ImageSlices.applyCalibration(input(), ReciprocalUnits.calibration(k));
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
