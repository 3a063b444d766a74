package org.matinf.core.dimensionality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matinf.core.environment.CovalentNN;
import org.matinf.core.environment.MinimumDistanceNN;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/**
 * The named checks with MatInf's default bonds (Covalent: Cordero radii + 0.45 Å), each
 * equal to pymatgen's answer for the same bonds (reference/dimensionality/dimensionality.csv).
 */
class NamedStructuresTest {

    private static DimensionalityResult larsen(String file) {
        return DimensionalityMethod.LARSEN.analyse(TestData.structure(file), CovalentNN.COVALENT);
    }

    @Test
    void graphiteLayersLieInTheBasalPlane() {
        DimensionalityResult r = larsen("elements_cod/C.cif");
        assertEquals(2, r.dimensionality());
        assertEquals(2, r.components().size(), "two graphene sheets per cell (ABAB)");
        for (BondedComponent c : r.components()) {
            assertArrayEquals(new int[] {0, 0, 1}, c.orientation());
            assertEquals("C", c.formula());
        }
        assertEquals("(0 0 1)", r.orientation());
        assertEquals("2D C (0 0 1); 2D C (0 0 1)", r.summary());
    }

    /** 2H-MoS2 has two layers per cell; pymatgen's "MoS2_2H_P1" cell holds one (Mo + 2 S). */
    @Test
    void molybdeniteIsMadeOfMoS2Layers() {
        for (String file : List.of("handmade/MoS2_2H.vasp", "pymatgen/MoS2_2H_P1.cif")) {
            DimensionalityResult r = larsen(file);
            assertEquals(2, r.dimensionality(), file);
            assertEquals(file.startsWith("handmade") ? 2 : 1, r.components().size(), file);
            r.components().forEach(c -> assertEquals("MoS2", c.formula(), file));
            assertEquals("(0 0 1)", r.orientation(), file);
            assertEquals("2D", Cheon.DEFAULT.classify(TestData.structure(file)).label(), file);
        }
    }

    @Test
    void seleniumAndTelluriumAreHelicalChainsAlongC() {
        for (String file : List.of("elements_cod/Se.cif", "elements_cod/Te.cif")) {
            DimensionalityResult r = larsen(file);
            assertEquals(1, r.dimensionality(), file);
            assertEquals(1, r.components().size(), file);
            assertEquals("[0 0 1]", r.orientation(), file);
            assertEquals("1D", Cheon.DEFAULT.classify(TestData.structure(file)).label(), file);
        }
    }

    @Test
    void iodineAndBromineAreMolecular() {
        for (String file : List.of("elements_cod/I.cif", "elements_cod/Br.cif", "pymatgen/Br2_molecular_mp-23154_conv.cif")) {
            DimensionalityResult r = larsen(file);
            assertEquals(0, r.dimensionality(), file);
            r.components().forEach(c -> {
                assertEquals(2, c.sites().size(), file + ": diatomic molecules");
                assertEquals(0, c.dimensionality());
            });
            assertEquals("0D", Cheon.DEFAULT.classify(TestData.structure(file)).label(), file);
        }
        assertEquals(4, larsen("elements_cod/I.cif").components().size());
        assertEquals("I", larsen("elements_cod/I.cif").components().get(0).formula(), "pymatgen's reduced formula of I2");
    }

    /** Rock salt is 3-D with covalent (Cordero) radii or nearest neighbours; Jmol's Na+ radius leaves it unbonded. */
    @Test
    void rockSaltIsThreeDimensional() {
        for (String file : List.of("handmade/NaCl_B1_conv.vasp", "pymatgen/NaCl_rocksalt.vasp", "cgcnn_cod_samples/COD_1000041.cif")) {
            Structure s = TestData.structure(file);
            DimensionalityResult r = larsen(file);
            assertEquals(3, r.dimensionality(), file);
            assertEquals(1, r.components().size(), file);
            assertEquals("NaCl", r.components().get(0).formula());
            assertEquals(3, Larsen.dimensionality(BondGraph.of(s, MinimumDistanceNN.DEFAULT)), file);
            assertEquals(0, Larsen.dimensionality(BondGraph.of(s, CovalentNN.JMOL)), file + ": as pymatgen's JmolNN");
            assertEquals("intercalated ion", Cheon.DEFAULT.classify(s).label(), file + ": as pymatgen");
        }
    }
}
