package org.matinf.core.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataTableTest {
    @TempDir
    Path dir;

    @Test
    void numericAndTextColumnsWithMissingCells() {
        DataTable t = DataTable.parse("d.csv", "\uFEFFformula, target ,note\r\nNaCl,5.0,\"a, b\"\nSi,,x\n\"Fe2O3\",NaN\nGaAs,1.42,\"say \"\"hi\"\"\"\n\n");
        assertEquals(List.of("formula", "target", "note"), t.names());
        assertEquals(4, t.rows());
        assertFalse(t.isNumeric("formula"));
        assertTrue(t.isNumeric("target"));
        double[] y = t.numbers("target");
        assertEquals(5.0, y[0]);
        assertTrue(Double.isNaN(y[1]) && Double.isNaN(y[2]));
        assertEquals(1.42, y[3]);
        assertArrayEquals(new String[] {"NaCl", "Si", "Fe2O3", "GaAs"}, t.texts("formula"));
        assertArrayEquals(new String[] {"a, b", "x", "", "say \"hi\""}, t.texts("note"));
        assertEquals(List.of("target"), t.numericNames(List.of()));
    }

    @Test
    void badFilesNameTheFileAndLine() throws IOException {
        TableException e = assertThrows(TableException.class, () -> DataTable.parse("d.csv", "a,b\n1,2\n3,4,5\n"));
        assertEquals("d.csv, line 3: 3 fields but the header has 2", e.getMessage());
        assertEquals("d.csv: empty: a CSV file needs a header line and at least one row",
                assertThrows(TableException.class, () -> DataTable.parse("d.csv", "\n\n")).getMessage());
        assertEquals("d.csv, line 1: a header but no rows", assertThrows(TableException.class, () -> DataTable.parse("d.csv", "a,b\n")).getMessage());
        assertEquals("d.csv, line 1: the header names column 'a' twice",
                assertThrows(TableException.class, () -> DataTable.parse("d.csv", "a,a\n1,2\n")).getMessage());
        assertEquals("d.csv, line 1: column 2 of the header has no name",
                assertThrows(TableException.class, () -> DataTable.parse("d.csv", "a,,c\n1,2,3\n")).getMessage());
        assertEquals("d.csv, line 2: a quoted field is not closed",
                assertThrows(TableException.class, () -> DataTable.parse("d.csv", "a\n\"open\n")).getMessage());
        DataTable t = DataTable.parse("d.csv", "formula,y\nNaCl,1\nSi,abc\n");
        assertEquals("d.csv, line 3: column 'y' must hold numbers, got 'abc'", assertThrows(TableException.class, () -> t.numbers("y")).getMessage());
        assertEquals("d.csv: no column 'target' (columns: formula, y)", assertThrows(TableException.class, () -> t.numbers("target")).getMessage());
        Path missing = dir.resolve("none.csv");
        assertEquals(missing + ": no such file", assertThrows(TableException.class, () -> DataTable.read(missing)).getMessage());
        Path binary = Files.write(dir.resolve("x.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertTrue(assertThrows(TableException.class, () -> DataTable.read(binary)).getMessage().contains("not UTF-8 text"));
    }

    @Test
    void writesAtomicallyAndReadsBack() throws IOException {
        DataTable t = DataTable.builder("made").texts("formula", new String[] {"NaCl", "a,b"}).numbers("y", new double[] {1, Double.NaN})
                .numbers("z", new double[] {0.1, 2.5e-7}).build();
        Path f = dir.resolve("out").resolve("t.csv");
        t.write(f);
        assertEquals("formula,y,z\nNaCl,1,0.1\n\"a,b\",,2.5E-7\n", Files.readString(f));
        DataTable back = DataTable.read(f);
        assertArrayEquals(t.texts("formula"), back.texts("formula"));
        assertArrayEquals(t.numbers("z"), back.numbers("z"));
        try (var files = Files.list(f.getParent())) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        DataTable rows = back.select(new int[] {1, 0});
        assertArrayEquals(new String[] {"a,b", "NaCl"}, rows.texts("formula"));
        DataTable joined = back.append(DataTable.builder("more").numbers("w", new double[] {7, 8}).build());
        assertEquals(List.of("formula", "y", "z", "w"), joined.names());
        assertArrayEquals(new double[][] {{0.1, 7}, {2.5e-7, 8}}, joined.matrix(List.of("z", "w")));
    }
}
