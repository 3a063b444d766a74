package org.matinf.samples;

import ij.ImagePlus;
import ij.io.FileSaver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.matinf.core.dataset.KikuchiPatternSource;
import org.matinf.core.dataset.PatternJitter;
import org.matinf.core.dataset.Realism;
import org.matinf.core.dataset.RealismApplier;
import org.matinf.core.dataset.TiffStackWriter;
import org.matinf.core.diffraction.ebsd.KikuchiMasterPattern;
import org.matinf.core.diffraction.ebsd.KikuchiReflectors;
import org.matinf.core.diffraction.electron.SpotPatternCalculator;
import org.matinf.core.diffraction.electron.SpotPatternRenderer;
import org.matinf.core.diffraction.electron.ZoneAxis;
import org.matinf.core.image.GrayImage;
import org.matinf.core.io.StructureIO;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.orientation.UniformOrientations;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.image.ImageSlices;

/**
 * The simulated electron diffraction images shipped in {@code sample-images/electron/} (made by
 * MatInf, not measured): SAED patterns of Si [110] and Al [001], EBSD patterns of Ni and Fe, and a
 * small EBSD map of a Ni polycrystal (a stack with its labels). Everything comes from fixed seeds;
 * {@code main} (re)writes the files, and a test checks that the shipped pixels are exactly these.
 */
public final class ElectronSamples {
    /** Where the samples ship, relative to the project. */
    public static final Path DIR = Path.of("sample-images", "electron");
    static final Path STRUCTURES = Path.of("sample-images", "structures");
    /** The map: columns × rows of scan points, pattern size, grains. */
    static final int MAP_WIDTH = 16;
    static final int MAP_HEIGHT = 12;
    static final int MAP_PATTERN = 60;
    static final int GRAINS = 6;

    private ElectronSamples() {
    }

