package org.matinf.fiji.descriptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.descriptors.structure.RadialDistributionFunction;
import org.matinf.core.descriptors.structure.Soap;
import org.matinf.core.descriptors.structure.SoapAverage;
import org.matinf.core.element.Element;
import org.matinf.core.io.StructureIO;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.launcher.CommandEntry;
import org.matinf.fiji.launcher.CommandInput;
import org.matinf.fiji.launcher.MatInfCommands;
import org.matinf.testutil.TestData;

/** "Structure Descriptors" through the macro path of bin/matinf -batch. */
class StructureDescriptorsTest {
    private static final Path LIBRARY = Path.of("sample-images", "structures").toAbsolutePath();

    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    @Test
    void commandAndItsMacroKeys() throws ClassNotFoundException {
        String menu = "Plugins>Materials Informatics>Descriptors";
        List<CommandEntry> mine = MatInfCommands.discover().stream().filter(c -> c.menu().equals(menu)).toList();
        assertTrue(mine.contains(new CommandEntry(menu, "Structure Descriptors", StructureDescriptors.class.getName())),
                mine.toString());
        assertEquals(List.of("input", "structure_column", "preset", "output", "rdf_cutoff", "rdf_bin", "soap_rcut",
                "soap_nmax", "soap_lmax", "soap_sigma", "soap_average"),
                CommandInput.of(StructureDescriptors.class).stream().map(CommandInput::name).collect(Collectors.toList()));
    }

