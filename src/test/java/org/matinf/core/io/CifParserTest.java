package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.structure.StructureException;

class CifParserTest {
    private static List<String> texts(String cif) {
        return CifParser.tokenize(cif, "t.cif").stream().map(t -> t.text).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void quotesEndOnlyBeforeWhitespace() {
        assertEquals(List.of("_title", "O'Brien's cell", "_x", "a\"b", "it's"),
                texts("_title 'O'Brien's cell'\n_x \"a\"b\" 'it's'\n"));
        assertEquals(List.of("_symmetry_equiv_pos_as_xyz", "-x+1/2, y, -z"), texts("_symmetry_equiv_pos_as_xyz '-x+1/2, y, -z'"));
        assertEquals(List.of("_a", ""), texts("_a ''"));
    }

    @Test
    void commentsAndHashesInsideValues() {
        assertEquals(List.of("_a", "1", "_b", "C#1", "_c", "# not a comment"),
                texts("# header\n_a 1 # trailing\n_b C#1\n_c '# not a comment'\n"));
    }

    @Test
    void semicolonTextFields() {
        List<CifParser.Token> t = CifParser.tokenize("_t\n;\n line one\n line two\n;\n_u 5\n", "t.cif");
        assertEquals("line one\n line two", t.get(1).text);
        assertTrue(t.get(1).quoted);
        assertEquals(2, t.get(1).line);
        assertEquals("_u", t.get(2).text);
        assertEquals(6, t.get(2).line);
        // a semicolon that does not start a line is an ordinary character
        assertEquals(List.of("_v", "a;b"), texts("_v a;b"));
    }

    @Test
    void blocksLoopsAndMissingValues() {
        String cif = "data_one\n_cell_length_a 5.431(2)\n_Cell_Length_B ?\nloop_\n_atom_site_label\n_atom_site_occupancy\n"
                + "Fe1 0.5\nO1 .\n'O 2' 1\ndata_two\n_cell_length_a 3\n";
        List<CifBlock> blocks = CifParser.parse(cif, "t.cif");
        assertEquals(2, blocks.size());
        CifBlock one = blocks.get(0);
        assertEquals("one", one.name());
        assertEquals(5.431, CifNumbers.parse(one.value("_CELL_LENGTH_A"), "t.cif", "a"), 0);
        assertTrue(CifBlock.isMissing(one.value("_cell_length_b")));
        assertEquals(3, one.column("_atom_site_label").size());
        assertEquals("O 2", one.column("_atom_site_label").get(2).text);
        assertTrue(CifBlock.isMissing(one.column("_atom_site_occupancy").get(1)));
        assertFalse(CifBlock.isMissing(new CifParser.Token("?", 1, true)), "a quoted '?' is a value");
        assertEquals(9, one.column("_atom_site_label").get(2).line);
        assertEquals("two", blocks.get(1).name());
    }

    @Test
    void numbersWithUncertainties() {
        assertEquals(5.431, number("5.431(2)"), 0);
        assertEquals(-0.034, number("-0.0340(5)"), 0);
        assertEquals(0.5, number(".5"), 0);
        assertEquals(12, number("12"), 0);
        assertEquals(1.5e-3, number("1.5E-3"), 0);
        assertEquals(7.625, number("7.625(13"), 0);
        for (String bad : new String[] {"NaN", "abc", "1.2.3", "Infinity", "0x10", "1e999"}) {
            StructureException ex = assertThrows(StructureException.class, () -> number(bad));
            assertTrue(ex.getMessage().startsWith("t.cif, line 4: _x is"), ex.getMessage());
        }
    }

    private static double number(String s) {
        return CifNumbers.parse(new CifParser.Token(s, 4, false), "t.cif", "_x");
    }

    @Test
    void errorsNameTheLine() {
        assertError("data_x\n_a 1\n_title 'open\n_b 2\n", 3, "quote ' opened in column 8 is not closed");
        assertError("data_x\n_a 1\n;\ntext without end\n", 3, "text field opened with ';' is never closed");
        assertError("data_x\nloop_\n_a\n_b\n1 2\n3\n_c 4\n", 6, "loop_ starting on line 2 has 3 values for 2 columns");
        assertError("data_x\n_a\n_b 2\n", 2, "tag _a has no value");
        assertError("data_x\n_a 1 2\n", 2, "value '2' does not belong to any tag");
    }

    @Test
    void quotedValueOverSeveralLinesIsAcceptedUntilTheNextTag() {
        List<CifBlock> b = CifParser.parse("data_x\n_c 'first\n\n second\n'\n_d 4\n", "t.cif");
        assertEquals("first\n\n second", b.get(0).value("_c").text);
        assertEquals("4", b.get(0).value("_d").text);
    }

    @Test
    void endMarkAndFramesAreSkipped() {
        List<CifBlock> b = CifParser.parse("data_x\n_a 1\n_eof\ndata_y\nglobal_\n_b 2\n", "t.cif");
        assertEquals(2, b.size());
        assertEquals("2", b.get(1).value("_b").text);
    }

    private static void assertError(String cif, int line, String text) {
        StructureException ex = assertThrows(StructureException.class, () -> CifParser.parse(cif, "t.cif"));
        assertEquals(line, ex.line(), ex.getMessage());
        assertTrue(ex.getMessage().startsWith("t.cif, line " + line + ": "), ex.getMessage());
        assertTrue(ex.getMessage().contains(text), ex.getMessage());
    }
}
