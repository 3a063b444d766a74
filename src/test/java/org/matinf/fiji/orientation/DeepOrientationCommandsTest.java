package org.matinf.fiji.orientation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import ij.IJ;
import ij.ImagePlus;
import ij.process.StackConverter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.dataset.DatasetSources;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.SourceSettings;
import org.matinf.core.dataset.TiffStackReader;
import org.matinf.core.deep.OrientationModel;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.LaueGroup;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;
import org.matinf.testutil.TestData;

/**
 * Train Orientation Model and Estimate Orientation through their macro lines, headless, on a tiny
 * nickel EBSD dataset (64 patterns of 32 x 32 pixels; two epochs: the numbers test the plumbing,
 * not the accuracy).
 */
class DeepOrientationCommandsTest {
    @TempDir
    static Path dir;
    static Path dataset;
    static Path model;
    static Path plot;

    @BeforeAll
    static void trainThroughTheMacro() throws IOException {
        Structure ni = TestData.structure("elements_cod/Ni.cif");
        dataset = dir.resolve("ni-ebsd");
        DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, ni, new SourceSettings(32, 20)))
                .count(64).seed(3).structure("Ni.cif").build().write(dataset, ProgressListener.NONE);
        model = dir.resolve("models").resolve("ni-model");
        plot = dir.resolve("training.png");
        new MacroRunner(dir).assertRuns("run(\"Train Orientation Model\", \"dataset=[" + dataset + "] architecture=small-cnn epochs=2 "
                + "batch=16 seed=1 output=[" + model + "] plot=[" + plot + "]\");");
    }

    private static String estimateMacro(String options, Path csv) {
        return "open(\"" + dataset.resolve("patterns.tif") + "\");\n"
                + "run(\"Estimate Orientation\", \"model=[" + model + "] " + options + "\");\n"
                + "saveAs(\"Results\", \"" + csv + "\");\n";
    }

    private static List<Map<String, String>> estimate(String options) throws IOException {
        Path csv = Files.createTempFile(dir, "results", ".csv");
        new MacroRunner(dir).assertRuns(estimateMacro(options, csv));
        return TestData.csv(csv);
    }

    private static double d(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    @Test
    void commandsAndTheirMacroKeys() {
        String menu = "Plugins>Materials Informatics>Orientation";
        List<CommandEntry> mine = MatInfCommands.discover().stream().filter(c -> c.menu().equals(menu)).collect(Collectors.toList());
        assertTrue(mine.contains(new CommandEntry(menu, "Train Orientation Model", TrainOrientationModel.class.getName())), mine.toString());
        assertTrue(mine.contains(new CommandEntry(menu, "Estimate Orientation", EstimateOrientation.class.getName())), mine.toString());
        assertEquals(List.of("dataset", "epochs", "batch", "learning_rate", "schedule", "validation", "patience", "augment", "seed", "output",
                "plot", "architecture", "symmetry", "dropout"), keys(TrainOrientationModel.class));
        assertEquals(List.of("model", "samples", "width"), keys(EstimateOrientation.class));
    }

    private static List<String> keys(Class<?> command) {
        return CommandInput.of(command).stream().map(CommandInput::name).collect(Collectors.toList());
    }

    @Test
    void trainingWritesTheModelFolderAndItsCard() throws IOException {
        try (Stream<Path> files = Files.list(model)) {
            assertEquals(List.of("model.json", "orientation.params"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> files = Files.list(model.getParent())) {
            assertEquals(List.of("ni-model"), files.map(p -> p.getFileName().toString()).toList(), "no temporary folder left");
        }
        JsonNode card = TestData.json(model.resolve("model.json"));
        assertEquals(OrientationModel.FORMAT, card.path("format").asText());
        assertEquals("small-cnn", card.path("architecture").path("architecture").asText());
        assertEquals(32, card.path("input_size").asInt());
        assertEquals("m-3m", card.path("laue_group").asText());
        assertEquals("Ni.cif", card.path("phase").asText());
        assertEquals(2, card.path("training").path("epochs").asInt());
        assertEquals(2, card.path("training").path("epochs_run").asInt());
        assertEquals(16, card.path("training").path("batch_size").asInt());
        assertEquals(13, card.path("validation").path("patterns").asInt(), "20 % of 64");
        double median = card.path("validation").path("median_disorientation_deg").asDouble();
        assertTrue(median > 0 && median < 62.81, "a cubic disorientation is at most 62.8 degrees: " + median);
        byte[] png = Files.readAllBytes(plot);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4), "the training plot is a PNG");
    }

    @Test
    void resultsMatchTheModelInJava() throws IOException {
        List<Map<String, String>> rows = estimate("samples=4");
        assertEquals(64, rows.size());
        List<String> columns = TestData.columns(rows);
        assertEquals(List.of(EstimateOrientation.COLUMNS), columns.get(0).isEmpty() ? columns.subList(1, columns.size()) : columns);
        List<GrayImage> patterns = new ArrayList<>();
        try (TiffStackReader r = new TiffStackReader(dataset.resolve("patterns.tif"))) {
            for (int i = 0; i < r.pages(); i++) {
                patterns.add(r.image(i));
            }
        }
        Orientation[] java;
        try (OrientationModel m = OrientationModel.load(model)) {
            java = m.predict(patterns);
        }
        for (int i = 0; i < 64; i++) {
            Map<String, String> row = rows.get(i);
            assertEquals(i + 1, (int) d(row, "slice"));
            Orientation g = Orientation.fromBunge(d(row, "phi1"), d(row, "Phi"), d(row, "phi2"));
            assertTrue(LaueGroup.M_BAR_3_M.inFundamentalZone(Orientation.fromBunge(d(row, "phi1"), d(row, "Phi"), d(row, "phi2")))
                    || g.equalsWithin(LaueGroup.M_BAR_3_M.toFundamentalZone(g), 0.01), "row " + (i + 1) + " in the fundamental zone");
            assertTrue(g.equalsWithin(LaueGroup.M_BAR_3_M.toFundamentalZone(java[i]), 0.01), "row " + (i + 1) + ": " + row + " vs " + java[i]);
            double u = d(row, "uncertainty");
            assertTrue(Double.isFinite(u) && u >= 0 && u < 62.81, "uncertainty " + u);
        }
        List<Map<String, String>> off = estimate("samples=0");
        assertTrue(off.stream().allMatch(r -> Double.isNaN(d(r, "uncertainty"))), "samples=0: no uncertainty");
        for (int i = 0; i < 64; i++) {
            assertEquals(d(rows.get(i), "phi1"), d(off.get(i), "phi1"), 1e-3, "the orientation does not depend on the samples");
        }
    }

    @Test
    void sixteenAndThirtyTwoBitStacksGiveTheSameOrientations() throws IOException {
        List<Map<String, String>> eight = estimate("samples=2");
        for (int bits : new int[] {16, 32}) {
            ImagePlus imp = IJ.openImage(dataset.resolve("patterns.tif").toString());
            StackConverter convert = new StackConverter(imp);
            if (bits == 16) {
                convert.convertToGray16();
            } else {
                convert.convertToGray32();
            }
            Path tif = dir.resolve("patterns" + bits + ".tif");
            IJ.saveAsTiff(imp, tif.toString());
            Path csv = Files.createTempFile(dir, "bits", ".csv");
            new MacroRunner(dir).assertRuns(estimateMacro("samples=2", csv).replace(dataset.resolve("patterns.tif").toString(), tif.toString()));
            List<Map<String, String>> rows = TestData.csv(csv);
            assertEquals(64, rows.size(), bits + "-bit");
            for (int i = 0; i < 64; i++) {
                for (String c : new String[] {"phi1", "Phi", "phi2", "uncertainty"}) {
                    assertEquals(d(eight.get(i), c), d(rows.get(i), c), 1e-3, bits + "-bit row " + (i + 1) + " " + c);
                }
            }
        }
    }

    @Test
    void widthShowsTheIpfMap() throws IOException {
        Path info = dir.resolve("map.txt");
        Path csv = dir.resolve("map.csv");
        new MacroRunner(dir).assertRuns(estimateMacro("samples=0 width=8", csv)
                + "File.saveString(getTitle() + \" \" + getWidth() + \" \" + getHeight() + \" \" + bitDepth(), \"" + info + "\");\n");
        assertEquals("patterns IPF-Z 8 8 24", Files.readString(info));
    }

    @Test
    void anUnknownBundledModelIsNamed() throws IOException {
        new MacroRunner(dir).assertFails("newImage(\"p\", \"8-bit ramp\", 64, 64, 1);\n"
                + "run(\"Estimate Orientation\", \"model=[bundled:fe-ebsd-64]\");",
                "no bundled model fe-ebsd-64 in this MatInf build (available: ni-ebsd-64)");
    }

    @Test
    void missingCorruptAndWrongSizedInputsAreReported() throws IOException {
        MacroRunner macros = new MacroRunner(dir);
        String open = "open(\"" + dataset.resolve("patterns.tif") + "\");\n";
        Path none = dir.resolve("no-model");
        macros.assertFails(open + "run(\"Estimate Orientation\", \"model=[" + none + "]\");", none + ": no such model folder");
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.copy(model.resolve("model.json"), broken.resolve("model.json"));
        byte[] weights = Files.readAllBytes(model.resolve("orientation.params"));
        Files.write(broken.resolve("orientation.params"), java.util.Arrays.copyOf(weights, weights.length / 3));
        macros.assertFails(open + "run(\"Estimate Orientation\", \"model=[" + broken + "]\");",
                broken.resolve("orientation.params") + ": corrupt or not the weights of a small-cnn");
        Files.delete(broken.resolve("model.json"));
        macros.assertFails(open + "run(\"Estimate Orientation\", \"model=[" + broken + "]\");", broken.resolve("model.json") + ": missing");
        macros.assertFails("newImage(\"big\", \"16-bit ramp\", 64, 48, 2);\nrun(\"Estimate Orientation\", \"model=[" + model + "]\");",
                "big: the patterns are 64 x 48 pixels but the model takes 32 x 32");
    }

    @Test
    void trainingRefusesBadFoldersAndNeverWritesHalfAModel() throws IOException {
        MacroRunner macros = new MacroRunner(dir);
        Path busy = dir.resolve("busy");
        Files.createDirectories(busy);
        Files.writeString(busy.resolve("notes.txt"), "mine");
        macros.assertFails("run(\"Train Orientation Model\", \"dataset=[" + dataset + "] epochs=1 output=[" + busy + "]\");",
                "holds other files than a model");
        Path out = dir.resolve("out");
        macros.assertFails("run(\"Train Orientation Model\", \"dataset=[" + dir.resolve("nothing") + "] epochs=1 output=[" + out + "]\");",
                "patterns.tif: missing; give a folder made by Generate Diffraction Dataset");
        macros.assertFails("run(\"Train Orientation Model\", \"dataset=[" + dataset + "] epochs=1 validation=0.001 output=[" + out + "]\");",
                "leaves no validation pattern");
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingEngineBecomesAMessage() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> DeepCommands.run(() -> {
            throw new UnsatisfiedLinkError("libtorch.so: cannot open shared object file");
        }));
        assertTrue(ex.getMessage().startsWith("Deep learning is unavailable: the Deep Java Library or its PyTorch engine could not be loaded"),
                ex.getMessage());
    }
}
