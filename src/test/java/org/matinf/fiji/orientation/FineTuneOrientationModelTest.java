package org.matinf.fiji.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.dataset.DatasetSources;
import org.matinf.core.dataset.DiffractionDataset;
import org.matinf.core.dataset.SourceSettings;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;
import org.matinf.testutil.TestData;

/**
 * Fine-tune Orientation Model through its macro line, headless: a parent small CNN trained one
 * epoch on 48 Ni EBSD patterns of 32 pixels, fine-tuned on another 40 (the numbers test the
 * plumbing, not the accuracy).
 */
class FineTuneOrientationModelTest {
    @TempDir
    static Path dir;
    static Path first;
    static Path second;
    static Path parent;

    @BeforeAll
    static void parentModel() throws IOException {
        Structure ni = TestData.structure("elements_cod/Ni.cif");
        first = dir.resolve("ni-first");
        second = dir.resolve("ni-second");
        DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, ni, new SourceSettings(32, 20)))
                .count(48).seed(3).structure("Ni.cif").build().write(first, ProgressListener.NONE);
        DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, ni, new SourceSettings(32, 20)))
                .count(40).seed(9).structure("Ni.cif").build().write(second, ProgressListener.NONE);
        parent = dir.resolve("parent");
        new MacroRunner(dir).assertRuns("run(\"Train Orientation Model\", \"dataset=[" + first + "] epochs=1 batch=16 output=[" + parent + "]\");");
    }

    private static String fineTune(Path model, Path dataset, String options, Path output) {
        return "run(\"Fine-tune Orientation Model\", \"model=[" + model + "] dataset=[" + dataset + "] " + options + " output=[" + output + "]\");";
    }

    @Test
    void theMacroLineWithEveryParameterWritesAChildModel() throws IOException {
        Path child = dir.resolve("models").resolve("child");
        Path plot = dir.resolve("child.png");
        new MacroRunner(dir).assertRuns(fineTune(parent, second, "symmetry=model freeze=2 max_patterns=30 epochs=2 batch=16 "
                + "learning_rate=0.0005 validation=0.2 patience=3 augment=true seed=4 plot=[" + plot + "]", child));
        try (Stream<Path> files = Files.list(child.getParent())) {
            assertEquals(List.of("child"), files.map(p -> p.getFileName().toString()).toList(), "no temporary folder left");
        }
        assertTrue(Files.size(plot) > 1000, "training plot saved");
        JsonNode card = TestData.json(child.resolve("model.json"));
        assertEquals("parent", card.path("parent").path("model").asText());
        assertEquals("ni-first", card.path("parent").path("dataset").path("folder").asText());
        assertEquals("ni-second", card.path("dataset").path("folder").asText());
        assertEquals("m-3m", card.path("laue_group").asText());
        assertEquals(2, card.path("fine_tuning").path("frozen_stages").asInt());
        assertEquals("[\"stage1\",\"stage2\"]", card.path("fine_tuning").path("frozen").toString());
        assertEquals("[\"stage3\",\"stage4\",\"head\"]", card.path("fine_tuning").path("trained").toString());
        assertEquals(30, card.path("fine_tuning").path("patterns_used").asInt());
        assertEquals(24, card.path("training").path("training_patterns").asInt(), "80 % of the 30 patterns used");
        assertEquals(2, card.path("training").path("epochs").asInt());
        assertEquals(0.0005, card.path("training").path("learning_rate").asDouble(), 0);
        assertEquals(3, card.path("training").path("patience").asInt());
        assertEquals(4, card.path("training").path("seed").asInt());
        assertEquals(0.03, card.path("training").path("augmentation").path("read_noise").asDouble(), 0, "augmented");
        assertEquals(TestData.json(parent.resolve("model.json")).path("architecture"), card.path("architecture"), "the parent's network");
    }

    @Test
    void anotherLaueClassForANewPhase() throws IOException {
        Path child = dir.resolve("cubic-m3");
        new MacroRunner(dir).assertRuns(fineTune(parent, second, "symmetry=m-3 freeze=4 epochs=1 batch=16", child));
        JsonNode card = TestData.json(child.resolve("model.json"));
        assertEquals("m-3", card.path("laue_group").asText());
        assertEquals("m-3m", card.path("parent").path("laue_group").asText());
        assertEquals("[\"head\"]", card.path("fine_tuning").path("trained").toString(), "all four stages frozen");
        assertEquals(40, card.path("fine_tuning").path("patterns_used").asInt(), "default max_patterns 500 > 40");
    }

    @Test
    void startsFromAPyTorchResNet18() throws IOException {
        Path pt = dir.resolve("resnet18.pt");
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
                getClass().getResourceAsStream("/reference/torchscript/resnet18.pt.gz"))) {
            Files.copy(in, pt);
        }
        Path child = dir.resolve("from-imagenet");
        new MacroRunner(dir).assertRuns("run(\"Fine-tune Orientation Model\", \"pretrained=[" + pt + "] dataset=[" + second
                + "] symmetry=m-3m freeze=3 max_patterns=20 epochs=1 batch=8 schedule=cosine output=[" + child + "]\");");
        JsonNode card = TestData.json(child.resolve("model.json"));
        assertEquals("resnet18", card.path("architecture").path("architecture").asText());
        assertEquals("resnet18.pt", card.path("parent").path("model").asText());
        assertEquals(100, card.path("parent").path("pretrained").path("tensors_copied").asInt());
        assertEquals("[\"stem\",\"layer1\",\"layer2\"]", card.path("fine_tuning").path("frozen").toString());
        assertEquals("cosine", card.path("training").path("learning_rate_schedule").asText());
        assertEquals("m-3m", card.path("laue_group").asText());
        MacroRunner macros = new MacroRunner(dir);
        Path out = dir.resolve("never-pt");
        macros.assertFails("run(\"Fine-tune Orientation Model\", \"pretrained=[" + pt + "] dataset=[" + second + "] epochs=1 output=[" + out
                + "]\");", "a pretrained PyTorch network has no Laue class: give the dataset's phase's, e.g. symmetry=m-3m");
        macros.assertFails("run(\"Fine-tune Orientation Model\", \"model=[" + parent + "] pretrained=[" + pt + "] dataset=[" + second
                + "] symmetry=m-3m epochs=1 output=[" + out + "]\");", "give either model=[folder] or pretrained=[file], not both");
        Path text = Files.writeString(dir.resolve("weights.pth"), "text");
        macros.assertFails("run(\"Fine-tune Orientation Model\", \"pretrained=[" + text + "] dataset=[" + second + "] symmetry=m-3m epochs=1 "
                + "output=[" + out + "]\");", text + ": not a PyTorch zip archive");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void badInputIsExplained() throws IOException {
        MacroRunner macros = new MacroRunner(dir);
        Path out = dir.resolve("never");
        macros.assertFails(fineTune(parent, second, "freeze=5 epochs=1", out),
                "freeze must be 0 to 4: the small-cnn network has 4 stages (stage1, stage2, stage3, stage4), got 5");
        Path none = dir.resolve("no-model");
        macros.assertFails(fineTune(none, second, "epochs=1", out), none + ": no such model folder");
        Path big = dir.resolve("ni-64");
        DiffractionDataset.builder(DatasetSources.forType(DatasetSources.EBSD, TestData.structure("elements_cod/Ni.cif"), new SourceSettings(64, 20)))
                .count(4).seed(1).structure("Ni.cif").build().write(big, ProgressListener.NONE);
        macros.assertFails(fineTune(parent, big, "epochs=1", out), "the dataset's patterns are 64 x 64 pixels but the model parent takes 32 x 32; "
                + "fine-tuning keeps the input size");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void commandAndItsMacroKeys() {
        String menu = "Plugins>Materials Informatics>Orientation";
        List<CommandEntry> mine = MatInfCommands.discover().stream().filter(c -> c.menu().equals(menu)).collect(Collectors.toList());
        assertTrue(mine.contains(new CommandEntry(menu, "Fine-tune Orientation Model", FineTuneOrientationModel.class.getName())), mine.toString());
        assertEquals(List.of("dataset", "epochs", "batch", "learning_rate", "schedule", "validation", "patience", "augment", "seed", "output",
                "plot", "model", "pretrained", "symmetry", "freeze", "max_patterns"), CommandInput.of(FineTuneOrientationModel.class).stream().map(CommandInput::name)
                .collect(Collectors.toList()));
    }
}
