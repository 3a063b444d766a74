package org.matinf.fiji.diffraction;

import ij.gui.Plot;
import java.io.File;
import java.io.IOException;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.core.diffraction.PowderProfileBuilder;
import org.matinf.core.diffraction.ProfileModel;
import org.matinf.core.diffraction.XrdCalculator;
import org.matinf.fiji.structure.StructureFileCommand;
import org.scijava.plugin.Parameter;
import org.scijava.widget.FileWidget;

/**
 * A command that calculates the powder pattern of a structure file: the wavelength, 2θ range,
 * radiation and Debye–Waller choice of {@link XrdCalculator}, and optionally a line profile
 * ({@link PowderProfileBuilder}) and a PNG file for the plot.
 */
public abstract class SimulationCommand extends StructureFileCommand {

    @Parameter(label = "Wavelength", persist = false,
            description = "X-ray line (CuKa, CuKa1, MoKa1, ...), Å (1.5406), nm (0.15406 nm) or energy (17.48 keV)")
    private String wavelength = "CuKa";

    @Parameter(label = "Two_theta_min (°)", persist = false, min = "0", max = "180", description = "Start of the 2θ range in degrees")
    private double two_theta_min = 0;

    @Parameter(label = "Two_theta_max (°)", persist = false, min = "0", max = "180", description = "End of the 2θ range in degrees")
    private double two_theta_max = 90;

    @Parameter(label = "Radiation", choices = {"xray", "neutron"}, persist = false,
            description = "X-rays (form factors, polarisation) or neutrons (scattering lengths)")
    private String radiation = "xray";

    @Parameter(label = "Biso (use the sites' displacement parameters)", persist = false, required = false,
            description = "Damp each site by its own Biso from the file (pymatgen ignores them)")
    private boolean biso;

    @Parameter(label = "Profile", choices = {"none", "gaussian", "lorentzian", "pseudo-voigt", "tch"}, persist = false,
            description = "Line shape of the continuous profile; none = sticks only")
    private String profile = "none";

    @Parameter(label = "FWHM (°)", persist = false, min = "0",
            description = "Instrumental line width in degrees 2θ (Caglioti W = fwhm²)")
    private double fwhm = 0.1;

    @Parameter(label = "U (Caglioti, deg²)", persist = false, description = "Caglioti U: H² = U tan²θ + V tanθ + fwhm²")
    private double u = 0;

    @Parameter(label = "V (Caglioti, deg²)", persist = false, description = "Caglioti V: H² = U tan²θ + V tanθ + fwhm²")
    private double v = 0;

    @Parameter(label = "Eta (pseudo-Voigt Lorentzian fraction)", persist = false, min = "0", max = "1",
            description = "Lorentzian fraction of the pseudo-Voigt profile, 0 to 1")
    private double eta = 0.5;

    @Parameter(label = "Size (crystallites, nm)", persist = false, min = "0",
            description = "Crystallite size for Scherrer broadening in nm; 0 for none")
    private double size = 0;

    @Parameter(label = "Step (°)", persist = false, min = "0.0001", description = "2θ step of the profile in degrees")
    private double step = 0.02;

    @Parameter(label = "Plot (PNG file)", style = FileWidget.SAVE_STYLE, persist = false, required = false,
            description = "Also save the plot as this PNG file (optional)")
    private File plot;

    /** The calculator for the fields' wavelength, range, radiation and Biso choice. */
    protected XrdCalculator calculator() {
        return XrdCalculator.builder().wavelength(wavelength).twoThetaRange(two_theta_min, two_theta_max)
                .radiation(XrdSettings.radiation(radiation)).useSiteBiso(biso).build();
    }

    /** The line profile, or null for "none". */
    protected ProfileModel profileModel() {
        return XrdSettings.profile(profile, fwhm, u, v, eta, size);
    }

    /**
     * A profile builder for {@code model} over the 2θ range with the fields' step; the grid values
     * are rounded to 1e-9° so that written files hold 47.26 rather than 47.260000000000005.
     */
    protected PowderProfileBuilder profileBuilder(ProfileModel model) {
        double[] x = new PowderProfileBuilder().range(two_theta_min, two_theta_max, step).twoThetaGrid();
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.round(x[i] * 1e9) / 1e9;
        }
        return new PowderProfileBuilder().profile(model).grid(x);
    }

    /** The profile scaled so its highest point is 100 (as the sticks' strongest), renamed. */
    protected static PowderProfile normalised(PowderProfile p, String name) {
        double max = p.maxIntensity();
        double[] y = p.intensity();
        for (int i = 0; i < y.length; i++) {
            y[i] = max > 0 ? 100 * y[i] / max : 0;
        }
        return p.withIntensity(name, y);
    }

    /** Sets the plot's range to the 2θ range and shows or saves it (see {@link DiffractionPlots#display}). */
    protected void display(Plot p, double yMax) throws IOException {
        DiffractionPlots.setRange(p, two_theta_min, two_theta_max, 0, yMax);
        DiffractionPlots.display(p, plot);
    }

    /** The wavelength field as typed. */
    protected String wavelengthText() {
        return wavelength;
    }
}
