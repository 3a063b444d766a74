package org.matinf.fiji.diffraction;

import ij.gui.Plot;
import ij.io.FileSaver;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.XrdPattern;
import org.matinf.core.diffraction.XrdPeak;

/**
 * ImageJ plots of powder patterns: stick patterns with (h k l) labels, continuous profiles and
 * markers, over 2θ. Without a screen a plot is drawn but not shown; it can be saved as PNG.
 */
public final class DiffractionPlots {
    /** Colours for successive curves (measured, calculated, ...; or one per strain). */
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
        new Color(0xff7f0e), new Color(0x17becf), new Color(0x8c564b), new Color(0xe377c2)};
    /** At most this many sticks get an (h k l) label: the strongest ones. */
    private static final int MAX_LABELS = 15;
    /** Sticks weaker than this (strongest = 100) get no label. */
    private static final double MIN_LABELLED = 5;
    /** The width of an (h k l) label as a fraction of the 2θ span of the sticks. */
    private static final double LABEL_WIDTH = 0.09;

    private DiffractionPlots() {
    }

    /** A new plot over 2θ with the given y-axis label. */
    public static Plot create(String title, String yLabel) {
        Plot plot = new Plot(title, "2θ (°)", yLabel);
        plot.setLineWidth(1);
        return plot;
    }

    /** The i-th colour of MatInf's palette (repeating). */
    public static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /**
     * Adds the sticks of a pattern as vertical lines from 0 to {@code scale} × intensity, and labels
     * the strongest ones with their first family's (h k l) when {@code labels} is on.
     */
    public static void addSticks(Plot plot, XrdPattern pattern, double scale, Color color, boolean labels) {
        int n = pattern.size();
        double[] x = new double[3 * n];
        double[] y = new double[3 * n];
        for (int i = 0; i < n; i++) {
            XrdPeak p = pattern.peaks().get(i);
            x[3 * i] = p.twoTheta();
            x[3 * i + 1] = p.twoTheta();
            x[3 * i + 2] = Double.NaN;
            y[3 * i + 1] = scale * p.intensity();
            y[3 * i + 2] = Double.NaN;
        }
        plot.setColor(color);
        plot.add("line", x, y);
        if (labels) {
            addHklLabels(plot, pattern, scale);
        }
    }

    private static void addHklLabels(Plot plot, XrdPattern pattern, double scale) {
        List<XrdPeak> strongest = new ArrayList<>(pattern.peaks());
        strongest.sort(Comparator.comparingDouble(XrdPeak::intensity).reversed());
        double[] t = pattern.twoThetas();
        double span = t.length == 0 ? 1 : Math.max(1, t[t.length - 1] - t[0]);
        List<XrdPeak> placed = new ArrayList<>();
        plot.setColor(Color.DARK_GRAY);
        plot.setJustification(Plot.CENTER);
        for (XrdPeak p : strongest) {
            if (placed.size() == MAX_LABELS || p.intensity() < MIN_LABELLED) {
                break;
            }
            if (!p.hklLabel().isEmpty() && placed.stream().noneMatch(q -> overlaps(p, q, span))) {
                plot.addText("(" + p.hklLabel() + ")", p.twoTheta(), scale * (p.intensity() + 3));
                placed.add(p);
            }
        }
        plot.setJustification(Plot.LEFT);
    }

    /** Whether the labels of two sticks would overprint: a label is about 9 % of the 2θ span wide and 5 % high. */
    private static boolean overlaps(XrdPeak a, XrdPeak b, double span) {
        return Math.abs(a.twoTheta() - b.twoTheta()) < LABEL_WIDTH * span && Math.abs(a.intensity() - b.intensity()) < 5;
    }

    /** Adds a curve drawn as a line. */
    public static void addCurve(Plot plot, double[] x, double[] y, Color color) {
        plot.setColor(color);
        plot.add("line", x, y);
    }

    /** Adds markers (triangles) at the points. */
    public static void addMarkers(Plot plot, double[] x, double[] y, Color color) {
        plot.setColor(color);
        plot.add("triangle", x, y);
    }

    /** Sets the 2θ range and a y range from {@code yMin} to a little above {@code yMax}, leaving room for labels. */
    public static void setRange(Plot plot, double xMin, double xMax, double yMin, double yMax) {
        double top = yMax > yMin ? yMax + 0.08 * (yMax - yMin) : yMin + 1;
        plot.setLimits(xMin, xMax, yMin, top);
    }

    /** The smallest value, at most 0: the bottom of a plot that should include the zero line. */
    public static double lowest(double[] y) {
        double m = 0;
        for (double v : y) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** The legend entries, one per curve added (in order). */
    public static void setLegend(Plot plot, List<String> entries) {
        plot.setColor(Color.BLACK);
        plot.addLegend(String.join("\t", entries));
    }

    /**
     * Shows the plot when there is a screen, and saves it as PNG when {@code png} is given (with or
     * without a screen).
     *
     * @throws IOException if the PNG cannot be written
     */
    public static void display(Plot plot, File png) throws IOException {
        if (png != null && !png.getPath().isBlank()) {
            save(plot, png);
        }
        if (!GraphicsEnvironment.isHeadless()) {
            plot.show();
        }
    }

    /** Saves the plot as PNG; the name must end in .png and its folder must exist. */
    public static void save(Plot plot, File png) throws IOException {
        if (!png.getName().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("the plot is saved as PNG: end its file name in .png (got " + png + ")");
        }
        File dir = png.getAbsoluteFile().getParentFile();
        if (dir == null || !Files.isDirectory(dir.toPath()) || !Files.isWritable(dir.toPath())) {
            throw new IOException("no writable folder " + dir + " for the plot " + png);
        }
        if (!new FileSaver(plot.getImagePlus()).saveAsPng(png.getPath())) {
            throw new IOException("the plot could not be saved as " + png);
        }
    }
}
