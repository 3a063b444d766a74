package org.matinf.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared test-data readers: the CSV parser and the reference look-ups. */
class TestDataTest {
    @Test
    void csvQuotedFieldsDoubledQuotesAndLineEnds() {
        String text = "file, species ,note\r\n"
                + "a.cif,\"Fe2+:0.500, Ni2+:0.500\",\"say \"\"hi\"\"\"\r\n"
                + "\r\n"
                + "b.vasp,Na,\"two\nlines\"\r"
                + "c.xyz,O\n";
        List<Map<String, String>> rows = TestData.parseCsv(text);
        assertEquals(List.of("file", "species", "note"), TestData.columns(rows), "header names are trimmed");
        assertEquals(3, rows.size(), "the blank line is no row");
        assertEquals("Fe2+:0.500, Ni2+:0.500", rows.get(0).get("species"));
        assertEquals("say \"hi\"", rows.get(0).get("note"));
        assertEquals("two\nlines", rows.get(1).get("note"));
        assertEquals("c.xyz", rows.get(2).get("file"), "a lone CR ends a line");
        assertEquals("", rows.get(2).get("note"), "a missing trailing field reads as empty");
    }

    @Test
    void csvWithoutFinalLineEnd() {
        assertEquals(List.of(Map.of("x", "1", "y", "")), TestData.parseCsv("x,y\n1,"));
    }

    @Test
    void structureReferenceRowAndLibraryFiles() {
        Map<String, String> nacl = TestData.structureReference("cgcnn_cod_samples/COD_1000041.cif");
        assertEquals("NaCl", nacl.get("reduced_formula"));
        assertEquals(5.62, Double.parseDouble(nacl.get("a")), 0);
        List<Map<String, String>> table = TestData.csv(TestData.reference("structures.csv"));
        List<String> cifs = TestData.files("cif");
        assertEquals(table.stream().filter(r -> r.get("file").endsWith(".cif")).count(), cifs.size(),
                "structures.csv has a row for every CIF of the library");
        assertEquals(TestData.structure("cgcnn_cod_samples/COD_1000041.cif").numSites(),
                Integer.parseInt(nacl.get("nsites")));
    }
}
