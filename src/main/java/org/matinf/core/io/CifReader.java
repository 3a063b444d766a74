package org.matinf.core.io;

import java.util.ArrayList;
import java.util.List;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;

/**
 * Reads CIF files: every data block with atom sites becomes a structure (blocks without atom sites, such
 * as "data_global", are skipped). The asymmetric unit is expanded with the operations in the file or,
 * failing those, of the space group named by symbol or number; sites closer than
 * {@link #SITE_TOLERANCE} are merged. Sites are ordered as pymatgen orders them (by electronegativity),
 * so formulas and site indices agree with pymatgen's {@code Structure.from_file}.
 */
final class CifReader implements StructureReader {
    /** Symmetry copies (and asymmetric-unit entries) closer than this, in Å, are one site. */
    static final double SITE_TOLERANCE = 1e-3;

    @Override
    public List<Structure> read(String text, String source) {
        List<Structure> out = new ArrayList<>();
        for (CifBlock b : CifParser.parse(text, source)) {
            if (CifBlockReader.hasAtomSites(b)) {
                out.add(new CifBlockReader(b, source).read());
            }
        }
        if (out.isEmpty()) {
            throw new StructureException(source, 0, "no data block has atom sites (_atom_site_fract_x, _y, _z)");
        }
        return out;
    }
}
