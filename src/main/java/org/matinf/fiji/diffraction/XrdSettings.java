package org.matinf.fiji.diffraction;

import java.util.Locale;
import org.matinf.core.diffraction.BackgroundSubtraction;
import org.matinf.core.diffraction.PeakShape;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.core.diffraction.ProfileModel;
import org.matinf.core.diffraction.Radiation;
import org.matinf.core.diffraction.Wavelengths;

/** Turns what users type into the diffraction commands' fields into core settings, with clear messages. */
public final class XrdSettings {
    /** Line shapes offered by the commands; "none" means sticks only. */
    public static final String[] PROFILES = {"none", "gaussian", "lorentzian", "pseudo-voigt", "tch"};
    /** Background estimates offered by the commands. */
    public static final String[] BACKGROUNDS = {"snip", "arpls", "none"};
    /** The wavelength value that means "the measured file's own". */
    public static final String AUTO = "auto";

    private XrdSettings() {
    }

    /** "xray" or "neutron". */
    public static Radiation radiation(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "xray", "x-ray" -> Radiation.XRAY;
            case "neutron" -> Radiation.NEUTRON;
            default -> throw new IllegalArgumentException("radiation must be xray or neutron; got '" + text + "'");
        };
    }

    /**
     * The line widths and shape: Caglioti H_G² = U tan²θ + V tanθ + W with W = fwhm², plus Scherrer
     * broadening for a crystallite size in nm (0 for none); η is the Lorentzian fraction of the
     * pseudo-Voigt. Null for the profile "none".
     */
    public static ProfileModel profile(String name, double fwhm, double u, double v, double eta, double size) {
        PeakShape.Kind kind = switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> null;
            case "gaussian" -> PeakShape.Kind.GAUSSIAN;
            case "lorentzian" -> PeakShape.Kind.LORENTZIAN;
            case "pseudo-voigt" -> PeakShape.Kind.PSEUDO_VOIGT;
            case "tch" -> PeakShape.Kind.THOMPSON_COX_HASTINGS;
            default -> throw new IllegalArgumentException("profile must be one of " + String.join(", ", PROFILES)
                    + "; got '" + name + "'");
        };
        if (kind == null) {
            return null;
        }
        if (!(fwhm >= 0) || !(size >= 0) || !(eta >= 0 && eta <= 1)) {
            throw new IllegalArgumentException("fwhm and size must not be negative and eta must lie in [0, 1] (got fwhm="
                    + fwhm + ", size=" + size + ", eta=" + eta + ")");
        }
        ProfileModel m = ProfileModel.of(kind).withCaglioti(u, v, fwhm * fwhm).withEta(eta, 0);
        return size > 0 ? m.withCrystalliteSize(size) : m;
    }

    /** The background estimate: SNIP with half-width {@code width}°, arPLS with stiffness {@code width}°, or null for none. */
    public static BackgroundSubtraction background(String method, double width) {
        return switch (method.trim().toLowerCase(Locale.ROOT)) {
            case "snip" -> BackgroundSubtraction.snip(width);
            case "arpls" -> BackgroundSubtraction.penalizedLeastSquares(width);
            case "none" -> null;
            default -> throw new IllegalArgumentException("background must be one of " + String.join(", ", BACKGROUNDS)
                    + "; got '" + method + "'");
        };
    }

    /** The background intensities of a profile, zeros for the method "none". */
    public static double[] backgroundOf(PowderProfile p, BackgroundSubtraction method) {
        return method == null ? new double[p.size()] : method.background(p);
    }

    /**
     * The measured profile with the wavelength to use: its own for "auto" (NaN if the file has none),
     * otherwise the typed one ({@link Wavelengths#parse}), which then replaces the file's.
     */
    public static PowderProfile withWavelength(PowderProfile p, String wavelength) {
        if (wavelength == null || wavelength.isBlank() || wavelength.trim().equalsIgnoreCase(AUTO)) {
            return p;
        }
        double lambda = Wavelengths.parse(wavelength);
        return new PowderProfile(p.name(), p.twoTheta(), p.intensity(), p.sigma(), lambda, p.metadata());
    }

    /** Decimal numbers separated by spaces, commas or semicolons, e.g. strains "-1 0 1 2". */
    public static double[] numbers(String text, String name) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        String[] parts = t.split("[\\s,;]+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException ex) {
                out[i] = Double.NaN;
            }
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException(name + " must be numbers; '" + parts[i] + "' in '" + text + "' is not");
            }
        }
        return out;
    }

    /** A number for logs without trailing zeros: "90", "0.02", "1.5406". */
    public static String number(double v) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("0.######",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    /** A wavelength for logs: "1.54184 Å" or "unknown". */
    public static String describe(double wavelength) {
        return Double.isNaN(wavelength) ? "unknown" : String.format(Locale.ROOT, "%.5f Å", wavelength);
    }
}
