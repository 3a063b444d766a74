package org.matinf.fiji.electron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.dataset.DatasetSources;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.PatternJitter;
import org.matinf.core.dataset.PatternSource;
import org.matinf.core.dataset.Realism;
import org.matinf.core.dataset.SourceSettings;
import org.matinf.core.dataset.TestPatterns;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.ProgressListener;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;
import org.matinf.testutil.TestData;

/**
 * The macro API of Generate Diffraction Dataset, run headless through {@code bin/matinf -batch}'s
 * code, with the real simulators and with a test pattern source where the pixels do not matter.
 */
class GenerateDiffractionDatasetTest {
    static final String SILICON = TestData.structures().resolve("dans_diffraction/Silicon.cif").toString();

    @TempDir
    Path dir;

    private final List<SourceSettings> asked = new ArrayList<>();

    private void useTestSource() {
        GenerateDiffractionDataset.sources = (type, structure, settings) -> {
            asked.add(settings);
            assertEquals("Si", structure.reducedFormula(), "the structure of the file is passed on");
            return new TestPatterns(settings.size(), type);
        };
    }

    @AfterEach
    void restore() {
        GenerateDiffractionDataset.sources = DatasetSources::forType;
    }

    @Test
    void macroWritesTheDatasetAndOpensItAsAStack() throws IOException {
        useTestSource();
        Path out = dir.resolve("set");
        Path info = dir.resolve("info.txt");
        new MacroRunner(dir).assertRuns("run(\"Generate Diffraction Dataset\", \"file=[" + SILICON + "] type=ebsd n=40 size=24 "
                + "seed=3 output=[" + out + "] sampling=uniform dose=200 read_noise=0.01 background=0.2 blur=0.8 jitter=0.1 "
                + "gamma_jitter=0.15 pc_jitter=0.01 bits=16 voltage=15\");\n"
                + "File.saveString(nSlices + \" \" + bitDepth() + \" \" + getWidth() + \" \" + getTitle(), \"" + info + "\");\n");
        assertEquals("40 16 24 patterns.tif", Files.readString(info));
        assertEquals(List.of(new SourceSettings(24, 15)), asked);

        Realism realism = new Realism(200, 0.01, 0.2, 0.8, 0.1, 0.15, 0.01);
        Path direct = dir.resolve("direct");
        DiffractionDataset.builder(new TestPatterns(24, "ebsd")).count(40).seed(3).realism(realism).bits(16)
                .structure("Silicon.cif").build().write(direct, ProgressListener.NONE);
        for (String f : List.of("patterns.tif", "labels.csv")) {
            assertArrayEquals(Files.readAllBytes(direct.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertEquals("Silicon.cif", TestData.json(out.resolve("dataset.json")).get("structure").asText());
    }

    @Test
    void thePublicLineWorksWithItsDefaults() throws IOException {
        useTestSource();
        Path out = dir.resolve("d");
        MacroRunner macro = new MacroRunner(dir);
        String line = "run(\"Generate Diffraction Dataset\", \"file=[" + SILICON + "] type=ebsd n=100 size=16 seed=1 output=["
                + out + "]\");\n";
        macro.assertRuns(line);
        assertEquals(101, Files.readAllLines(out.resolve("labels.csv")).size());
        assertEquals(8, TestData.json(out.resolve("dataset.json")).get("bits").asInt());
        macro.assertRuns(line.replace("type=ebsd", "type=spot"));
        assertEquals(List.of(new SourceSettings(16, 20), new SourceSettings(16, 200)), asked, "default voltages");
        assertEquals("spot", TestData.json(out.resolve("dataset.json")).get("type").asText());
    }

    /** The public line with the real EBSD simulator: 1000 patterns whose pages are the simulator's patterns of their labels. */
    @Test
    void thePublicLineMakesRealEbsdPatterns() throws IOException {
        Path out = dir.resolve("ebsd");
        new MacroRunner(dir).assertRuns("run(\"Generate Diffraction Dataset\", \"file=[" + SILICON + "] type=ebsd n=1000 size=64 "
                + "seed=1 output=[" + out + "]\");");
        List<String> labels = Files.readAllLines(out.resolve("labels.csv"));
        assertEquals(1001, labels.size());
        ImagePlus stack = IJ.openImage(out.resolve("patterns.tif").toString());
        assertEquals(1000, stack.getStackSize());
        PatternSource source = DatasetSources.forType("ebsd", TestData.structure("dans_diffraction/Silicon.cif"), new SourceSettings(64, 20));
        for (int slice : new int[] {1, 500, 1000}) {
            assertSameImage(source.render(labelOrientation(labels.get(slice)), PatternJitter.NONE).pixels(), stack, slice);
        }
    }

    @Test
    void spotDatasetsHoldTheSpotPatternsOfTheirLabels() throws IOException {
        Path out = dir.resolve("spot");
        new MacroRunner(dir).assertRuns("run(\"Generate Diffraction Dataset\", \"file=[" + SILICON + "] type=spot n=30 size=64 "
                + "seed=2 output=[" + out + "] bits=32\");");
        List<String> labels = Files.readAllLines(out.resolve("labels.csv"));
        ImagePlus stack = IJ.openImage(out.resolve("patterns.tif").toString());
        PatternSource source = DatasetSources.forType("spot", TestData.structure("dans_diffraction/Silicon.cif"), new SourceSettings(64, 200));
        int withSpots = 0;
        for (int slice = 1; slice <= 30; slice++) {
            float[] expected = source.render(labelOrientation(labels.get(slice)), PatternJitter.NONE).pixels();
            assertSameImage(expected, stack, slice);
            withSpots += stack.getStack().getProcessor(slice).getStatistics().max > 0 ? 1 : 0;
        }
        assertTrue(withSpots >= 25, withSpots + " of 30 random orientations show spots");
        assertEquals(200, TestData.json(out.resolve("dataset.json")).get("simulation").get("voltage_kv").asDouble(), 0);
    }

    @Test
    void fundamentalZoneSamplingUsesTheCrystalsLaueClass() throws IOException {
        Path out = dir.resolve("fz");
        new MacroRunner(dir).assertRuns("run(\"Generate Diffraction Dataset\", \"file=[" + SILICON + "] type=spot n=200 size=32 "
                + "seed=4 output=[" + out + "] sampling=fundamental-zone\");");
        List<String> labels = Files.readAllLines(out.resolve("labels.csv"));
        LaueGroup cubic = LaueGroup.parse("m-3m");
        double maxAngle = 0;
        for (String row : labels.subList(1, labels.size())) {
            Orientation o = labelOrientation(row);
            assertTrue(cubic.inFundamentalZone(o), row);
            maxAngle = Math.max(maxAngle, o.angle());
        }
        assertTrue(maxAngle < 62.81, "cubic fundamental zone reaches 62.8°, got " + maxAngle);
        assertEquals("fundamental-zone (m-3m)", TestData.json(out.resolve("dataset.json")).get("sampling").asText());
    }

    private static Orientation labelOrientation(String row) {
        String[] f = row.split(",");
        return Orientation.fromQuaternion(Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                Double.parseDouble(f[7]));
    }

    /** A page equals a noise-free pattern up to the per-pattern scaling and 8-bit rounding: correlation above 0.999. */
    private static void assertSameImage(float[] expected, ImagePlus stack, int slice) {
        float[] page = (float[]) stack.getStack().getProcessor(slice).convertToFloatProcessor().getPixels();
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < page.length; i++) {
            ma += expected[i];
            mb += page[i];
        }
        ma /= page.length;
        mb /= page.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < page.length; i++) {
            sab += (expected[i] - ma) * (page[i] - mb);
            saa += (expected[i] - ma) * (expected[i] - ma);
            sbb += (page[i] - mb) * (page[i] - mb);
        }
        double r = saa == 0 && sbb == 0 ? 1 : sab / Math.sqrt(saa * sbb);
        assertTrue(r > 0.999, "slice " + slice + ": correlation " + r);
    }

    @Test
    void badInputIsReportedClearly() throws IOException {
        useTestSource();
        String start = "run(\"Generate Diffraction Dataset\", \"file=[" + SILICON + "] type=ebsd ";
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        new MacroRunner(dir).assertFails(start + "n=0 output=[" + dir + "]\");", "n must be a positive number of patterns, got 0");
        new MacroRunner(dir).assertFails(start + "size=0 output=[" + dir + "]\");", "size must be from 1 to 4096 pixels, got 0");
        new MacroRunner(dir).assertFails(start + "n=5 output=[" + file + "]\");", "output " + file + " is a file");
        new MacroRunner(dir).assertFails(start + "n=5\");", "no output given");
        new MacroRunner(dir).assertFails(start + "n=5 jitter=1.5 output=[" + dir + "]\");", "jitter must be from 0 to 0.99, got 1.5");
        new MacroRunner(dir).assertFails(start + "n=5 bits=12 output=[" + dir + "]\");", "bits must be one of 8, 16, 32; got '12'");
        assertTrue(asked.isEmpty(), "no simulator is set up for bad input: " + asked);
    }

    @Test
    void commandIsInTheElectronMenuWithStableKeys() throws ClassNotFoundException {
        String menu = "Plugins>Materials Informatics>Electron Diffraction";
        String cls = GenerateDiffractionDataset.class.getName();
        assertTrue(MatInfCommands.discover().contains(new CommandEntry(menu, "Generate Diffraction Dataset", cls)));
        assertEquals(List.of("file", "type", "n", "size", "seed", "output", "sampling", "dose", "read_noise", "background", "blur",
                "jitter", "gamma_jitter", "pc_jitter", "bits", "voltage"),
                CommandInput.of(Class.forName(cls)).stream().map(CommandInput::name).collect(Collectors.toList()));
    }
}
