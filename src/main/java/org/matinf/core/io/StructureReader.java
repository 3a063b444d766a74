package org.matinf.core.io;

import java.util.List;
import org.matinf.core.structure.Structure;

/** Parses structures from text; throws {@link org.matinf.core.structure.StructureException} for bad input. */
interface StructureReader {
    List<Structure> read(String text, String source);
}
