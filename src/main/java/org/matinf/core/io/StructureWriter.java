package org.matinf.core.io;

import org.matinf.core.structure.Structure;

/** Writes a structure as text. */
interface StructureWriter {
    String write(Structure s);
}
