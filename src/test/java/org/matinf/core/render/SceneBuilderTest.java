package org.matinf.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matinf.core.element.Element;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.environment.NeighborStrategies;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Structure;
import org.matinf.fiji.TestStructures;
import org.matinf.testutil.TestData;

/** What a structure picture holds: boundary atoms, bonds, polyhedra, cell box, colours. */
class SceneBuilderTest {

    @Test
    void rockSaltCellWithBoundaryAtomsIsAThreeByThreeByThreeGrid() {
        Scene s = SceneBuilder.build(TestStructures.rockSalt(5.64), SceneOptions.defaults());
        // 8 corners + 6 face centres of Na, 12 edge centres + 1 body centre of Cl
        assertEquals(14, s.balls().stream().filter(b -> b.element().equals("Na")).count());
        assertEquals(13, s.balls().stream().filter(b -> b.element().equals("Cl")).count());
        // nearest-neighbour bonds of a 3×3×3 grid: 3 directions × 9 rows × 2
        assertEquals(54, s.sticks().size());
        for (Scene.Stick st : s.sticks()) {
            assertEquals(2.82, org.matinf.core.structure.Vec3.distance(s.balls().get(st.from()).centre(),
                    s.balls().get(st.to()).centre()), 1e-9);
        }
        assertEquals(12, s.lines().size(), "cell edges");
        assertArrayEquals(new double[] {2.82, 2.82, 2.82}, s.centre(), 1e-9);
        assertEquals(2.82 * Math.sqrt(3) + SceneBuilder.ballRadius(Element.of("Na")), s.radius(), 1e-9);
        assertEquals(0.9, s.balls().get(0).radius(), 1e-12, "half Na's atomic radius 1.8 Å");
    }

    @Test
    void withoutBoundaryAtomsOnlyTheCellsSitesAreDrawn() {
        Scene s = SceneBuilder.build(TestStructures.rockSalt(5.64), SceneOptions.defaults().withParts(true, false, false));
        assertEquals(8, s.balls().size());
        assertEquals(0, s.lines().size());
        // inside one cell each Na has 3 Cl neighbours drawn (the others are outside the box)
        assertEquals(12, s.sticks().size());
    }

    @Test
    void supercellsRepeatTheCell() {
        Scene s = SceneBuilder.build(TestStructures.rockSalt(5.64), SceneOptions.defaults().withSupercell(2, 2, 2));
        assertEquals(125, s.balls().size());
        assertEquals(3 * 25 * 4, s.sticks().size());
        assertEquals(12, s.lines().size());
        assertArrayEquals(new double[] {5.64, 5.64, 5.64}, s.centre(), 1e-9);
        assertEquals(27 * 8, SceneBuilder.build(TestStructures.rockSalt(5.64),
                SceneOptions.defaults().withSupercell(3, 3, 3).withParts(false, false, false)).balls().size());
    }

    /** LiFePO4 (Pnma): four FeO6 octahedra and four PO4 tetrahedra, with all their O corners drawn. */
    @Test
    void lithiumIronPhosphatePolyhedra() {
        Structure lfp = TestData.structure("pymatgen/LiFePO4.vasp");
        Scene s = SceneBuilder.build(lfp, SceneOptions.defaults().withPolyhedra(Set.of(Element.of("Fe"), Element.of("P"))));
        assertEquals(4 * 8 + 4 * 4, s.faces().size());
        assertEquals(12 + 4 * 12 + 4 * 6, s.lines().size(), "cell edges + octahedron and tetrahedron edges");
        int fe = ColorScheme.JMOL.argb(Element.of("Fe"));
        assertEquals(32, s.faces().stream().filter(f -> (f.argb() & 0xFFFFFF) == (fe & 0xFFFFFF)).count());
        assertEquals(Math.round(SceneBuilder.POLYHEDRON_OPACITY * 255), s.faces().get(0).argb() >>> 24);
        // every face corner is an O ball of the scene
        for (Scene.Face f : s.faces()) {
            for (double[] corner : List.of(f.a(), f.b(), f.c())) {
                assertTrue(s.balls().stream().anyMatch(b -> b.element().equals("O")
                        && org.matinf.core.structure.Vec3.distance(b.centre(), corner) < 1e-9));
            }
        }
        Scene plain = SceneBuilder.build(lfp, SceneOptions.defaults());
        assertTrue(s.balls().size() > plain.balls().size(), "corner atoms outside the box are added");
    }

    @Test
    void theDefaultBondingRuleIsCrystalNN() {
        assertEquals("CrystalNN", SceneOptions.defaultStrategyName());
        assertEquals("CrystalNN", SceneOptions.defaultStrategy().name());
        assertEquals("CrystalNN", SceneOptions.defaults().strategy().name());
    }

    @Test
    void colourTablesAreThoseOfPymatgen() throws IOException {
        int checked = 0;
        String scheme = null;
        for (String line : Files.readAllLines(TestData.shared().resolve("elements/pymatgen/ElementColorSchemes.yaml"))) {
            if (!line.startsWith(" ") && line.endsWith(":")) {
                scheme = line.substring(0, line.length() - 1);
                continue;
            }
            String[] f = line.strip().split("[:\\[\\],\\s]+");
            if (f.length == 4 && PeriodicTable.isSymbol(f[0])) {
                int rgb = 0xFF000000 | Integer.parseInt(f[1]) << 16 | Integer.parseInt(f[2]) << 8 | Integer.parseInt(f[3]);
                assertEquals(rgb, ColorScheme.parse(scheme).argb(Element.of(f[0])), scheme + " " + f[0]);
                checked++;
            }
        }
        assertTrue(checked >= 200, checked + " colours");
        assertEquals(0xFFF9DC3C, ColorScheme.VESTA.argb(Element.of("Na")));
    }

    @Test
    void badOptionsAreRefusedClearly() {
        assertEquals("supercell repetitions must be ≥ 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> SceneOptions.defaults().withSupercell(0, 1, 1)).getMessage());
        assertEquals("supercell 20x20x20 has 8000 cells; at most 1000 are drawn", assertThrows(IllegalArgumentException.class,
                () -> SceneOptions.defaults().withSupercell(20, 20, 20)).getMessage());
        assertEquals("unknown colour scheme 'cpk': use Jmol or VESTA",
                assertThrows(IllegalArgumentException.class, () -> ColorScheme.parse("cpk")).getMessage());
        Structure empty = new Structure(Lattice.cubic(3), List.of());
        assertEquals("the structure has no atoms to draw", assertThrows(IllegalArgumentException.class,
                () -> SceneBuilder.build(empty, SceneOptions.defaults())).getMessage());
    }
}
