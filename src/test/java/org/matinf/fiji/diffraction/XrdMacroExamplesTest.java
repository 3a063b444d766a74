package org.matinf.fiji.diffraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.diffraction.PowderPatternIO;
import org.matinf.core.diffraction.PowderProfile;
import org.matinf.fiji.MacroRunner;
import org.matinf.testutil.TestData;

/**
 * Runs the diffraction example macros in {@code macros/} headless, through the code of
 * {@code bin/matinf -batch}, and checks what they save against pymatgen's numbers, Bragg's law
 * and the known make-up of the synthetic sample scan.
 */
class XrdMacroExamplesTest {
    private static final double CU_KA = 1.54184;

    @TempDir
    Path out;

    private void runMacro(String name, String argument) {
        new MacroRunner(out).runFile(Path.of("macros", name), argument);
    }

    private String libraryAndOut() {
        return "data=[" + TestData.structures() + "] out=[" + out + "]";
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    private static double bragg(double lambda, double d) {
        return 2 * Math.toDegrees(Math.asin(lambda / (2 * d)));
    }

    /** The pymatgen reference case of a library file at Cu Kα, 2θ 0–90°. */
    private static JsonNode reference(String file) throws IOException {
        for (JsonNode c : SimulateXrdMacroTest.cases()) {
            if (c.get("file").asText().equals(file) && c.get("lambda").asDouble() == CU_KA
                    && c.get("range").get(1).asDouble() == 90) {
                return c;
            }
        }
        throw new AssertionError("no reference pattern for " + file);
    }

    private void assertPng(String name) throws IOException {
        BufferedImage img = ImageIO.read(out.resolve(name).toFile());
        assertTrue(img != null && img.getWidth() > 300 && img.getHeight() > 200, name + " is not a plot image");
    }

    @Test
    void simulatedPeaksOfTheSamplesEqualPymatgen() throws IOException {
        runMacro("xrd_simulate.ijm", libraryAndOut());
        String[] files = {"cgcnn_cod_samples/COD_1000041.cif", "dans_diffraction/Silicon.cif", "cod_cif2cell/anatase.cif",
            "pymatgen/Cu_fcc_mp-30_conv.cif", "handmade/SrTiO3_cubic.vasp", "pymatgen/LiFePO4.vasp",
            "pymatgen/LiMn2O4_spinel.json"};
        int peaks = 0;
        for (String f : files) {
            String stem = Path.of(f).getFileName().toString().replaceFirst("\\.[^.]+$", "");
            peaks += SimulateXrdMacroTest.compare(reference(f), TestData.csv(out.resolve(stem + "_xrd.csv")),
                    SimulateXrdMacroTest.familyOrderDiffers());
            assertPng(stem + "_xrd.png");
        }
        assertTrue(peaks > 600, peaks + " peaks");

        // the profile: Cu Kα1, 20-90° in 0.02° steps, highest point 100 at Si (1 1 1)
        PowderProfile p = PowderPatternIO.read(out.resolve("Silicon_profile.xy"));
        assertEquals(1.54056, p.wavelength(), 1e-12);
        assertEquals(3501, p.size());
        assertEquals(20, p.twoTheta(0), 1e-9);
        assertEquals(90, p.twoTheta(p.size() - 1), 1e-9);
        assertEquals(100, p.maxIntensity(), 1e-9);
        int top = 0;
        for (int i = 0; i < p.size(); i++) {
            top = p.intensity(i) > p.intensity(top) ? i : top;
        }
        double d111 = reference("dans_diffraction/Silicon.cif").get("peaks").get(0).get(2).asDouble();
        assertEquals(bragg(1.54056, d111), p.twoTheta(top), 0.011);
        assertPng("Silicon_profile.png");
    }

    @Test
    void openListsThePointsOfTheFile() throws IOException {
        runMacro("xrd_open.ijm", "out=[" + out + "]");
        PowderProfile sample = PowderPatternIO.read(SyntheticScan.FILE);
        List<Map<String, String>> rows = TestData.csv(out.resolve("pattern.csv"));
        assertEquals(4001, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(sample.twoTheta(i), number(rows.get(i), "two_theta"), 1e-9, "point " + i);
            assertEquals(sample.intensity(i), number(rows.get(i), "intensity"), 1e-9, "point " + i);
        }
        assertPng("pattern.png");
    }

    /** Every Si reflection of the scan is found at Bragg's angle for pymatgen's d, with the width and area it was made with. */
    @Test
    void findPeaksFindsTheSiliconReflections() throws IOException {
        runMacro("xrd_find_peaks.ijm", "out=[" + out + "]");
        List<Map<String, String>> found = TestData.csv(out.resolve("peaks.csv"));
        JsonNode ref = reference("dans_diffraction/Silicon.cif").get("peaks");
        assertEquals(ref.size(), found.size(), "peaks found: " + found);
        double lambda = SyntheticScan.wavelength();
        double[] scale = new double[ref.size()];
        for (int i = 0; i < ref.size(); i++) {
            Map<String, String> row = found.get(i);
            double d = ref.get(i).get(2).asDouble();
            assertEquals(bragg(lambda, d), number(row, "two_theta"), 0.005, "peak " + i + " position");
            assertEquals(d, number(row, "d"), 2e-4, "peak " + i + " d");
            assertEquals(SyntheticScan.FWHM, number(row, "fwhm"), 0.1 * SyntheticScan.FWHM, "peak " + i + " fwhm");
            scale[i] = number(row, "area") / ref.get(i).get(1).asDouble();
        }
        // areas follow the stick intensities (Cu Kα1 vs pymatgen's Cu Kα differ by < 1 %) times the scale 10
        for (int i = 0; i < 3; i++) {
            assertEquals(SyntheticScan.SCALE, scale[i], 0.05 * SyntheticScan.SCALE, "area / intensity of peak " + i);
        }
        assertPng("peaks.png");
    }

    /**
     * The right structure fits to the noise (χ² near 1, scale near the 10 the scan was made with);
     * wrong ones fit far worse. R_exp depends only on the counts: √((N − 1) / Σ y).
     */
    @Test
    void compareRanksSiliconFirst() throws IOException {
        runMacro("xrd_compare.ijm", libraryAndOut());
        List<Map<String, String>> rows = TestData.csv(out.resolve("compare.csv"));
        assertEquals(3, rows.size());
        List<String> formulas = new ArrayList<>();
        rows.forEach(r -> formulas.add(r.get("formula")));
        assertEquals(List.of("Si", "NaCl", "Cu"), formulas);
        Map<String, String> si = rows.get(0);
        assertEquals(SyntheticScan.SCALE, number(si, "scale"), 0.02 * SyntheticScan.SCALE);
        assertTrue(number(si, "chi2") < 1.3, "chi2 of Si " + si.get("chi2"));
        assertEquals(SyntheticScan.wavelength(), number(si, "wavelength"), 1e-12);
        double sum = 0;
        PowderProfile scan = PowderPatternIO.read(SyntheticScan.FILE);
        for (int i = 0; i < scan.size(); i++) {
            sum += Math.max(scan.intensity(i), 1);
        }
        double rexp = 100 * Math.sqrt((scan.size() - 1) / sum);
        for (Map<String, String> r : rows) {
            assertEquals(rexp, number(r, "rexp"), 1e-6, r.get("formula") + " rexp");
            assertEquals(number(r, "chi2"), Math.pow(number(r, "rwp") / number(r, "rexp"), 2), 1e-6 * number(r, "chi2"));
        }
        assertTrue(number(rows.get(1), "rwp") > 3 * number(si, "rwp"), "NaCl vs Si: " + rows);
        assertTrue(number(rows.get(2), "rwp") > 3 * number(si, "rwp"), "Cu vs Si: " + rows);
        assertPng("compare_Silicon.png");
    }

    /** Isotropic strain scales every d by 1 + ε; strain along c changes only the l part of 1/d². */
    @Test
    void strainSeriesMovesThePeaksAsBraggSays() throws IOException {
        runMacro("xrd_strain_series.ijm", libraryAndOut());
        List<Map<String, String>> si = TestData.csv(out.resolve("strain_silicon.csv"));
        assertEquals(List.of(XrdStrainSeries.COLUMNS), columns(si));
        assertEquals(20, si.size(), "4 strains x 5 peaks");
        JsonNode ref = reference("dans_diffraction/Silicon.cif").get("peaks");
        for (Map<String, String> r : si) {
            double eps = number(r, "strain") / 100;
            JsonNode p = peakWithHkl(ref, r.get("hkl"));
            double d = p.get(2).asDouble() * (1 + eps);
            assertEquals(d, number(r, "d"), 1e-6, r.toString());
            assertEquals(bragg(CU_KA, d), number(r, "two_theta"), 1e-6, r.toString());
            assertEquals(bragg(CU_KA, d) - p.get(0).asDouble(), number(r, "shift"), 1e-3, r.toString());
        }

        List<Map<String, String>> anatase = TestData.csv(out.resolve("strain_anatase_c.csv"));
        assertEquals(16, anatase.size(), "4 strains x 4 peaks");
        Map<String, String> cell = TestData.structureReference("cod_cif2cell/anatase.cif");
        double a = Double.parseDouble(cell.get("a"));
        double c = Double.parseDouble(cell.get("c"));
        boolean sawZeroZeroL = false;
        for (Map<String, String> r : anatase) {
            double cs = c * (1 + number(r, "strain") / 100);
            String[] hkl = r.get("hkl").split(" ");
            double h = Double.parseDouble(hkl[0]);
            double k = Double.parseDouble(hkl[1]);
            double l = Double.parseDouble(hkl[2]);
            double d = 1 / Math.sqrt((h * h + k * k) / (a * a) + l * l / (cs * cs));
            assertEquals(d, number(r, "d"), 1e-6, r.toString());
            if (l == 0) {
                assertEquals(0, number(r, "shift"), 1e-9, "(h k 0) does not move under c strain: " + r);
            }
            sawZeroZeroL |= h == 0 && k == 0;
        }
        assertTrue(sawZeroZeroL, "(0 0 4) is among the strongest: " + anatase);
        assertPng("strain_silicon.png");
        assertPng("strain_anatase_c.png");
    }

    private static List<String> columns(List<Map<String, String>> rows) {
        List<String> c = TestData.columns(rows);
        return !c.isEmpty() && c.get(0).isEmpty() ? c.subList(1, c.size()) : c;
    }

    private static JsonNode peakWithHkl(JsonNode peaks, String hkl) {
        for (JsonNode p : peaks) {
            JsonNode f = p.get(3).get(0);
            if ((f.get(0).asInt() + " " + f.get(1).asInt() + " " + f.get(2).asInt()).equals(hkl)) {
                return p;
            }
        }
        throw new AssertionError("no reference peak (" + hkl + ")");
    }

    @Test
    void sampleScanIsTheDocumentedSynthesis() throws IOException {
        assertEquals(SyntheticScan.text(), Files.readString(SyntheticScan.FILE, StandardCharsets.UTF_8),
                "sample-images/diffraction/Si_synthetic_CuKa1.xy differs from SyntheticScan; regenerate with its main");
    }
}
