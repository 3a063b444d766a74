package org.matinf.fiji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.fiji.CommandFailure;
import org.matinf.fiji.MacroRunner;
import org.matinf.fiji.TestStructures;
import org.matinf.fiji.structure.StructureDisplay;
import org.matinf.fiji.structure.StructureTables;
import org.matinf.testutil.TestData;

/** Macros run headless through the same code as {@code bin/matinf -batch}. */
class BatchRunnerTest {
    @TempDir
    Path dir;

    private MacroRunner macros;

    @BeforeEach
    void setUp() {
        macros = new MacroRunner(dir);
    }

    private int run(String macro) throws IOException {
        return macros.run(macro);
    }

    private String err() {
        return macros.err();
    }

    private void assertFails(String macro, String message) throws IOException {
        macros.assertFails(macro, message);
    }

    @Test
    void macroThatRunsToTheEndSucceedsAndCanSaveResults() throws IOException {
        Path csv = dir.resolve("results.csv");
        int status = run("run(\"Clear Results\");\n"
                + "setResult(\"a\", 0, 1.5); setResult(\"a\", 1, 2.5);\n"
                + "saveAs(\"Results\", getArgument() + \"/results.csv\");\n");
        assertEquals(BatchRunner.OK, status, err());
        List<Map<String, String>> t = TestData.csv(csv);
        assertEquals(2, t.size());
        assertEquals(2.5, Double.parseDouble(t.get(1).get("a")), 1e-12);
    }

    @Test
    void failingCommandStopsTheMacroAndFailsIt() throws IOException {
        assertFails("x = 1;\nrun(\"Structure Info\", \"file=[" + dir + "/missing.cif]\");\n"
                + "File.saveString(\"reached\", getArgument() + \"/after.txt\");\n",
                "Structure Info failed (macro line 2): " + dir + "/missing.cif: file not found");
        assertFalse(Files.exists(dir.resolve("after.txt")), "the macro went on after the failed command");
    }

    @Test
    void missingRequiredOptionFails() throws IOException {
        assertFails("run(\"Convert Structure\", \"file=[a.cif] format=poscar\");",
                "Convert Structure failed (macro line 1): no output given");
    }

    @Test
    void choiceOutsideTheListFails() throws IOException {
        assertFails("run(\"Convert Structure\", \"file=[a.cif] format=pdb output=[b.pdb]\");",
                "format must be one of cif, poscar, xyz, json; got 'pdb'");
    }

    @Test
    void commandWithoutOptionsFailsHeadless() throws IOException {
        assertFails("run(\"Structure Info\");",
                "without a screen the command needs macro options, e.g. run(\"Structure Info\", \"file=[...]\")");
    }

    @Test
    void parameterCheckedBeforeReading() throws IOException {
        assertFails("run(\"Make Slab\", \"file=[a.cif] hkl=[0 0 0] thickness=10 vacuum=10 output=[b.vasp]\");",
                "Make Slab failed (macro line 1): hkl must not be 0 0 0");
        assertFails("run(\"Make Supercell\", \"file=[a.cif] matrix=[2 2] output=[b.vasp]\");",
                "Make Supercell failed (macro line 1): matrix needs 3 integers");
    }

    @Test
    void syntaxErrorFails() throws IOException {
        assertFails("print(\"a\");\nx = ;\n", "Number or numeric function expected");
    }

    @Test
    void unknownCommandFails() throws IOException {
        assertFails("run(\"No Such Command\");", "unrecognized command: \"No Such Command\"");
    }

    @Test
    void exitEndsTheMacroNormally() throws IOException {
        assertEquals(BatchRunner.OK, run("print(\"a\");\nexit();\nrun(\"No Such Command\");"), err());
    }

    @Test
    void missingMacroFileFails() {
        assertEquals(BatchRunner.FAILED, BatchRunner.run(dir.resolve("nope.ijm"), null, macros.errStream()));
        assertTrue(err().contains("Cannot read the macro"), err());
    }

    /** Headless, ImageJ keeps no named tables: the "Sites" go to the Results table, which a macro can save. */
    @Test
    void headlessSitesTableGoesToResults() throws IOException {
        BatchRunner.prepare();
        StructureDisplay.show("NaCl", TestStructures.rockSalt(5.64));
        assertEquals(BatchRunner.OK, run("saveAs(\"Results\", getArgument() + \"/sites.csv\");"), err());
        List<Map<String, String>> t = TestData.csv(dir.resolve("sites.csv"));
        List<String> columns = TestData.columns(t);
        assertEquals(List.of(StructureTables.SITE_COLUMNS), columns.subList(1, columns.size()));
        assertEquals("", columns.get(0), "ImageJ's row-number column");
        assertEquals(8, t.size());
        assertEquals("Cl", t.get(5).get("species"));
        assertEquals(2.82, Double.parseDouble(t.get(5).get("cart_x")), 1e-8);
        assertEquals("0.50000000", t.get(5).get("x"), "8 decimals survive saving");
    }

    /** Outside a macro (a plug-in calling IJ.run) a failure is reported and nothing is thrown. */
    @Test
    void failureOutsideAMacroIsReportedNotThrown() {
        BatchRunner.prepare();
        int before = CommandFailure.count();
        IJ.run("Make Supercell", "file=[" + dir + "/missing.vasp] matrix=[2 2 2] output=[" + dir + "/out.vasp]");
        assertEquals(before + 1, CommandFailure.count());
    }
}
