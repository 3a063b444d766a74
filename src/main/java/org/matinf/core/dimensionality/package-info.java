/**
 * Dimensionality of crystal structures: the bonded periodic graph of a structure
 * ({@link org.matinf.core.dimensionality.BondGraph}, from any
 * {@link org.matinf.core.environment.NeighborStrategy}), its bonded components and their
 * dimensionality 0–3 with the orientation of layers and chains (Larsen et al., Phys. Rev. Materials
 * 3, 034003 (2019): {@link org.matinf.core.dimensionality.Larsen}), Cheon et al.'s supercell
 * cluster-growth classification (Nano Lett. 17, 1915 (2017): {@link org.matinf.core.dimensionality.Cheon}),
 * and a screen over many structures ({@link org.matinf.core.dimensionality.DimensionalityScreen}).
 */
package org.matinf.core.dimensionality;
