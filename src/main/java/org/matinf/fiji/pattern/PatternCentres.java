package org.matinf.fiji.pattern;

import ij.ImagePlus;
import ij.gui.PointRoi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.pattern.FriedelCentre;
import org.matinf.core.diffraction.pattern.PatternCentre;
import org.matinf.core.image.GrayImage;

/**
 * The pattern centre kept with an image: Find Pattern Centre stores one centre per slice in the
 * image property {@value #PROPERTY} ("x,y;x,y;..." in pixel coordinates with the first pixel's
 * centre at 0,0; saved with the image as TIFF), and the other pattern commands use it when their
 * centre is "auto".
 */
public final class PatternCentres {
    /** The image property holding the centres. */
    public static final String PROPERTY = "MatInf.centre";
    /** The centre option that means "stored, or found by Friedel symmetry". */
    public static final String AUTO = "auto";

    private PatternCentres() {
    }

    /** Stores one centre per slice with the image and marks the current slice's centre with a point. */
    public static void store(ImagePlus imp, List<PatternCentre> centres) {
        List<String> parts = new ArrayList<>();
        for (PatternCentre c : centres) {
            parts.add(String.format(Locale.ROOT, "%.4f,%.4f", c.x(), c.y()));
        }
        imp.setProp(PROPERTY, String.join(";", parts));
        PatternCentre shown = centres.get(Math.min(centres.size(), Math.max(1, imp.getCurrentSlice())) - 1);
        imp.setRoi(new PointRoi(shown.x() + 0.5, shown.y() + 0.5));
    }

    /** The stored centre of slice n (1-based), or null if none is stored for it. */
    public static double[] stored(ImagePlus imp, int n) {
        String text = imp.getProp(PROPERTY);
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(";");
        String part = parts.length == imp.getStackSize() ? parts[n - 1] : parts[0];
        try {
            return parse(part);
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /** Parses "x,y" or "x y". */
    static double[] parse(String text) {
        String[] xy = text.trim().split("[,\\s]+");
        if (xy.length != 2) {
            throw new IllegalArgumentException("the centre must be auto or two numbers x,y (pixels), not '" + text + "'");
        }
        try {
            return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("the centre must be auto or two numbers x,y (pixels), not '" + text + "'");
        }
    }

    /**
     * The centre to use for slice n: the given "x,y"; for "auto" the stored centre, else the one of
     * best Friedel symmetry.
     *
     * @return {x, y, source} with source 0 given, 1 stored, 2 found
     */
    public static double[] resolve(String option, ImagePlus imp, int n, GrayImage slice) {
        if (option != null && !option.isBlank() && !option.trim().equalsIgnoreCase(AUTO)) {
            double[] c = parse(option);
            return new double[] {c[0], c[1], 0};
        }
        double[] stored = stored(imp, n);
        if (stored != null) {
            return new double[] {stored[0], stored[1], 1};
        }
        PatternCentre found = FriedelCentre.find(slice);
        return new double[] {found.x(), found.y(), 2};
    }

    /** Words for the source code of {@link #resolve}. */
    public static String describe(double[] centre) {
        String source = centre[2] == 0 ? "given" : centre[2] == 1 ? "stored" : "found by Friedel symmetry";
        return String.format(Locale.ROOT, "centre (%.2f, %.2f) %s", centre[0], centre[1], source);
    }
}
