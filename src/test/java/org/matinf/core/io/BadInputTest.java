package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matinf.core.structure.StructureException;

/** Broken files give a StructureException that names the file and, where one applies, the line. */
class BadInputTest {
    private static final String HEAD = "NaCl\n5.64\n1 0 0\n0 1 0\n0 0 1\nNa Cl\n";

    private static StructureException fails(String text, String name, StructureFormat format) {
        StructureException ex = assertThrows(StructureException.class, () -> StructureIO.readAll(text, name, format));
        assertEquals(name, ex.source());
        assertTrue(ex.getMessage().startsWith(name), ex.getMessage());
        assertTrue(ex.getCause() == null || !(ex.getMessage().contains("cannot read " + format.key() + ":")),
                "the reader itself must explain the problem: " + ex.getMessage());
        return ex;
    }

    private static void failsAt(String text, String name, StructureFormat format, int line, String words) {
        StructureException ex = fails(text, name, format);
        assertEquals(line, ex.line(), ex.getMessage());
        assertTrue(ex.getMessage().contains(words), ex.getMessage());
        assertTrue(line == 0 || ex.getMessage().contains(", line " + line + ": "), ex.getMessage());
    }

    /** {@link #failsAt} for a file named POSCAR. */
    private static void poscarFailsAt(String text, int line, String words) {
        failsAt(text, "POSCAR", StructureFormat.POSCAR, line, words);
    }

    /** pymatgen JSON of one atom of an element at the origin of a cell given as rows, e.g. [[3,0,0],...]. */
    private static String oneAtomJson(String matrix, String element) {
        return "{\"lattice\": {\"matrix\": " + matrix + "}, \"sites\": [{\"species\": [{\"element\": \"" + element
                + "\", \"occu\": 1}], \"abc\": [0,0,0]}]}";
    }

    @Test
    void truncatedPoscar() {
        poscarFailsAt("NaCl\n5.64\n1 0 0\n0 1", 4, "lattice vector 2 needs three numbers");
        poscarFailsAt("NaCl\n5.64\n1 0 0\n", 4, "ends early");
        poscarFailsAt(HEAD + "1 1\nDirect\n0 0 0\n", 8, "add up to 2 but only 1 lines follow");
    }

    @Test
    void wrongAtomCounts() {
        poscarFailsAt(HEAD + "1 1 1\nDirect\n0 0 0\n.5 .5 .5\n.2 .2 .2\n", 7,
                "2 species names on line 6 but 3 atom counts");
        poscarFailsAt(HEAD + "1 -1\nDirect\n0 0 0\n", 7, "non-negative whole number");
        poscarFailsAt(HEAD + "0 0\nDirect\n", 7, "add up to zero");
        failsAt("3\nwater\nO 0 0 0\nH 0 0 1\n", "w.xyz", StructureFormat.XYZ, 1, "3 atoms but only 2 lines follow");
        failsAt("2\nx\nHe 0 0 0\nHe 0 0 1\nHe 0 0 2\n", "w.xyz", StructureFormat.XYZ, 5, "expected the number of atoms");
    }

    @Test
    void unknownElement() {
        poscarFailsAt("x\n4\n1 0 0\n0 1 0\n0 0 1\nNa Qq\n1 1\nDirect\n0 0 0\n.5 .5 .5\n", 6, "unknown element 'Qq'");
        failsAt("1\n\nXx 0 0 0\n", "m.xyz", StructureFormat.XYZ, 3, "unknown element 'Xx'");
        failsAt(oneAtomJson("[[3,0,0],[0,3,0],[0,0,3]]", "Zz"), "s.json", StructureFormat.JSON, 0,
                "$.sites[0].species[0].element: unknown element 'Zz'");
    }

    @Test
    void zeroVolumeLattice() {
        poscarFailsAt("x\n1\n1 0 0\n2 0 0\n0 0 1\nSi\n1\nDirect\n0 0 0\n", 3, "zero volume");
        poscarFailsAt("x\n-20\n1 0 0\n2 0 0\n0 0 1\nSi\n1\nDirect\n0 0 0\n", 3, "zero volume");
        failsAt("1\nLattice=\"1 0 0 0 1 0 0 0 0\"\nSi 0 0 0\n", "c.xyz", StructureFormat.XYZ, 2, "zero volume");
        failsAt(oneAtomJson("[[3,0,0],[0,3,0],[0,0,0]]", "Si"), "s.json", StructureFormat.JSON, 0,
                "$.lattice: Lattice has zero volume");
    }

