/**
 * Local environments of atoms: which atoms coordinate a site ({@link org.matinf.core.environment.NeighborStrategy}:
 * minimum distance, Voronoi, CrystalNN, covalent radii), the shape of the coordination polyhedron, and
 * statistics of both as descriptors.
 */
package org.matinf.core.environment;
