package org.matinf.fiji.structure;

import org.matinf.core.structure.Structure;

/**
 * The one place where Make Slab calls the core slab builder. Until that builder is merged, this
 * throws {@link IllegalStateException}; the command reports it as a failure.
 */
public final class SlabCall {
    private SlabCall() {
    }

    /**
     * A slab of the structure cut parallel to the (hkl) planes.
     *
     * @param thickness minimum slab thickness in Å
     * @param vacuum minimum vacuum thickness in Å
     */
    public static Structure make(Structure bulk, int[] hkl, double thickness, double vacuum) {
        throw new IllegalStateException("Make Slab not wired");
    }
}
