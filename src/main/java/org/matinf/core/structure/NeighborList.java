package org.matinf.core.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * All pairs (i, j, image) with |r_j + image - r_i| within a radius, i.e. every neighbour of every
 * site including periodic images. Stored as flat arrays for speed; sorted by centre, then distance.
 */
public final class NeighborList {
    private final double radius;
    private final int numSites;
    private final int[] center;
    private final int[] neighbor;
    private final int[] images;
    private final double[] distance;
    private final int[] start;

    NeighborList(double radius, int numSites, int[] center, int[] neighbor, int[] images, double[] distance) {
        this.radius = radius;
        this.numSites = numSites;
        this.center = center;
        this.neighbor = neighbor;
        this.images = images;
        this.distance = distance;
        this.start = new int[numSites + 1];
        for (int c : center) {
            start[c + 1]++;
        }
        for (int i = 0; i < numSites; i++) {
            start[i + 1] += start[i];
        }
    }

    /** One neighbour of a site. */
    public static final class Neighbor {
        private final int index;
        private final int[] image;
        private final double distance;

        Neighbor(int index, int[] image, double distance) {
            this.index = index;
            this.image = image;
            this.distance = distance;
        }

        /** Index of the neighbouring site. */
        public int index() { return index; }
        /** Lattice translation added to that site's stored fractional coordinates. */
        public int[] image() { return image.clone(); }
        /** Distance in Å. */
        public double distance() { return distance; }

        @Override
        public String toString() {
            return "Neighbor(" + index + ", [" + image[0] + "," + image[1] + "," + image[2] + "], " + distance + ")";
        }
    }

    public double radius() { return radius; }
    /** Total number of (centre, neighbour) pairs; every pair is counted from both ends. */
    public int size() { return center.length; }
    public int center(int k) { return center[k]; }
    public int neighbor(int k) { return neighbor[k]; }
    public double distance(int k) { return distance[k]; }
    public int[] image(int k) { return new int[] {images[3 * k], images[3 * k + 1], images[3 * k + 2]}; }

    /** Number of neighbours of site i. */
    public int count(int i) {
        return start[i + 1] - start[i];
    }

    /** Neighbours of site i, nearest first. */
    public List<Neighbor> of(int i) {
        if (i < 0 || i >= numSites) {
            throw new IndexOutOfBoundsException("site " + i);
        }
        List<Neighbor> out = new ArrayList<>(count(i));
        for (int k = start[i]; k < start[i + 1]; k++) {
            out.add(new Neighbor(neighbor[k], image(k), distance[k]));
        }
        return Collections.unmodifiableList(out);
    }
}
