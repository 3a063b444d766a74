package org.matinf.fiji.electron;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.matinf.core.dataset.Realism;
import org.matinf.core.dataset.SourceSettings;
import org.matinf.core.dataset.TestPatterns;
import org.matinf.core.progress.ProgressListener;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;
import org.matinf.testutil.TestData;

/**
 * The macro API of Generate Diffraction Dataset, run headless through {@code bin/matinf -batch}'s
 * code, with a test pattern source in place of the simulators (which are wired in elsewhere).
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

    /** Until the simulators are wired in, both types say so instead of producing anything. */
    @Test
    void simulatorsNotYetWiredAreReported() throws IOException {
        Path out = dir.resolve("none");
        new MacroRunner(dir).assertFails("run(\"Generate Diffraction Dataset\", \"file=[" + SILICON + "] type=ebsd n=10 size=16 "
                + "seed=1 output=[" + out + "]\");", "EBSD patterns (type=ebsd) not available yet");
        new MacroRunner(dir).assertFails("run(\"Generate Diffraction Dataset\", \"file=[" + SILICON + "] type=spot n=10 size=16 "
                + "seed=1 output=[" + out + "]\");", "spot patterns (type=spot) not available yet");
        useTestSource();
        new MacroRunner(dir).assertFails("run(\"Generate Diffraction Dataset\", \"file=[" + SILICON + "] type=spot n=10 size=16 "
                + "output=[" + out + "] sampling=fundamental-zone\");", "fundamental-zone sampling not available yet");
        assertFalse(Files.exists(out.resolve("patterns.tif")));
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
