package org.matinf.fiji.diffraction;

import ij.measure.ResultsTable;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.function.Consumer;
import org.matinf.core.diffraction.PeakFinder;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.core.diffraction.XrdPattern;
import org.matinf.core.diffraction.XrdPeak;

/** ImageJ tables of powder patterns: calculated peaks, measured points, found peaks. */
public final class PatternTables {
    /** Columns of a calculated peak list (Simulate XRD Pattern), in order. */
    public static final String[] PEAK_COLUMNS = {"two_theta", "intensity", "d", "hkl", "multiplicity"};
    /** Columns of a measured pattern (Open XRD Pattern); sigma only when the file has uncertainties. */
    public static final String[] POINT_COLUMNS = {"two_theta", "intensity", "sigma"};
    /** Columns of the peaks found in a measured pattern (Find XRD Peaks), in order. */
    public static final String[] FOUND_COLUMNS = {
        "two_theta", "d", "height", "fwhm", "area", "eta", "two_theta_esd", "fwhm_esd", "area_esd"};
    /** Title of the table of a measured pattern when there is a screen. */
    public static final String POINTS_TABLE = "Powder Pattern";
    /** Decimal places of the numbers (saved CSV files keep these). */
    public static final int DECIMALS = 8;

    private PatternTables() {
    }

    /**
     * Empties the ImageJ Results table, fills it and shows it. The diffraction commands replace the
     * Results rather than append to them: a peak list is one pattern's.
     */
    public static void replaceResults(Consumer<ResultsTable> fill) {
        ResultsTable rt = ResultsTable.getResultsTable();
        rt.reset();
        fill.accept(rt);
        rt.show("Results");
    }

    /**
     * Shows a table under its own title when there is a screen; without one (batch macros, Fiji
     * --headless) ImageJ keeps no named tables, so the rows then replace the Results table.
     */
    public static void showNamed(String title, Consumer<ResultsTable> fill) {
        if (GraphicsEnvironment.isHeadless()) {
            replaceResults(fill);
        } else {
            ResultsTable rt = new ResultsTable();
            rt.showRowNumbers(false);
            fill.accept(rt);
            rt.show(title);
        }
    }

    /** Adds one row per calculated peak: 2θ (°), intensity (strongest 100), d (Å), first family's h k l, multiplicity. */
    public static void addPeaks(ResultsTable rt, XrdPattern pattern) {
        for (XrdPeak p : pattern.peaks()) {
            rt.incrementCounter();
            addPeak(rt, p);
        }
        decimals(rt, DECIMALS, "two_theta", "intensity", "d");
        decimals(rt, 0, "multiplicity");
    }

    /** Adds the columns of one calculated peak to the current row. */
    static void addPeak(ResultsTable rt, XrdPeak p) {
        rt.addValue("two_theta", p.twoTheta());
        rt.addValue("intensity", p.intensity());
        rt.addValue("d", p.d());
        rt.addValue("hkl", p.hklLabel());
        rt.addValue("multiplicity", p.multiplicity());
    }

    /** Adds one row per point of a measured or calculated profile: 2θ, intensity and (if known) sigma. */
    public static void addPoints(ResultsTable rt, PowderProfile profile) {
        double[] sigma = profile.sigma();
        for (int i = 0; i < profile.size(); i++) {
            rt.incrementCounter();
            rt.addValue("two_theta", profile.twoTheta(i));
            rt.addValue("intensity", profile.intensity(i));
            if (sigma != null) {
                rt.addValue("sigma", sigma[i]);
            }
        }
        decimals(rt, DECIMALS, POINT_COLUMNS);
    }

    /** Adds one row per found peak: position, d, height, FWHM, area, η and their uncertainties. */
    public static void addFoundPeaks(ResultsTable rt, List<PeakFinder.Peak> peaks) {
        for (PeakFinder.Peak p : peaks) {
            rt.incrementCounter();
            rt.addValue("two_theta", p.twoTheta());
            rt.addValue("d", p.d());
            rt.addValue("height", p.height());
            rt.addValue("fwhm", p.fwhm());
            rt.addValue("area", p.area());
            rt.addValue("eta", p.eta());
            rt.addValue("two_theta_esd", p.twoThetaEsd());
            rt.addValue("fwhm_esd", p.fwhmEsd());
            rt.addValue("area_esd", p.areaEsd());
        }
        decimals(rt, DECIMALS, FOUND_COLUMNS);
    }

    /** Sets the decimal places of the named columns that exist. */
    static void decimals(ResultsTable rt, int digits, String... columns) {
        for (String c : columns) {
            int index = rt.getColumnIndex(c);
            if (index != ResultsTable.COLUMN_NOT_FOUND) {
                rt.setDecimalPlaces(index, digits);
            }
        }
    }
}
