package org.matinf.fiji.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.element.Element;
import org.matinf.core.render.Camera;
import org.matinf.core.render.ColorScheme;
import org.matinf.core.render.HtmlView;
import org.matinf.core.render.Projection;
import org.matinf.core.render.Scene;
import org.matinf.core.render.SceneBuilder;
import org.matinf.core.render.SceneOptions;
import org.matinf.core.render.SoftwareRenderer;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.testutil.TestData;

/** Render Structure and Export 3D View through {@code bin/matinf -batch}'s code, headless. */
class RenderStructureTest {
    static final String LFP = TestData.structures().resolve("pymatgen/LiFePO4.vasp").toString();

    @TempDir
    Path dir;

    private static SceneOptions lfpOptions() {
        return SceneOptions.defaults().withPolyhedra(Set.of(Element.of("Fe"), Element.of("P")));
    }

    @Test
    void thePublicLineGivesTheCoreRenderersPicture() throws IOException {
        Path png = dir.resolve("lfp.png");
        Path info = dir.resolve("info.txt");
        new MacroRunner(dir).assertRuns("run(\"Render Structure\", \"file=[" + LFP + "] width=240 height=180 supercell=1,1,1 "
                + "rotation=-80,10,0 projection=perspective bonds=true polyhedra=[Fe,P] cell=true boundary=true turntable=0\");\n"
                + "File.saveString(getWidth() + \" \" + getHeight() + \" \" + nSlices + \" \" + bitDepth() + \" \" + getTitle(), \""
                + info + "\");\n"
                + "saveAs(\"PNG\", \"" + png + "\");\n");
        assertEquals("240 180 1 24 LiFePO4 view", Files.readString(info));
        Scene scene = SceneBuilder.build(TestData.structure("pymatgen/LiFePO4.vasp"), lfpOptions());
        int[] expected = SoftwareRenderer.standard().render(scene,
                Camera.fit(scene, 240, 180, new double[] {-80, 10, 0}, Projection.PERSPECTIVE)).argb();
        ImagePlus saved = IJ.openImage(png.toString());
        assertArrayEquals(expected, (int[]) saved.getProcessor().convertToRGB().getPixels());
    }

    @Test
    void turntableGivesOneSlicePerAngle() throws IOException {
        Path info = dir.resolve("info.txt");
        new MacroRunner(dir).assertRuns("run(\"Render Structure\", \"file=[" + LFP + "] width=64 height=48 bonds=true cell=true "
                + "turntable=12\");\n"
                + "setSlice(4); s = getInfo(\"slice.label\");\n"
                + "File.saveString(nSlices + \" \" + getWidth() + \" \" + bitDepth() + \" \" + s, \"" + info + "\");\n");
        assertEquals("12 64 24 90.0°", Files.readString(info));
    }

    @Test
    void rockSaltInVestaColours() throws IOException {
        Path png = dir.resolve("nacl.png");
        String nacl = TestData.structures().resolve("pymatgen/NaCl_rocksalt.vasp").toString();
        new MacroRunner(dir).assertRuns("run(\"Render Structure\", \"file=[" + nacl + "] width=100 height=100 colors=VESTA "
                + "supercell=2,2,2 bonds=true\");\n" + "saveAs(\"PNG\", \"" + png + "\");\n");
        int[] pixels = (int[]) IJ.openImage(png.toString()).getProcessor().convertToRGB().getPixels();
        long yellowish = java.util.Arrays.stream(pixels).filter(p -> (p >> 16 & 0xFF) > 150 && (p >> 8 & 0xFF) > 130
                && (p & 0xFF) < 90).count();
        assertTrue(yellowish > 200, yellowish + " pixels of VESTA's yellow Na " + Integer.toHexString(ColorScheme.VESTA.argb(Element.of("Na"))));
    }

    @Test
    void exportWritesTheSelfContainedPage() throws IOException {
        Path out = dir.resolve("view.html");
        new MacroRunner(dir).assertRuns("run(\"Export 3D View\", \"file=[" + LFP + "] output=[" + out + "] supercell=1,1,1 "
                + "bonds=true polyhedra=[Fe,P] cell=true boundary=true\");\n");
        Scene scene = SceneBuilder.build(TestData.structure("pymatgen/LiFePO4.vasp"), lfpOptions());
        String expected = HtmlView.html(scene, Camera.fit(scene, 800, 600, new double[3], Projection.ORTHOGRAPHIC),
                "LiFePO4 — LiFePO4.vasp");
        assertEquals(expected, Files.readString(out));
    }

    @Test
    void badInputIsReportedClearly() throws IOException {
        String start = "run(\"Render Structure\", \"file=[" + LFP + "] width=50 height=50 ";
        new MacroRunner(dir).assertFails(start + "polyhedra=[Fe,Xx]\");", "polyhedra: 'Xx' is not an element symbol");
        new MacroRunner(dir).assertFails(start + "projection=fisheye\");", "fisheye");
        new MacroRunner(dir).assertFails(start + "supercell=0,1,1\");", "supercell repetitions must be ≥ 1, got 0");
        new MacroRunner(dir).assertFails(start + "supercell=2,2\");", "supercell needs three whole numbers");
        new MacroRunner(dir).assertFails(start + "rotation=10,x,0\");", "rotation angles must be numbers (degrees); 'x'");
        new MacroRunner(dir).assertFails(start + "bonds=true method=Bogus\");", "unknown neighbour method 'Bogus'");
        new MacroRunner(dir).assertFails(start + "turntable=1000\");", "turntable must be from 0 to 720 slices, got 1000");
        Path missing = dir.resolve("none.cif");
        new MacroRunner(dir).assertFails("run(\"Render Structure\", \"file=[" + missing + "]\");", missing + ": file not found");
        new MacroRunner(dir).assertFails("run(\"Export 3D View\", \"file=[" + LFP + "]\");", "no output given");
        new MacroRunner(dir).assertFails("run(\"Export 3D View\", \"file=[" + LFP + "] output=[" + dir + "]\");", "is a folder");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("test.ijm"), files.map(p -> p.getFileName().toString()).collect(Collectors.toList()),
                    "nothing written");
        }
    }

    @Test
    void theExampleMacroWritesPictureMovieAndPage() throws IOException {
        new MacroRunner(dir).runFile(Path.of("macros", "render_structure.ijm"), "out=[" + dir + "]");
        ImagePlus picture = IJ.openImage(dir.resolve("LiFePO4.png").toString());
        assertEquals(600, picture.getWidth());
        ImagePlus movie = IJ.openImage(dir.resolve("LiFePO4_turntable.tif").toString());
        assertEquals(36, movie.getStackSize());
        assertTrue(Files.readString(dir.resolve("LiFePO4.html")).contains("\"faces\""));
    }

    @Test
    void keysAreStable() throws ClassNotFoundException {
        List<String> shared = List.of("file", "supercell", "rotation", "projection", "bonds", "method", "polyhedra", "cell", "boundary",
                "colors");
        assertEquals(concat(shared, List.of("width", "height", "turntable")), keys(RenderStructure.class));
        assertEquals(concat(shared, List.of("output")), keys(Export3dView.class));
    }

    private static List<String> keys(Class<?> c) {
        return CommandInput.of(c).stream().map(CommandInput::name).collect(Collectors.toList());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
    }
}
