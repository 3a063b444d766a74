package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;
import org.matinf.testutil.TestData;

/** Each format writes and reads back the same structure. */
class RoundTripTest {
    static List<String> files() {
        return TestData.files("vasp", "json");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = StructureFormat.class, names = {"POSCAR", "XYZ", "JSON"})
    void orderedCellWithSelectiveDynamics(StructureFormat format) {
        Structure s = Samples.ordered();
        Structure back = StructureIO.read(StructureIO.write(s, format), "written." + format.extension(), format);
        // POSCAR and XYZ give every site flags once any site has them; T T T where none were set
        Structure expected = format == StructureFormat.JSON ? s : s.withSites(List.of(s.site(0), s.site(1),
                s.site(2).withProperty(Site.SELECTIVE_DYNAMICS, new boolean[] {true, true, true}),
                s.site(3).withProperty(Site.SELECTIVE_DYNAMICS, new boolean[] {true, true, true})));
        Samples.assertSame(expected, back, 1e-8, false, format == StructureFormat.JSON);
        if (format != StructureFormat.JSON) {
            assertEquals(s.title(), back.title(), "title");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = StructureFormat.class, names = {"POSCAR", "XYZ", "JSON"})
    void molecule(StructureFormat format) {
        Structure water = Samples.water();
        assertFalse(water.isPeriodic());
        Structure back = StructureIO.read(StructureIO.write(water, format), "water." + format.extension(), format);
        if (format == StructureFormat.POSCAR) {
            // POSCAR has no "not periodic" flag: the boxed molecule comes back as a periodic cell
            Samples.assertSame(water, new Structure(back.lattice(), back.sites(), false, ""), 1e-8, false, false);
        } else {
            Samples.assertSame(water, back, 1e-8, false, false);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = StructureFormat.class, names = {"JSON"})
    void disorderOxidationStatesLabelsAndProperties(StructureFormat format) {
        Structure s = Samples.disordered();
        Structure back = StructureIO.read(StructureIO.write(s, format), "written.json", format);
        Samples.assertSame(s, back, 0, false, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void libraryFileThroughEveryFormat(String file) {
        Structure s = TestData.structure(file);
        Structure json = StructureIO.read(StructureIO.write(s, StructureFormat.JSON), file, StructureFormat.JSON);
        Samples.assertSame(s, json, 0, false, true);
        if (s.isOrdered()) {
            for (StructureFormat f : new StructureFormat[] {StructureFormat.POSCAR, StructureFormat.XYZ}) {
                Structure back = StructureIO.read(StructureIO.write(s, f), file, f);
                Samples.assertSame(s, back, 1e-8, true, false);
            }
        }
    }
}
