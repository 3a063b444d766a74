package org.matinf.core.descriptors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.table.DataTable;
import org.matinf.core.table.TableException;

/** One-hot columns as pandas.get_dummies / sklearn OneHotEncoder give them; fraction (frequency) encoding. */
class CategoricalEncodingTest {
    private static final DataTable TRAIN = DataTable.parse("train.csv",
            "formula,crystal_system,gap\nNaCl,cubic,5\nZnO,hexagonal,3.3\nSi,cubic,1.1\nTiO2,tetragonal,3\nGaN, hexagonal ,3.4\nX,,1\n");

    @Test
    void oneHotColumnsAreSortedCategories() {
        CategoricalEncoding enc = CategoricalEncoding.fit(TRAIN, "crystal_system");
        assertEquals(List.of("cubic", "hexagonal", "tetragonal"), enc.categories());
        DataTable t = enc.oneHot(TRAIN);
        assertEquals(List.of("crystal_system_cubic", "crystal_system_hexagonal", "crystal_system_tetragonal"), t.names());
        assertArrayEquals(new double[] {1, 0, 1, 0, 0, 0}, t.numbers("crystal_system_cubic"));
        assertArrayEquals(new double[] {0, 1, 0, 0, 1, 0}, t.numbers("crystal_system_hexagonal"));
        assertArrayEquals(new double[] {0, 0, 0, 1, 0, 0}, t.numbers("crystal_system_tetragonal"));
    }

    @Test
    void fractionIsEachCategorysShareOfRows() {
        CategoricalEncoding enc = CategoricalEncoding.fit(TRAIN, "crystal_system");
        assertArrayEquals(new double[] {2 / 6.0, 2 / 6.0, 1 / 6.0}, enc.fractions(), 1e-15);
        double[] f = enc.fraction(TRAIN).numbers("crystal_system_fraction");
        assertArrayEquals(new double[] {2 / 6.0, 2 / 6.0, 2 / 6.0, 1 / 6.0, 2 / 6.0}, java.util.Arrays.copyOf(f, 5), 1e-15);
        assertTrue(Double.isNaN(f[5]), "empty cell");
    }

    @Test
    void unseenCategoriesOfANewTableGiveZeros() {
        CategoricalEncoding enc = CategoricalEncoding.fit(TRAIN, "crystal_system");
        DataTable test = DataTable.parse("test.csv", "crystal_system\nmonoclinic\ncubic\n");
        DataTable hot = enc.oneHot(test);
        assertArrayEquals(new double[] {0, 1}, hot.numbers("crystal_system_cubic"));
        assertArrayEquals(new double[] {0, 0}, hot.numbers("crystal_system_tetragonal"));
        assertArrayEquals(new double[] {0, 2 / 6.0}, enc.fraction(test).numbers("crystal_system_fraction"), 1e-15);
        DataTable joined = test.append(hot);
        assertEquals(4, joined.names().size());
    }

    @Test
    void missingOrEmptyColumnsAreNamed() {
        TableException ex = assertThrows(TableException.class, () -> CategoricalEncoding.fit(TRAIN, "phase"));
        assertTrue(ex.getMessage().startsWith("train.csv: no column 'phase'"), ex.getMessage());
        DataTable empty = DataTable.parse("e.csv", "a,b\n1,\n2,\n");
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> CategoricalEncoding.fit(empty, "b"));
        assertTrue(e2.getMessage().contains("e.csv") && e2.getMessage().contains("'b'"), e2.getMessage());
    }
}
