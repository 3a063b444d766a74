package org.matinf.fiji.structure;

import ij.measure.ResultsTable;
import java.util.Locale;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/** ImageJ tables and log text describing structures. */
public final class StructureTables {
    /** Columns that Structure Info adds to the Results table, in order. */
    public static final String[] INFO_COLUMNS = {
        "file", "formula", "nsites", "a", "b", "c", "alpha", "beta", "gamma", "volume", "density"};
    /** Columns of the per-site table, in order. */
    public static final String[] SITE_COLUMNS = {
        "index", "label", "species", "occupancy", "x", "y", "z", "cart_x", "cart_y", "cart_z", "Biso"};
    /** Decimal places of the numbers in MatInf's tables (saved CSV files keep these). */
    public static final int DECIMALS = 8;

    private StructureTables() {
    }

    /**
     * The Results table a one-row-per-file command adds its row to: the rows of earlier runs of the
     * same command stay (a macro loops over files to build one table), but a table another command
     * left there (it has no {@code column}) is emptied first rather than mixed.
     */
    static ResultsTable rowsWith(String column) {
        ResultsTable rt = ResultsTable.getResultsTable();
        if (rt.size() > 0 && !rt.columnExists(column)) {
            rt.reset();
        }
        return rt;
    }

    /**
     * Adds one row describing the structure: reduced formula as pymatgen writes it, number of
     * sites, lattice lengths (Å) and angles (degrees), cell volume (Å^3) and density (g/cm^3).
     * For a molecule (no lattice) the cell columns are NaN. (ImageJ's own Results table also has
     * its row-number column, which a saved CSV starts with unless "Save row numbers" is off in
     * Edit>Options>Input/Output.)
     */
    public static void addInfoRow(ResultsTable rt, String file, Structure s) {
        Lattice l = s.lattice();
        boolean cell = s.isPeriodic();
        rt.incrementCounter();
        rt.addValue("file", file);
        rt.addValue("formula", s.reducedFormula());
        rt.addValue("nsites", s.numSites());
        rt.addValue("a", cell ? l.a() : Double.NaN);
        rt.addValue("b", cell ? l.b() : Double.NaN);
        rt.addValue("c", cell ? l.c() : Double.NaN);
        rt.addValue("alpha", cell ? l.alpha() : Double.NaN);
        rt.addValue("beta", cell ? l.beta() : Double.NaN);
        rt.addValue("gamma", cell ? l.gamma() : Double.NaN);
        rt.addValue("volume", cell ? s.volume() : Double.NaN);
        rt.addValue("density", cell ? s.density() : Double.NaN);
        setDecimals(rt, "nsites", 0);
        for (int i = 3; i < INFO_COLUMNS.length; i++) {
            setDecimals(rt, INFO_COLUMNS[i], DECIMALS);
        }
    }

    /** A new table with one row per site (see {@link #addSites}). */
    public static ResultsTable sites(Structure s) {
        ResultsTable rt = new ResultsTable();
        rt.showRowNumbers(false);
        addSites(rt, s);
        return rt;
    }

    /** Adds one row per site: species, occupancy, fractional and Cartesian (Å) coordinates, Biso (Å^2). */
    public static void addSites(ResultsTable rt, Structure s) {
        for (int i = 0; i < s.numSites(); i++) {
            Site site = s.site(i);
            double[] f = site.frac();
            double[] c = s.cartesian(i);
            rt.incrementCounter();
            rt.addValue("index", i);
            rt.addValue("label", site.label() == null ? "" : site.label());
            rt.addValue("species", site.speciesString());
            rt.addValue("occupancy", site.totalOccupancy());
            rt.addValue("x", f[0]);
            rt.addValue("y", f[1]);
            rt.addValue("z", f[2]);
            rt.addValue("cart_x", c[0]);
            rt.addValue("cart_y", c[1]);
            rt.addValue("cart_z", c[2]);
            rt.addValue("Biso", site.biso());
        }
        setDecimals(rt, "index", 0);
        for (int i = 3; i < SITE_COLUMNS.length; i++) {
            setDecimals(rt, SITE_COLUMNS[i], DECIMALS);
        }
    }

    /** A few lines for the Log window: formula, sites, cell, volume and density. */
    public static String summary(String file, Structure s) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ").append(s.reducedFormula()).append(" (").append(s.formula()).append("), ")
                .append(s.numSites()).append(s.numSites() == 1 ? " site" : " sites");
        if (!s.title().isBlank()) {
            sb.append(", \"").append(s.title()).append('"');
        }
        if (!s.isPeriodic()) {
            return sb.append(", molecule (no lattice)").toString();
        }
        Lattice l = s.lattice();
        sb.append(String.format(Locale.ROOT,
                "%n  a = %.5f, b = %.5f, c = %.5f Å; alpha = %.4f, beta = %.4f, gamma = %.4f°"
                        + "%n  volume = %.4f Å^3, density = %.5f g/cm^3%s",
                l.a(), l.b(), l.c(), l.alpha(), l.beta(), l.gamma(), s.volume(), s.density(),
                s.isOrdered() ? "" : ", partially occupied sites"));
        return sb.toString();
    }

    /** Sets the decimal places of a column, if the table has it. */
    static void setDecimals(ResultsTable rt, String column, int digits) {
        int index = rt.getColumnIndex(column);
        if (index != ResultsTable.COLUMN_NOT_FOUND) {
            rt.setDecimalPlaces(index, digits);
        }
    }
}
