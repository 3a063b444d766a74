package org.matinf.fiji.electron;

import ij.ImagePlus;
import java.math.BigDecimal;
import java.util.Locale;
import org.matinf.fiji.image.ResultImages;
import org.matinf.core.diffraction.ebsd.EbsdDetector;
import org.matinf.core.diffraction.ebsd.KikuchiMasterPattern;
import org.matinf.core.diffraction.ebsd.KikuchiPatternSimulator;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.Orientation;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.image.ImageSlices;
import org.matinf.fiji.structure.StructureFileCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates the kinematic EBSD (Kikuchi) pattern of a crystal in one orientation and shows it as
 * a 32-bit image, titled with the file and the Euler angles, whose Info (Image › Show Info) lists
 * every setting. The master pattern is kept for the next call with the same file, voltage and
 * resolution (see {@link MasterPatternCache}). Conventions: see {@link EbsdDetector} and
 * {@link KikuchiPatternSimulator}.
 *
 * <p>Macro: {@code run("Simulate EBSD Pattern", "file=[/path/Ni.cif] phi1=0 Phi=0 phi2=0 size=80 voltage=20
 * pcx=0.5 pcy=0.5 pcz=0.5 tilt=70 detector_tilt=0 resolution=501");}. The key for Φ is {@code Phi}
 * as EBSD software writes it; ImageJ's option reader only sees lower-case keys, so the command reads
 * {@code Phi=} itself, and {@code phi=} (what ImageJ's recorder writes) works too.
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ELECTRON + "Simulate EBSD Pattern")
public class SimulateEbsdPattern extends StructureFileCommand {

    @Parameter(label = "phi1 (Bunge φ1, °)", persist = false, description = "First Bunge Euler angle φ1 in degrees")
    private double phi1;

    @Parameter(label = "Phi (Bunge Φ, °)", persist = false, description = "Second Bunge Euler angle Φ in degrees")
    private double Phi;

    @Parameter(label = "phi2 (Bunge φ2, °)", persist = false, description = "Third Bunge Euler angle φ2 in degrees")
    private double phi2;

    @Parameter(label = "Size (pattern, pixels)", persist = false, min = "1", max = "2048",
            description = "Width and height of the square pattern in pixels")
    private int size = 80;

    @Parameter(label = "Voltage (kV)", persist = false, min = "0.1", description = "Accelerating voltage in kV")
    private double voltage = 20;

    @Parameter(label = "PCx (fraction of width)", persist = false,
            description = "Pattern centre from the left edge, fraction of the pattern width (Bruker)")
    private double pcx = 0.5;

    @Parameter(label = "PCy (fraction of height)", persist = false,
            description = "Pattern centre from the top edge, fraction of the pattern height (Bruker)")
    private double pcy = 0.5;

    @Parameter(label = "PCz (distance / height)", persist = false,
            description = "Detector distance as a fraction of the pattern height (Bruker)")
    private double pcz = 0.5;

    @Parameter(label = "Tilt (sample, °)", persist = false, description = "Sample tilt about RD in degrees")
    private double tilt = 70;

    @Parameter(label = "Detector_tilt (°)", persist = false, description = "Detector tilt in degrees")
    private double detector_tilt = 0;

    @Parameter(label = "dd (detector distance, camera pixels; 0 = use PCz)", persist = false, min = "0",
            description = "Detector distance in unbinned camera pixels; when > 0 it replaces pcz (PCz = dd / (binning * size))")
    private double dd = 0;

    @Parameter(label = "binning", persist = false, min = "1", max = "64",
            description = "Binning of the pattern relative to the camera (pattern pixel = binning camera pixels)")
    private int binning = 1;

    @Parameter(label = "Resolution (master pattern points)", persist = false, min = "11", max = "4001",
            description = "Master pattern grid points per side of each hemisphere (square Lambert)")
    private int resolution = 501;

    @Override
    protected void execute() {
        Phi = BungePhi.fromOptions(Phi);
        Orientation orientation = Orientation.fromBunge(phi1, Phi, phi2);
        if (dd < 0 || !Double.isFinite(dd)) {
            throw new IllegalArgumentException("dd must be 0 (use pcz) or a detector distance in camera pixels; got " + dd);
        }
        EbsdDetector.Builder geometry = EbsdDetector.builder().size(size, size).binning(binning).sampleTilt(tilt).detectorTilt(detector_tilt);
        EbsdDetector detector = (dd > 0 ? geometry.pcPixels(pcx, pcy, dd / binning) : geometry.pc(pcx, pcy, pcz)).build();
        KikuchiMasterPattern master = MasterPatternCache.get(inputPath(), voltage, resolution, progress());
        GrayImage pattern = new KikuchiPatternSimulator(master, detector).simulate(orientation);
        String name = inputPath().getFileName().toString();
        ImagePlus imp = ImageSlices.toImagePlus(String.format(Locale.ROOT, "EBSD %s phi1=%s Phi=%s phi2=%s", name,
                number(phi1), number(Phi), number(phi2)), pattern);
        imp.setProperty("Info", info(name, master, detector));
        imp.resetDisplayRange();
        ResultImages.show(imp);
    }

    private String info(String name, KikuchiMasterPattern master, EbsdDetector detector) {
        double[] pc = detector.pc();
        double[] tsl = detector.pcTsl();
        return String.join("\n",
                "Kinematic EBSD pattern (MatInf)",
                "file: " + inputPath(),
                "phi1: " + number(phi1),
                "Phi: " + number(Phi),
                "phi2: " + number(phi2),
                "Euler convention: Bunge ZXZ, degrees, passive (v_crystal = g v_sample)",
                "size: " + size + " x " + size,
                "voltage: " + number(voltage) + " kV",
                String.format(Locale.ROOT, "wavelength: %.6f A", master.reflectors().wavelength()),
                "pc (Bruker PCx, PCy, PCz): " + number(pc[0]) + " " + number(pc[1]) + " " + number(pc[2]),
                "pc (EDAX TSL x*, y*, z*): " + number(tsl[0]) + " " + number(tsl[1]) + " " + number(tsl[2]),
                "detector distance: " + number(detector.detectorDistance()) + " pixels",
                "tilt: " + number(tilt),
                "detector_tilt: " + number(detector_tilt),
                "resolution: " + resolution,
                "reflectors: " + master.reflectors().size() + " (d >= 0.5 A, Peng electron scattering factors)",
                "structure: " + name);
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