    /** A CSV with an absolute and a relative path: density features equal pymatgen's numbers. */
    @Test
    void densityFromCsvMatchesPymatgen() throws IOException {
        Files.copy(LIBRARY.resolve("handmade/NaCl_B1_conv.vasp"), dir.resolve("NaCl.vasp"));
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "name,file,gap\nLFP," + LIBRARY.resolve("pymatgen/LiFePO4.vasp") + ",3.7\nsalt,NaCl.vasp,8.5\n");
        Path out = dir.resolve("features.csv");
        macros.assertRuns("run(\"Structure Descriptors\", \"input=[" + csv + "] structure_column=file preset=density output=["
                + out + "]\");");
        List<Map<String, String>> rows = TestData.csv(out);
        assertEquals(List.of("name", "file", "gap", "density", "vpa", "packing fraction"), TestData.columns(rows));
        List<Map<String, String>> ref = TestData.csv(TestData.reference("descriptors/density_features.csv"));
        String[] files = {"pymatgen/LiFePO4.vasp", "handmade/NaCl_B1_conv.vasp"};
        for (int i = 0; i < 2; i++) {
            Map<String, String> r = row(ref, files[i]);
            for (String[] k : new String[][] {{"density", "density"}, {"vpa", "vpa"}, {"packing fraction", "packing_fraction"}}) {
                double e = Double.parseDouble(r.get(k[1]));
                assertEquals(e, Double.parseDouble(rows.get(i).get(k[0])), 1e-9 * e, files[i] + " " + k[0]);
            }
        }
        assertEquals("8.5", rows.get(1).get("gap"));
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String file) {
        return rows.stream().filter(r -> r.get("file").equals(file)).findFirst().orElseThrow();
    }

    /** A folder of structure files: one row per file (name order), column "file" first, RDF as the core computes it. */
    @Test
    void folderWithRdf() throws IOException {
        Path folder = LIBRARY.resolve("elements_cod");
        Path out = dir.resolve("rdf.csv");
        macros.assertRuns("run(\"Structure Descriptors\", \"input=[" + folder + "] preset=rdf rdf_cutoff=6 rdf_bin=0.2 output=["
                + out + "]\");");
        List<Map<String, String>> rows = TestData.csv(out);
        assertEquals(List.of("Al.cif", "Fe.cif", "Ni.cif"), rows.stream().map(r -> r.get("file")).toList());
        List<String> columns = TestData.columns(rows);
        assertEquals(1 + 30, columns.size());
        RadialDistributionFunction rdf = new RadialDistributionFunction(6, 0.2);
        assertEquals(rdf.labels(), columns.subList(1, 31));
        double[] ni = rdf.featurize(StructureIO.read(folder.resolve("Ni.cif")));
        for (int b = 0; b < 30; b++) {
            assertEquals(ni[b], Double.parseDouble(rows.get(2).get(columns.get(b + 1))), 1e-12 * (1 + ni[b]));
        }
        // fcc Ni: 12 nearest neighbours per atom at a/sqrt(2) = 2.49 A, bin [2.4, 2.6)
        assertTrue(Double.parseDouble(rows.get(2).get("rdf [2.40000 - 2.60000]A")) > 0);
    }

    @Test
    void soapOverTheDataSetsElements() throws IOException {
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "path\n" + LIBRARY.resolve("dans_diffraction/Silicon.cif") + "\n"
                + LIBRARY.resolve("handmade/NaCl_B1_conv.vasp") + "\n");
        Path out = dir.resolve("soap.csv");
        macros.assertRuns("run(\"Structure Descriptors\", \"input=[" + csv + "] structure_column=path preset=soap soap_rcut=4 "
                + "soap_nmax=3 soap_lmax=2 soap_sigma=0.4 soap_average=outer output=[" + out + "]\");");
        List<Map<String, String>> rows = TestData.csv(out);
        Soap soap = new Soap(4, 3, 2, 0.4, List.of(Element.of("Si"), Element.of("Na"), Element.of("Cl")), SoapAverage.OUTER);
        List<String> columns = TestData.columns(rows);
        assertEquals(1 + 9 * 10 / 2 * 3, columns.size());
        assertEquals(soap.labels(), columns.subList(1, columns.size()));
        double[] si = soap.featurize(StructureIO.read(LIBRARY.resolve("dans_diffraction/Silicon.cif")));
        for (int k = 0; k < si.length; k++) {
            assertEquals(si[k], Double.parseDouble(rows.get(0).get(columns.get(k + 1))), 1e-12 * (1 + Math.abs(si[k])));
        }
        assertEquals(0.0, Double.parseDouble(rows.get(0).get("soap Na-Cl n0 n0 l0")));
        assertTrue(Double.parseDouble(rows.get(1).get("soap Na-Cl n0 n0 l0")) > 0);
    }

    @Test
    void badInputIsNamedWithItsLine() throws IOException {
        Files.writeString(dir.resolve("broken.cif"), "data_x\n_cell_length_a 5\n_cell_length_b 5\n_cell_length_c 5\n"
                + "loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
                + "Xx1 Xx 0 0 0\n");
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "file\n" + LIBRARY.resolve("handmade/NaCl_B1_conv.vasp") + "\nbroken.cif\n");
        Path out = dir.resolve("out.csv");
        macros.assertFails("run(\"Structure Descriptors\", \"input=[" + csv + "] preset=density output=[" + out + "]\");",
                "data.csv, line 3: cannot read structure file");
        assertTrue(macros.err().contains("broken.cif"), macros.err());
        assertFalse(Files.exists(out), "nothing written");

        Files.writeString(csv, "formula\nNaCl\n");
        macros.assertFails("run(\"Structure Descriptors\", \"input=[" + csv + "] preset=density output=[" + out + "]\");",
                "no column 'file'");
        Files.writeString(csv, "file\nmissing.cif\n");
        macros.assertFails("run(\"Structure Descriptors\", \"input=[" + csv + "] preset=density output=[" + out + "]\");",
                "data.csv, line 2: structure file");
        Files.writeString(csv, "");
        macros.assertFails("run(\"Structure Descriptors\", \"input=[" + csv + "] preset=density output=[" + out + "]\");",
                "data.csv: empty");
        Path empty = Files.createDirectory(dir.resolve("nothing"));
        macros.assertFails("run(\"Structure Descriptors\", \"input=[" + empty + "] preset=density output=[" + out + "]\");",
                "no structure files");
        assertFalse(Files.exists(out), "nothing written");
    }
}
