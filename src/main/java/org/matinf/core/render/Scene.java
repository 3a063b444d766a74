package org.matinf.core.render;

import java.util.List;

/**
 * What a structure picture shows, in Cartesian Å, independent of the viewpoint: balls for atoms,
 * sticks for bonds (each half in the colour of its atom), translucent triangles of coordination
 * polyhedra and lines (cell box, polyhedron edges). Colours are ARGB; a face's alpha is its opacity.
 *
 * @param balls the atoms
 * @param sticks the bonds, as pairs of ball indices
 * @param faces the polyhedron triangles
 * @param lines the line segments
 * @param centre the centre the camera turns about, Å
 * @param radius the radius of a sphere about {@code centre} that holds everything, Å
 */
public record Scene(List<Ball> balls, List<Stick> sticks, List<Face> faces, List<Line> lines, double[] centre, double radius) {

    /** Copies the lists. */
    public Scene {
        balls = List.copyOf(balls);
        sticks = List.copyOf(sticks);
        faces = List.copyOf(faces);
        lines = List.copyOf(lines);
        centre = centre.clone();
    }

    /**
     * An atom.
     *
     * @param centre Cartesian position, Å
     * @param radius drawn radius, Å
     * @param argb opaque colour
     * @param element element symbol (the majority species of a disordered site)
     * @param label what the site is called (its label in the file, or its species)
     * @param site index of the site in the (wrapped) structure
     */
    public record Ball(double[] centre, double radius, int argb, String element, String label, int site) {
    }

    /**
     * A bond between two balls, drawn as a cylinder whose halves take the colours of the balls.
     *
     * @param from index of one ball
     * @param to index of the other ball
     * @param radius cylinder radius, Å
     */
    public record Stick(int from, int to, double radius) {
    }

    /**
     * A triangle of a coordination polyhedron.
     *
     * @param a first corner, Å
     * @param b second corner, Å
     * @param c third corner, Å
     * @param argb colour; the alpha byte is the opacity
     */
    public record Face(double[] a, double[] b, double[] c, int argb) {
    }

    /**
     * A line segment (cell edge, polyhedron edge).
     *
     * @param from one end, Å
     * @param to the other end, Å
     * @param argb opaque colour
     */
    public record Line(double[] from, double[] to, int argb) {
    }
}
