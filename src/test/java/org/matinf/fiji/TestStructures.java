package org.matinf.fiji;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.io.StructureFormat;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/** Structures built in code, and checks of which structure readers and writers exist yet. */
public final class TestStructures {
    private TestStructures() {
    }

    /** Rock salt NaCl, conventional cell (8 sites), lattice parameter a. */
    public static Structure rockSalt(double a) {
        List<Site> sites = new ArrayList<>();
        double[][] fcc = {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
        for (double[] f : fcc) {
            sites.add(Site.of(PeriodicTable.bySymbol("Na"), f[0], f[1], f[2]));
        }
        for (double[] f : fcc) {
            sites.add(Site.of(PeriodicTable.bySymbol("Cl"), (f[0] + 0.5) % 1, (f[1] + 0.5) % 1, (f[2] + 0.5) % 1));
        }
        return new Structure(Lattice.cubic(a), sites);
    }

    /** The structure library of the shared data, failing clearly when it is missing. */
    public static Path structureData() {
        Path p = Path.of("..", "shared", "data", "structures").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("Test data missing: " + p + " (expected ../shared/data/structures)");
        }
        return p;
    }

    /** True once the CIF, POSCAR and pymatgen JSON readers can read the sample files. */
    public static boolean readersAvailable() {
        try {
            Path d = structureData();
            StructureIO.read(d.resolve("handmade/SrTiO3_cubic.vasp"));
            StructureIO.read(d.resolve("dans_diffraction/Silicon.cif"));
            StructureIO.read(d.resolve("pymatgen/LiMn2O4_spinel.json"));
            return true;
        } catch (RuntimeException ex) {
            return false;
        }
    }

    /** True once Make Slab is wired to the core slab builder and the CIF reader and POSCAR writer exist. */
    public static boolean slabsAvailable() {
        if (!readersAndWritersAvailable()) {
            return false;
        }
        try {
            org.matinf.fiji.structure.SlabCall.make(rockSalt(5.64), new int[] {1, 0, 0}, 5, 5);
            return true;
        } catch (IllegalStateException ex) {
            return false;
        }
    }

    /** True once the readers and all four writers (and the XYZ reader) work. */
    public static boolean readersAndWritersAvailable() {
        if (!readersAvailable()) {
            return false;
        }
        try {
            Structure s = rockSalt(5.64);
            for (StructureFormat f : StructureFormat.values()) {
                StructureIO.read(StructureIO.write(s, f), "probe." + f.extension(), f);
            }
            return true;
        } catch (RuntimeException ex) {
            return false;
        }
    }
}
