package org.matinf.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.element.Species;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

class AtomicWriteTest {
    @TempDir
    Path dir;

    private static Structure copper() {
        return new Structure(Lattice.cubic(3.615), List.of(Site.of(Species.parse("Cu"), new double[] {0, 0, 0})));
    }

    @Test
    void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions() throws IOException {
        Path f = dir.resolve("cu.cif");
        StructureIO.write(copper(), f);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
        StructureIO.write(copper(), f);
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(1, StructureIO.read(f).numSites());
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("cu.vasp");
        StructureIO.write(copper(), f);
        String before = Files.readString(f);
        Structure disordered = new Structure(Lattice.cubic(3.6), List.of(new Site(
                Map.of(Species.parse("Cu"), 0.5, Species.parse("Au"), 0.5), new double[] {0, 0, 0}, null,
                Double.NaN, Double.NaN, null)));
        // POSCAR cannot hold a disordered site: the writer refuses before anything is replaced
        assertThrows(IllegalArgumentException.class, () -> StructureIO.write(disordered, f));
        assertEquals(before, Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(f), s.toList());
        }
    }
}
