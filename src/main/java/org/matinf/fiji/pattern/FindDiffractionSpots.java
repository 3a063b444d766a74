package org.matinf.fiji.pattern;

import ij.IJ;
import ij.gui.PointRoi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.matinf.core.diffraction.pattern.MeasuredSpot;
import org.matinf.core.diffraction.pattern.SpotFinder;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.PatternTables;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Finds the spots of a diffraction pattern on every slice ({@link SpotFinder}: local maxima above
 * the local background by a number of noise σ or counts, a minimum distance, sub-pixel Gaussian
 * fit) and lists them nearest the centre first. Results: slice, x, y (pixels), g (1/nm) and d (Å)
 * from the centre when the image is calibrated in reciprocal units (else NaN), angle (degrees
 * anticlockwise from +x on screen), intensity (integrated above background), height, background
 * and width (fitted σ, pixels). The current slice's spots are marked with points.
 *
 * <p>Macro: {@code run("Find Diffraction Spots", "threshold=5 min_distance=5 radius=3 centre=auto");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.IMAGES + "Find Diffraction Spots")
public class FindDiffractionSpots extends CentredPatternCommand {

    @Parameter(label = "Threshold", persist = false, min = "0",
            description = "Least height above the local background: noise σ, or counts when 'absolute' is on")
    private double threshold = 5;

    @Parameter(label = "Absolute threshold (counts)", persist = false, required = false,
            description = "Read the threshold as counts instead of noise σ")
    private boolean absolute;

    @Parameter(label = "Min_distance between spots (pixels)", persist = false, min = "0",
            description = "Spots closer than this to a stronger one are dropped")
    private double min_distance = 5;

    @Parameter(label = "Radius of a spot (pixels)", persist = false, min = "1", max = "50",
            description = "Half-size of the fit window and radius of the integration disc (about 2 spot σ)")
    private int radius = 3;

    @Override
    protected void execute() throws IOException {
        SpotFinder finder = (absolute ? new SpotFinder().withAbsoluteThreshold(threshold)
                : new SpotFinder().withThreshold(threshold)).withMinDistance(min_distance).withRadius(radius);
        List<List<MeasuredSpot>> all = new ArrayList<>();
        for (int n = 1; n <= slices(); n++) {
            int slice = n;
            all.add(onSlice(n, gray -> {
                double[] c = centreOf(slice, gray);
                List<MeasuredSpot> spots = finder.find(gray, c[0], c[1]);
                IJ.log(input().getTitle() + (slices() > 1 ? ", slice " + slice : "") + ": " + spots.size()
                        + " spots, " + PatternCentres.describe(c));
                return spots;
            }));
        }
        PatternTables.replaceResults(rt -> {
            for (int n = 1; n <= all.size(); n++) {
                for (MeasuredSpot s : all.get(n - 1)) {
                    rt.incrementCounter();
                    rt.addValue("slice", n);
                    rt.addValue("x", s.x());
                    rt.addValue("y", s.y());
                    rt.addValue("g", s.g());
                    rt.addValue("d", s.d());
                    rt.addValue("angle", s.angle());
                    rt.addValue("intensity", s.intensity());
                    rt.addValue("height", s.height());
                    rt.addValue("background", s.background());
                    rt.addValue("width", s.width());
                }
            }
            decimals(rt, 0, "slice");
            decimals(rt, 4, "x", "y", "angle", "width");
            decimals(rt, 6, "g", "d", "intensity", "height", "background");
        });
        List<MeasuredSpot> shown = all.get(Math.min(all.size(), Math.max(1, input().getCurrentSlice())) - 1);
        if (!shown.isEmpty()) {
            PointRoi points = new PointRoi(shown.get(0).x() + 0.5, shown.get(0).y() + 0.5);
            for (int i = 1; i < shown.size(); i++) {
                points.addPoint(shown.get(i).x() + 0.5, shown.get(i).y() + 0.5);
            }
            input().setRoi(points);
        }
    }
}