    @Test
    void nanAndInfiniteNumbers() {
        poscarFailsAt(HEAD + "1 1\nDirect\n0 0 0\nNaN 0 0\n", 10, "atom position is not a number: 'NaN'");
        poscarFailsAt(HEAD + "1 1\nDirect\n0 0 0\n1e999 0 0\n", 10, "out of range");
        failsAt("1\n\nHe 0 Infinity 0\n", "m.xyz", StructureFormat.XYZ, 3, "coordinate is not a number");
        failsAt("{\"sites\": [{\"species\": [{\"element\": \"He\", \"occu\": 1}], \"xyz\": [NaN, 0, 0]}]}", "m.json",
                StructureFormat.JSON, 1, "not valid JSON (column 67): Non-standard token 'NaN'");
        failsAt("{\"sites\": [{\"species\": [{\"element\": \"He\", \"occu\": 1}], \"xyz\": [1e999, 0, 0]}]}", "m.json",
                StructureFormat.JSON, 0, "$.sites[0].xyz[0]: number out of range");
    }

    @ParameterizedTest
    @EnumSource(value = StructureFormat.class, names = {"POSCAR", "XYZ", "JSON"})
    void emptyFile(StructureFormat format) {
        failsAt("", "empty." + format.extension(), format, 0, "empty");
        failsAt(" \n\n", "empty." + format.extension(), format, 0, "empty");
    }

    @ParameterizedTest
    @EnumSource(value = StructureFormat.class, names = {"POSCAR", "XYZ", "JSON"})
    void binaryJunk(StructureFormat format) {
        StringBuilder sb = new StringBuilder();
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 400; i++) {
            sb.append((char) (1 + r.nextInt(255)));
        }
        fails(sb.toString(), "junk." + format.extension(), format);
    }

    @Test
    void binaryFileOnDisk(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("junk.vasp");
        Files.write(f, new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 3});
        StructureException ex = assertThrows(StructureException.class, () -> StructureIO.read(f));
        assertTrue(ex.getMessage().startsWith("junk.vasp: this is a binary file"), ex.getMessage());
    }

    @Test
    void randomBytesWithoutNulAreBinaryToo(@TempDir Path dir) throws IOException {
        byte[] junk = new byte[300];
        java.util.Random r = new java.util.Random(11);
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (1 + r.nextInt(255));
        }
        Path f = dir.resolve("junk.cif");
        Files.write(f, junk);
        StructureException ex = assertThrows(StructureException.class, () -> StructureIO.read(f));
        assertTrue(ex.getMessage().startsWith("junk.cif: this is a binary file"), ex.getMessage());
        // text with accents and tabs is not binary
        assertFalse(StructureIO.looksBinary("data_x\t# Ångström é\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void jsonGarbageNamesJacksonsLineAndColumn() {
        failsAt("{\n  \"sites\": [\n    {\"species\": }\n  ]\n}", "bad.json", StructureFormat.JSON, 3,
                "not valid JSON (column 17): Unexpected character ('}'");
        failsAt("{\"sites\": [", "bad.json", StructureFormat.JSON, 1, "not valid JSON");
        failsAt("[1, 2]", "bad.json", StructureFormat.JSON, 0, "$[0]: expected a pymatgen Structure or Molecule");
        failsAt("{\"sites\": []}", "bad.json", StructureFormat.JSON, 0, "$.sites: expected a non-empty list");
        failsAt("{\"sites\": [{\"species\": [{\"element\": \"Fe\", \"occu\": 0.7}, {\"element\": \"Ni\", \"occu\": 0.7}], "
                + "\"xyz\": [0, 0, 0]}]}", "bad.json", StructureFormat.JSON, 0, "occupancies add up to 1.4");
    }

    @Test
    void badExtendedXyzHeader() {
        failsAt("1\nLattice=\"1 0 0 0 1 0 0 0\nHe 0 0 0\n", "c.xyz", StructureFormat.XYZ, 2, "unterminated");
        failsAt("1\nLattice=\"3 0 0 0 3 0 0 0 3\" Properties=pos:R:3\nHe 0 0 0\n", "c.xyz", StructureFormat.XYZ, 2,
                "must include species");
        failsAt("1\nProperties=species:S:1:pos:R:3 pbc=\"T T T\"\nHe 0 0 0\n", "c.xyz", StructureFormat.XYZ, 2,
                "no Lattice");
    }
}
