package org.matinf.core.io;

import org.matinf.core.structure.Structure;

/** Placeholder until the writer lands in this work. */
final class CifWriter implements StructureWriter {
    @Override
    public String write(Structure s) {
        throw new UnsupportedOperationException("CifWriter is not implemented yet");
    }
}
