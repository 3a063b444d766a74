package org.matinf.fiji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.Macro;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.matinf.fiji.image.ImageCommand;
import org.scijava.plugin.Parameter;

/** The command list comes from the SciJava plugin index and forms a stable macro API. */
class MatInfCommandsTest {
    private static final List<CommandEntry> COMMANDS = MatInfCommands.discover();

    @Test
    void structureCommandsAreInThePluginIndex() {
        String menu = "Plugins>Materials Informatics>Structure";
        assertEquals(List.of(
                new CommandEntry(menu, "Convert Structure", "org.matinf.fiji.structure.ConvertStructure"),
                new CommandEntry(menu, "Dimensionality", "org.matinf.fiji.structure.DimensionalityCommand"),
                new CommandEntry(menu, "Export 3D View", "org.matinf.fiji.structure.Export3dView"),
                new CommandEntry(menu, "Local Environment", "org.matinf.fiji.structure.LocalEnvironment"),
                new CommandEntry(menu, "Make Slab", "org.matinf.fiji.structure.MakeSlab"),
                new CommandEntry(menu, "Make Supercell", "org.matinf.fiji.structure.MakeSupercell"),
                new CommandEntry(menu, "Materials Project API Key", "org.matinf.fiji.structure.MaterialsProjectApiKey"),
                new CommandEntry(menu, "Materials Project Search", "org.matinf.fiji.structure.MaterialsProjectSearch"),
                new CommandEntry(menu, "Open Structure", "org.matinf.fiji.structure.OpenStructure"),
                new CommandEntry(menu, "Render Structure", "org.matinf.fiji.structure.RenderStructure"),
                new CommandEntry(menu, "Screen Dimensionality", "org.matinf.fiji.structure.ScreenDimensionality"),
                new CommandEntry(menu, "Structure Info", "org.matinf.fiji.structure.StructureInfo")),
                COMMANDS.stream().filter(c -> c.menu().equals(menu)).collect(Collectors.toList()));
    }

    @Test
    void diffractionCommandsAreInThePluginIndex() {
        String menu = "Plugins>Materials Informatics>Diffraction";
        String pkg = "org.matinf.fiji.diffraction.";
        assertEquals(List.of(
                new CommandEntry(menu, "Compare XRD Patterns", pkg + "CompareXrdPatterns"),
                new CommandEntry(menu, "Find XRD Peaks", pkg + "FindXrdPeaks"),
                new CommandEntry(menu, "Identify Phases", pkg + "IdentifyPhases"),
                new CommandEntry(menu, "Open XRD Pattern", pkg + "OpenXrdPattern"),
                new CommandEntry(menu, "Simulate XRD Pattern", pkg + "SimulateXrdPattern"),
                new CommandEntry(menu, "XRD Strain Series", pkg + "XrdStrainSeries")),
                COMMANDS.stream().filter(c -> c.menu().equals(menu)).collect(Collectors.toList()));
    }

    /** The fields of Simulate XRD Pattern are public macro API. */
    @Test
    void simulateXrdPatternKeys() throws ClassNotFoundException {
        List<String> keys = CommandInput.of(Class.forName("org.matinf.fiji.diffraction.SimulateXrdPattern")).stream()
                .map(CommandInput::name).collect(Collectors.toList());
        assertEquals(List.of("file", "wavelength", "two_theta_min", "two_theta_max", "radiation", "biso", "profile", "fwhm",
                "u", "v", "eta", "size", "step", "plot", "output"), keys);
    }

    @Test
    void labelsAreUniqueAndDoNotHideImageJCommands() {
        Map<String, String> builtIn = Ij1Commands.builtInCommands();
        assertTrue(builtIn.size() > 300, "ImageJ's command list: " + builtIn.size());
        assertEquals("ij.plugin.MeasurementsWriter", builtIn.get("Results..."));
        assertEquals("ij.plugin.URLOpener(\"blobs.gif\")", builtIn.get("Blobs"));
        for (CommandEntry c : COMMANDS) {
            assertFalse(builtIn.containsKey(c.label()), c.label() + " is an ImageJ command");
        }
        assertEquals(COMMANDS.size(), COMMANDS.stream().map(CommandEntry::label).distinct().count());
    }

    /** The fields of Simulate EBSD Pattern are public macro API (phi1 Phi phi2 as EBSD software writes them). */
    @Test
    void simulateEbsdPatternKeys() throws ClassNotFoundException {
        List<String> keys = CommandInput.of(Class.forName("org.matinf.fiji.electron.SimulateEbsdPattern")).stream()
                .map(CommandInput::name).collect(Collectors.toList());
        assertEquals(List.of("file", "phi1", "Phi", "phi2", "size", "voltage", "pcx", "pcy", "pcz", "tilt", "detector_tilt",
                "dd", "binning", "resolution"), keys);
    }

    /** Longest macro key: 16 for Structure Descriptors' {@code structure_column}, fixed by issue 6. */
    private static final int MAX_KEY_LENGTH = 16;

    /**
     * Macro keys are the field names: short, lower case (digits allowed at the end of a word),
     * never persisted (so a macro gives the same result in Fiji, where omitted keys would otherwise
     * take remembered values). Dialog labels start with the key, so that ImageJ's macro recorder
     * writes the same keys. The one exception to lower case is Bunge's Φ, {@code Phi}, beside
     * {@code phi1} and {@code phi2}: ImageJ reads and records it as {@code phi}, and Simulate EBSD
     * Pattern reads {@code Phi=} itself.
     */
    @Test
    void inputsFormAStableMacroApi() throws ClassNotFoundException {
        for (CommandEntry c : COMMANDS) {
            Class<?> type = Class.forName(c.className());
            List<CommandInput> inputs = CommandInput.of(type);
            // Materials Project API Key has no inputs on purpose: its password dialog must never be recorded
            assertEquals(!c.label().equals("Materials Project API Key"), !inputs.isEmpty(), c.label());
            for (CommandInput in : inputs) {
                String where = c.label() + "." + in.name();
                assertTrue((in.name().matches("[a-z]+[0-9]*(_[a-z]+[0-9]*)*") || in.name().equals("Phi"))
                        && in.name().length() <= MAX_KEY_LENGTH, where);
                assertEquals(Macro.trimKey(in.name()), Macro.trimKey(in.label()), where + " label " + in.label());
                Parameter p = fieldParameter(type, in.name());
                assertFalse(p.persist(), where + " is persisted");
            }
            boolean readsFile = inputs.stream().anyMatch(in -> in.name().equals("file"));
            if (readsFile && !ImageCommand.class.isAssignableFrom(type)) {
                // a command that reads a file has it first; commands on the active image start with the image
                assertEquals("file", inputs.get(0).name(), c.label() + ": a command that reads a file has it first");
            }
        }
    }

    @Test
    void ij1EntryNamesTheAdapterAndTheCommand() {
        CommandEntry e = new CommandEntry("Plugins", "Structure Info", "org.matinf.fiji.structure.StructureInfo");
        assertEquals("org.matinf.fiji.launcher.Ij1CommandAdapter(\"org.matinf.fiji.structure.StructureInfo\")", e.ij1PlugIn());
    }

    private static Parameter fieldParameter(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f.getAnnotation(Parameter.class);
                }
            }
        }
        throw new AssertionError("no field " + name + " in " + type + " (" + File.separator + ")");
    }
}
