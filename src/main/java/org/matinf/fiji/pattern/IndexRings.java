package org.matinf.fiji.pattern;

import ij.IJ;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matinf.core.diffraction.pattern.DebyeRings;
import org.matinf.core.diffraction.pattern.ReciprocalUnits;
import org.matinf.core.diffraction.pattern.RingAssignment;
import org.matinf.core.diffraction.pattern.RingIndexer;
import org.matinf.core.diffraction.pattern.StructureCalibration;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MatInfMenus;
import org.matinf.fiji.diffraction.PatternTables;
import org.matinf.fiji.image.ImageSlices;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

/**
 * Indexes the rings of a polycrystalline pattern on every slice: the peaks of the radial profile
 * about the centre are assigned to the structure's allowed rings (systematic absences from the
 * electron structure factors) of nearest d within the tolerance. The image's reciprocal
 * calibration is used; an uncalibrated image is first calibrated on the structure (as Calibrate
 * Diffraction mode=structure, without changing the image). Results: slice, ring, radius_px, g
 * (1/nm), d (Å, measured), hkl, d_calc (Å), error_pct, multiplicity; unassigned rings have an
 * empty hkl.
 *
 * <p>Macro: {@code run("Index Rings", "file=[/path/Al.cif] tolerance=2 centre=auto beam_stop=0");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.IMAGES + "Index Rings")
public class IndexRings extends RingPatternCommand {

    @Override
    protected void execute() throws IOException {
        input();
        Structure structure = readStructure();
        double calibrated = ReciprocalUnits.perNanometre(ImageSlices.calibration(input()));
        List<List<RingAssignment>> all = new ArrayList<>();
        for (int n = 1; n <= slices(); n++) {
            int slice = n;
            all.add(onSlice(n, gray -> {
                double[] centre = centreOf(slice, gray);
                double[] radii = ringRadii(gray, centre);
                double k = calibrated;
                String how = "the image's calibration";
                if (Double.isNaN(k)) {
                    StructureCalibration.Result r = StructureCalibration.fit(radii, structure, tolerance);
                    k = r.pixelSize();
                    how = String.format(Locale.ROOT, "calibration on the structure (%d of %d rings, rms %.3f %%)",
                            r.matched(), r.measured(), r.rmsPercent());
                }
                double gMax = 1.05 * k * radii[radii.length - 1];
                List<RingAssignment> table = RingIndexer.index(radii, k, DebyeRings.of(structure, gMax), tolerance);
                IJ.log(String.format(Locale.ROOT, "%s%s: %d of %d rings indexed, %.6g 1/nm per pixel from %s, %s",
                        input().getTitle(), slices() > 1 ? ", slice " + slice : "",
                        table.stream().filter(RingAssignment::isIndexed).count(), table.size(), k, how,
                        PatternCentres.describe(centre)));
                return table;
            }));
        }
        PatternTables.replaceResults(rt -> {
            for (int n = 1; n <= all.size(); n++) {
                for (RingAssignment a : all.get(n - 1)) {
                    rt.incrementCounter();
                    rt.addValue("slice", n);
                    rt.addValue("ring", a.ring());
                    rt.addValue("radius_px", a.radius());
                    rt.addValue("g", a.g());
                    rt.addValue("d", a.d());
                    rt.addValue("hkl", a.hkl());
                    rt.addValue("d_calc", a.dCalculated());
                    rt.addValue("error_pct", a.errorPercent());
                    rt.addValue("multiplicity", a.isIndexed() ? a.match().multiplicity() : 0);
                }
            }
            decimals(rt, 0, "slice", "ring", "multiplicity");
            decimals(rt, 4, "radius_px", "error_pct");
            decimals(rt, 6, "g", "d", "d_calc");
        });
    }
}
