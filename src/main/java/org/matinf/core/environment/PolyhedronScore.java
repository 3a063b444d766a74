package org.matinf.core.environment;

/**
 * How closely a coordination shell matches a shape.
 *
 * @param polyhedron the shape
 * @param score its order parameter: 1 for the ideal shape, lower the further from it (NaN if undefined)
 */
public record PolyhedronScore(CoordinationPolyhedron polyhedron, double score) {
}