    /** Writes every sample into {@code dir}. */
    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        saed("dans_diffraction/Silicon.cif", "1 1 0", dir.resolve("Si_110_SAED.tif"), 11);
        saed("elements_cod/Al.cif", "0 0 1", dir.resolve("Al_001_SAED.tif"), 12);
        rings("elements_cod/Al.cif", dir.resolve("Al_rings_SAED.tif"), 15);
        ebsd("elements_cod/Ni.cif", Orientation.fromBunge(30, 40, 50), dir.resolve("Ni_EBSD.tif"), 13);
        ebsd("elements_cod/Fe.cif", Orientation.fromBunge(120, 30, 10), dir.resolve("Fe_EBSD.tif"), 14);
        ebsdMap(dir.resolve("Ni_EBSD_map"));
    }

    private static Structure structure(String file) {
        return StructureIO.read(STRUCTURES.resolve(file));
    }

    /** A 256 × 256 SAED pattern at 200 kV (4 nm thick, |g| ≤ 1.2 Å⁻¹) with the direct beam, blur, background and counting noise, in 1/nm. */
    static void saed(String file, String zone, Path out, long seed) {
        SpotPatternCalculator calc = SpotPatternCalculator.builder().voltage(200).thickness(4).maxG(1.2).build();
        SpotPatternRenderer renderer = new SpotPatternRenderer(256, SpotPatternRenderer.pixelSizeToFit(calc.gMax(), 256), 1.5, true,
                SpotPatternRenderer.Scale.SQRT);
        GrayImage clean = renderer.render(calc.calculate(structure(file), ZoneAxis.parse(zone)));
        Realism realism = Realism.builder().dose(3000).readNoise(0.003).background(0.04).blur(0.6).build();
        GrayImage noisy = realistic(clean, realism, seed).withCalibration(clean.calibration());
        save(noisy, out, "Simulated SAED (MatInf): " + file + " along [" + zone + "], 200 kV, seed " + seed);
    }

    /**
     * A 512 × 512 ring pattern of a fine-grained polycrystal: the sum of the SAED patterns of 3000
     * uniformly random grains (200 kV, 4 nm), the direct beam moved to (261.3, 249.6) px, with blur,
     * background and counting noise. Saved uncalibrated, to be calibrated on the rings.
     */
    static void rings(String file, Path out, long seed) {
        SpotPatternCalculator calc = SpotPatternCalculator.builder().voltage(200).thickness(4).maxG(1.2).build();
        var reflections = calc.reflections(structure(file));
        SpotPatternRenderer renderer = new SpotPatternRenderer(512, 0.04, 1.2, false, SpotPatternRenderer.Scale.LINEAR);
        float[] sum = new float[512 * 512];
        UniformOrientations grains = new UniformOrientations(seed);
        for (int i = 0; i < 3000; i++) {
            float[] p = renderer.render(calc.calculate(reflections, grains.next())).pixels();
            for (int j = 0; j < sum.length; j++) {
                sum[j] += p[j];
            }
        }
        float[] shifted = new float[sum.length];
        double dx = 261.3 - 256;
        double dy = 249.6 - 256;
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                shifted[y * 512 + x] = bilinear(sum, 512, x - dx, y - dy);
            }
        }
        double peak = 0;
        for (float v : shifted) {
            peak = Math.max(peak, v);
        }
        for (int y = 0; y < 512; y++) {
            for (int x = 0; x < 512; x++) {
                double r = Math.hypot(x - 261.3, y - 249.6);
                shifted[y * 512 + x] += (float) (peak * 3 * Math.exp(-r * r / 8.0)); // the direct beam
            }
        }
        GrayImage clean = new GrayImage(512, 512, shifted, null);
        Realism realism = Realism.builder().dose(2000).readNoise(0.002).background(0.05).blur(0.8).build();
        save(realistic(clean, realism, seed), out, "Simulated polycrystalline ring pattern (MatInf): " + file
                + ", 3000 random grains, 200 kV, direct beam at (261.3, 249.6) px, 0.04 1/nm per pixel before saving uncalibrated, seed " + seed);
    }

    private static float bilinear(float[] p, int n, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= n || y0 + 1 >= n) {
            return 0;
        }
        double fx = x - x0;
        double fy = y - y0;
        return (float) ((1 - fx) * (1 - fy) * p[y0 * n + x0] + fx * (1 - fy) * p[y0 * n + x0 + 1] + (1 - fx) * fy * p[(y0 + 1) * n + x0]
                + fx * fy * p[(y0 + 1) * n + x0 + 1]);
    }

    /** A 120 × 120 EBSD pattern at 20 kV, PC (0.5, 0.5, 0.5), 70° tilt, with counting noise. */
    static void ebsd(String file, Orientation o, Path out, long seed) {
        KikuchiMasterPattern master = KikuchiMasterPattern.builder(KikuchiReflectors.of(structure(file), 20)).build();
        GrayImage clean = new KikuchiPatternSource(master, 120, KikuchiPatternSource.DEFAULT_PC).render(o, PatternJitter.NONE);
        Realism realism = Realism.builder().dose(800).background(0.5).blur(0.7).build();
        double[] e = o.bunge();
        save(realistic(clean, realism, seed), out, String.format(Locale.ROOT,
                "Simulated EBSD pattern (MatInf): %s, Bunge (%.1f, %.1f, %.1f), 20 kV, PC 0.5 0.5 0.5, tilt 70, seed %d", file, e[0], e[1],
                e[2], seed));
    }

    /**
     * A 16 × 12 EBSD map of Ni: six grains (nearest of six random seed points, random orientations),
     * each scan point's orientation scattered by up to 0.5° about its grain's, 60 × 60 patterns with
     * noise, written as {@code patterns.tif} (8-bit, one page per point, row by row) and
     * {@code labels.csv} (slice, Bunge angles, quaternion, x, y).
     */
    static void ebsdMap(Path dir) throws IOException {
        Files.createDirectories(dir);
        KikuchiMasterPattern master = KikuchiMasterPattern.builder(KikuchiReflectors.of(structure("elements_cod/Ni.cif"), 20)).build();
        KikuchiPatternSource source = new KikuchiPatternSource(master, MAP_PATTERN, KikuchiPatternSource.DEFAULT_PC);
        SplittableRandom rng = new SplittableRandom(2026);
        double[][] seeds = new double[GRAINS][];
        Orientation[] grain = new Orientation[GRAINS];
        for (int g = 0; g < GRAINS; g++) {
            seeds[g] = new double[] {rng.nextDouble() * MAP_WIDTH, rng.nextDouble() * MAP_HEIGHT};
            grain[g] = UniformOrientations.draw(rng);
        }
        Realism realism = Realism.builder().dose(400).background(0.4).blur(0.6).readNoise(0.01).build();
        List<String> labels = new ArrayList<>();
        labels.add("slice,phi1,Phi,phi2,q0,q1,q2,q3,x,y");
        try (TiffStackWriter tiff = new TiffStackWriter(dir.resolve("patterns.tif"), MAP_PATTERN, MAP_PATTERN, MAP_WIDTH * MAP_HEIGHT, 8)) {
            int slice = 0;
            for (int y = 0; y < MAP_HEIGHT; y++) {
                for (int x = 0; x < MAP_WIDTH; x++) {
                    int nearest = 0;
                    for (int g = 1; g < GRAINS; g++) {
                        if (distance(seeds[g], x, y) < distance(seeds[nearest], x, y)) {
                            nearest = g;
                        }
                    }
                    double[] axis = {rng.nextDouble() - 0.5, rng.nextDouble() - 0.5, rng.nextDouble() - 0.5};
                    Orientation o = Orientation.fromAxisAngle(axis, 0.5 * rng.nextDouble()).multiply(grain[nearest]);
                    GrayImage p = realistic(source.render(o, PatternJitter.NONE), realism, rng.nextLong());
                    tiff.writePage(stretched(p.pixels()));
                    slice++;
                    double[] e = o.bunge();
                    double[] q = o.quaternion();
                    labels.add(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%.9f,%.9f,%.9f,%.9f,%d,%d", slice, e[0], e[1], e[2], q[0], q[1],
                            q[2], q[3], x, y));
                }
            }
        }
        Files.write(dir.resolve("labels.csv"), labels, StandardCharsets.UTF_8);
    }

    private static double distance(double[] s, int x, int y) {
        return Math.hypot(s[0] - x, s[1] - y);
    }

    private static GrayImage realistic(GrayImage clean, Realism realism, long seed) {
        RealismApplier applier = new RealismApplier(realism);
        return applier.apply(clean, applier.draw(new SplittableRandom(seed)));
    }

    /** Minimum to 0, maximum to 255, as the dataset generator's 8-bit pages. */
    private static float[] stretched(float[] p) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : p) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float[] out = new float[p.length];
        float scale = max > min ? 255f / (max - min) : 0;
        for (int i = 0; i < p.length; i++) {
            out[i] = (p[i] - min) * scale;
        }
        return out;
    }

    private static void save(GrayImage image, Path out, String info) {
        ImagePlus imp = ImageSlices.toImagePlus(out.getFileName().toString(), image);
        imp.setProperty("Info", info);
        if (!new FileSaver(imp).saveAsTiff(out.toString())) {
            throw new UncheckedIOException(new IOException("cannot write " + out));
        }
    }

    /** Rewrites the shipped samples; run from the project folder. */
    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : DIR);
    }
}
