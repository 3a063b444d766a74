package org.matinf.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hulls of ideal coordination shells: Euler's V − E + F = 2 with the polygon counts of each shape. */
class ConvexHullTest {

    private static ConvexHull hull(double[]... points) {
        return ConvexHull.of(List.of(points));
    }

    @Test
    void octahedronHasEightTrianglesAndTwelveEdges() {
        ConvexHull h = hull(new double[] {1, 0, 0}, new double[] {-1, 0, 0}, new double[] {0, 1, 0}, new double[] {0, -1, 0},
                new double[] {0, 0, 1}, new double[] {0, 0, -1});
        assertEquals(8, h.triangles().size());
        assertEquals(12, h.edges().size());
    }

    @Test
    void tetrahedronHasFourTriangles() {
        ConvexHull h = hull(new double[] {1, 1, 1}, new double[] {1, -1, -1}, new double[] {-1, 1, -1}, new double[] {-1, -1, 1});
        assertEquals(4, h.triangles().size());
        assertEquals(6, h.edges().size());
    }

    @Test
    void cubeFacesAreSquaresOfTwoTriangles() {
        List<double[]> cube = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cube.add(new double[] {i & 1, i >> 1 & 1, i >> 2 & 1});
        }
        ConvexHull h = ConvexHull.of(cube);
        assertEquals(12, h.triangles().size());
        assertEquals(12, h.edges().size(), "no diagonals");
    }

    @Test
    void cuboctahedronHasEightTrianglesAndSixSquares() {
        List<double[]> points = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            for (int s1 = -1; s1 <= 1; s1 += 2) {
                for (int s2 = -1; s2 <= 1; s2 += 2) {
                    double[] p = new double[3];
                    p[a] = s1;
                    p[(a + 1) % 3] = s2;
                    points.add(p);
                }
            }
        }
        ConvexHull h = ConvexHull.of(points);
        assertEquals(8 + 6 * 2, h.triangles().size());
        assertEquals(24, h.edges().size());
    }

    @Test
    void planarShellsGiveOnePolygonAndLinesNothing() {
        ConvexHull square = hull(new double[] {1, 0, 0}, new double[] {0, 1, 0}, new double[] {-1, 0, 0}, new double[] {0, -1, 0});
        assertEquals(2, square.triangles().size());
        assertEquals(4, square.edges().size());
        ConvexHull line = hull(new double[] {1, 0, 0}, new double[] {-1, 0, 0}, new double[] {2, 0, 0});
        assertEquals(0, line.triangles().size());
        assertEquals(0, line.edges().size());
    }
}
