package org.matinf.core.materialsproject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.element.Element;
import org.matinf.core.structure.Lattice;
import org.matinf.core.structure.Site;
import org.matinf.core.structure.Structure;

/** CIF export of search results. */
class MpExportTest {
    @TempDir
    Path dir;

    private static MpMaterial material(String id, String element, double a) {
        Structure s = new Structure(Lattice.cubic(a), List.of(Site.of(Element.of(element), 0, 0, 0)));
        return new MpMaterial(id, element, List.of(element), 1, 0, 0, 0, 221, "Pm-3m", s, MpSource.OFFLINE);
    }

    @Test
    void materialsSharingAnIdDoNotOverwriteEachOther() throws IOException {
        int n = MpExport.writeCifs(List.of(material("mp-1", "Cu", 3.6), material("mp-1", "Ag", 4.1), material("mp/2", "Au", 4.08)), dir);
        assertEquals(3, n);
        assertEquals(List.of("mp-1.cif", "mp-1_2.cif", "mp_2.cif"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(true, Files.readString(dir.resolve("mp-1_2.cif")).contains("Ag"));
    }
}
