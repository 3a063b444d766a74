package org.matinf.fiji.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.fiji.CommandFailure;
import org.matinf.fiji.ReferenceTable;
import org.matinf.fiji.TestStructures;
import org.matinf.fiji.structure.StructureDisplay;
import org.matinf.fiji.structure.StructureTables;

/** Macros run headless through the same code as {@code bin/matinf -batch}. */
class BatchRunnerTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private int run(String macro) throws IOException {
        Path file = dir.resolve("test.ijm");
        Files.writeString(file, macro, StandardCharsets.UTF_8);
        return BatchRunner.run(file, dir.toString(), err);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void macroThatRunsToTheEndSucceedsAndCanSaveResults() throws IOException {
        Path csv = dir.resolve("results.csv");
        int status = run("run(\"Clear Results\");\n"
                + "setResult(\"a\", 0, 1.5); setResult(\"a\", 1, 2.5);\n"
                + "saveAs(\"Results\", getArgument() + \"/results.csv\");\n");
        assertEquals(BatchRunner.OK, status, err());
        ReferenceTable t = ReferenceTable.read(csv);
        assertEquals(2, t.rows().size());
        assertEquals(2.5, Double.parseDouble(t.rows().get(1).get("a")), 1e-12);
    }

    @Test
    void failingCommandStopsTheMacroAndFailsIt() throws IOException {
        int status = run("x = 1;\nrun(\"Structure Info\", \"file=[" + dir + "/missing.cif]\");\n"
                + "File.saveString(\"reached\", getArgument() + \"/after.txt\");\n");
        assertEquals(BatchRunner.FAILED, status);
        assertTrue(err().contains("Structure Info failed (macro line 2): " + dir + "/missing.cif: file not found"), err());
        assertFalse(Files.exists(dir.resolve("after.txt")), "the macro went on after the failed command");
    }

    @Test
    void missingRequiredOptionFails() throws IOException {
        assertEquals(BatchRunner.FAILED, run("run(\"Convert Structure\", \"file=[a.cif] format=poscar\");"));
        assertTrue(err().contains("Convert Structure failed (macro line 1): no output given"), err());
    }

    @Test
    void choiceOutsideTheListFails() throws IOException {
        assertEquals(BatchRunner.FAILED, run("run(\"Convert Structure\", \"file=[a.cif] format=pdb output=[b.pdb]\");"));
        assertTrue(err().contains("format must be one of cif, poscar, xyz, json; got 'pdb'"), err());
    }

    @Test
    void commandWithoutOptionsFailsHeadless() throws IOException {
        assertEquals(BatchRunner.FAILED, run("run(\"Structure Info\");"));
        assertTrue(err().contains("without a screen the command needs macro options, e.g. run(\"Structure Info\", \"file=[...]\")"),
                err());
    }

    @Test
    void parameterCheckedBeforeReading() throws IOException {
        assertEquals(BatchRunner.FAILED, run("run(\"Make Slab\", \"file=[a.cif] hkl=[0 0 0] thickness=10 vacuum=10 output=[b.vasp]\");"));
        assertTrue(err().contains("Make Slab failed (macro line 1): hkl must not be 0 0 0"), err());
        assertEquals(BatchRunner.FAILED, run("run(\"Make Supercell\", \"file=[a.cif] matrix=[2 2] output=[b.vasp]\");"));
        assertTrue(err().contains("Make Supercell failed (macro line 1): matrix needs 3 integers"), err());
    }

    @Test
    void syntaxErrorFails() throws IOException {
        assertEquals(BatchRunner.FAILED, run("print(\"a\");\nx = ;\n"));
        assertTrue(err().contains("Number or numeric function expected"), err());
    }

    @Test
    void unknownCommandFails() throws IOException {
        assertEquals(BatchRunner.FAILED, run("run(\"No Such Command\");"));
        assertTrue(err().contains("unrecognized command: \"No Such Command\""), err());
    }

    @Test
    void exitEndsTheMacroNormally() throws IOException {
        assertEquals(BatchRunner.OK, run("print(\"a\");\nexit();\nrun(\"No Such Command\");"), err());
    }

    @Test
    void missingMacroFileFails() {
        assertEquals(BatchRunner.FAILED, BatchRunner.run(dir.resolve("nope.ijm"), null, err));
        assertTrue(err().contains("Cannot read the macro"), err());
    }

    /** Headless, ImageJ keeps no named tables: the "Sites" go to the Results table, which a macro can save. */
    @Test
    void headlessSitesTableGoesToResults() throws IOException {
        BatchRunner.prepare();
        StructureDisplay.show("NaCl", TestStructures.rockSalt(5.64));
        assertEquals(BatchRunner.OK, run("saveAs(\"Results\", getArgument() + \"/sites.csv\");"), err());
        ReferenceTable t = ReferenceTable.read(dir.resolve("sites.csv"));
        assertEquals(List.of(StructureTables.SITE_COLUMNS), t.columns().subList(1, t.columns().size()));
        assertEquals("", t.columns().get(0), "ImageJ's row-number column");
        assertEquals(8, t.rows().size());
        assertEquals("Cl", t.rows().get(5).get("species"));
        assertEquals(2.82, Double.parseDouble(t.rows().get(5).get("cart_x")), 1e-8);
        assertEquals("0.50000000", t.rows().get(5).get("x"), "8 decimals survive saving");
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
