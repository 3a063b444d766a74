package org.matinf.core.io;

import java.util.List;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;

/** Placeholder until the reader lands in this work. */
final class PymatgenJsonReader implements StructureReader {
    @Override
    public List<Structure> read(String text, String source) {
        throw new StructureException(source, 0, "PymatgenJsonReader is not implemented yet");
    }
}
