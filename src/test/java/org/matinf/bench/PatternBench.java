package org.matinf.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.matinf.core.diffraction.pattern.DirectBeamCentre;
import org.matinf.core.diffraction.pattern.FriedelCentre;
import org.matinf.core.diffraction.pattern.PatternCentre;
import org.matinf.core.diffraction.pattern.RadialProfile;
import org.matinf.core.diffraction.pattern.RingFinder;
import org.matinf.core.diffraction.pattern.SpotFinder;
import org.matinf.core.diffraction.pattern.StructureCalibration;
import org.matinf.core.diffraction.pattern.SyntheticPatterns;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;

/**
 * Benchmark of the diffraction-pattern measurements on 512 × 512 synthetic patterns: Friedel and
 * direct-beam centres, radial profile, ring finding plus calibration on Al, and spot finding on a
 * spot lattice. Prints "case,seconds" lines (median of repeated runs after warm-up) and, on
 * standard error, the centre and pixel-size errors. Not a test: run
 * {@code java -cp target/classes:target/test-classes:<deps> org.matinf.bench.PatternBench [structures folder]}.
 */
public final class PatternBench {

    private PatternBench() {
    }

    public static void main(String[] args) {
        Path lib = Path.of(args.length > 0 ? args[0] : "../shared/data/structures");
        Structure al = StructureIO.read(lib.resolve("elements_cod/Al.cif"));
        double k = 0.0405;
        double cx = 250.37;
        double cy = 261.71;
        SyntheticPatterns p = new SyntheticPatterns(512, 512, cx, cy).diffuse(30, 400, 50).beam(4, 6000);
        for (var ring : org.matinf.core.diffraction.pattern.DebyeRings.of(al, 300 * k)) {
            p.ring(ring.g() / k, 1.5, 40 + 3 * ring.intensity());
        }
        GrayImage rings = p.noise(8, 5).image();
        GrayImage spots = lattice(255.31, 250.77);

        report("friedel_centre_512", StructureBench.time(5, 21, () -> (int) FriedelCentre.find(rings).x()));
        report("direct_beam_centre_512", StructureBench.time(5, 21, () -> (int) DirectBeamCentre.find(rings).x()));
        report("radial_profile_512", StructureBench.time(10, 41, () -> RadialProfile.of(rings, cx, cy, 1, 0, false).size()));
        report("rings_and_structure_calibration_512", StructureBench.time(3, 11, () -> {
            double[] r = RingFinder.radii(RingFinder.find(RadialProfile.of(rings, cx, cy, 1, 0, false), 3));
            return StructureCalibration.fit(r, al, 2).matched();
        }));
        report("spot_finder_512", StructureBench.time(3, 11, () -> new SpotFinder().withMinDistance(8)
                .find(spots, 255.31, 250.77).size()));

        PatternCentre f = FriedelCentre.find(rings);
        PatternCentre b = DirectBeamCentre.find(rings);
        double[] r = RingFinder.radii(RingFinder.find(RadialProfile.of(rings, f.x(), f.y(), 1, 0, false), 3));
        StructureCalibration.Result cal = StructureCalibration.fit(r, al, 2);
        System.err.println(String.format(Locale.ROOT,
                "Friedel centre error (%.4f, %.4f) px, direct beam (%.4f, %.4f) px; %d rings, pixel size %.6g "
                        + "(planted %.6g, %.4f %%)", f.x() - cx, f.y() - cy, b.x() - cx, b.y() - cy, r.length,
                cal.pixelSize(), k, 100 * (cal.pixelSize() / k - 1)));
    }

    private static GrayImage lattice(double cx, double cy) {
        SyntheticPatterns p = new SyntheticPatterns(512, 512, cx, cy).diffuse(50, 100, 40).beam(3, 3000);
        for (int h = -12; h <= 12; h++) {
            for (int kk = -12; kk <= 12; kk++) {
                double x = cx + h * 31.7 - kk * 6.1;
                double y = cy + h * 4.3 + kk * 27.9;
                if ((h != 0 || kk != 0) && x > 10 && y > 10 && x < 501 && y < 501) {
                    p.spot(x, y, 1.6, 700);
                }
            }
        }
        return p.noise(8, 3).image(new ImageCalibration(0.05, "1/nm"));
    }

    private static void report(String name, double seconds) {
        System.out.println(String.format(Locale.ROOT, "%s,%.6g", name, seconds));
    }
}
