package org.matinf.core.structure;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Periodic neighbour search with cell lists: the periodic images that can lie within the radius of
 * the unit cell are generated once, binned into cubes of edge radius/2, and each site looks
 * only at the cubes around it. Cost grows with the number of pairs, not with N² or the number of
 * images, so cells of thousands of atoms are fast. Large searches run on all cores; the result is
 * the same, in the same order, whatever the number of threads.
 */
public final class NeighborSearch {
    /** Pairs closer than this (Å) are the site itself and are left out. */
    public static final double SELF_TOLERANCE = 1e-8;
    /** Centres per parallel task. */
    private static final int CHUNK = 256;

    private final Lattice lat;
    private final int n;
    private final double radius;
    private final double[][] wrapped;
    private final int[][] shift;
    // image points
    private int np;
    private int[] pIdx;
    private int[] pImg;
    private double[] pPos;
    // bins
    private final double[] lo = new double[3];
    private final int[] dim = new int[3];
    private double bin;
    private int[] head;
    private int[] order;

    private NeighborSearch(Structure s, double radius) {
        this.lat = s.lattice();
        this.n = s.numSites();
        this.radius = radius;
        this.wrapped = new double[n][3];
        this.shift = new int[n][3];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                double f = s.site(i).frac(k);
                double fl = s.isPeriodic() ? Math.floor(f) : 0;
                wrapped[i][k] = f - fl;
                shift[i][k] = (int) fl;
            }
        }
        makeImages(s.isPeriodic());
        makeBins();
    }

    /** Every neighbour within {@code radius} Å of every site of {@code s}. */
    public static NeighborList search(Structure s, double radius) {
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("Neighbour radius must be a positive number of Å: " + radius);
        }
        NeighborSearch ns = new NeighborSearch(s, radius);
        int chunks = (ns.n + CHUNK - 1) / CHUNK;
        Pairs[] parts = new Pairs[chunks];
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range).forEach(c -> parts[c] = ns.centres(c * CHUNK, Math.min(ns.n, (c + 1) * CHUNK)));
        return Pairs.concat(parts, radius, ns.n);
    }

    /** Generates the images of every site that can lie within the radius of the unit cell. */
    private void makeImages(boolean periodic) {
        int[] reach = new int[3];
        double[] pad = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        if (periodic) {
            Lattice rec = lat.reciprocalLatticeCrystallographic();
            for (int k = 0; k < 3; k++) {
                double spacing = 1.0 / Vec3.norm(rec.vector(k));
                pad[k] = radius / spacing;
                reach[k] = (int) Math.ceil(pad[k]);
            }
        }
        int cap = Math.max(16, n * 8);
        pIdx = new int[cap];
        pImg = new int[cap * 3];
        pPos = new double[cap * 3];
        double[] cart = new double[3];
        for (int i = 0; i < n; i++) {
            for (int a = -reach[0]; a <= reach[0]; a++) {
                double fa = wrapped[i][0] + a;
                if (fa < -pad[0] || fa > 1 + pad[0]) {
                    continue;
                }
                for (int b = -reach[1]; b <= reach[1]; b++) {
                    double fb = wrapped[i][1] + b;
                    if (fb < -pad[1] || fb > 1 + pad[1]) {
                        continue;
                    }
                    for (int c = -reach[2]; c <= reach[2]; c++) {
                        double fc = wrapped[i][2] + c;
                        if (fc < -pad[2] || fc > 1 + pad[2]) {
                            continue;
                        }
                        if (np == pIdx.length) {
                            int newCap = pIdx.length * 2;
                            pIdx = Arrays.copyOf(pIdx, newCap);
                            pImg = Arrays.copyOf(pImg, newCap * 3);
                            pPos = Arrays.copyOf(pPos, newCap * 3);
                        }
                        lat.toCartesian(fa, fb, fc, cart);
                        pIdx[np] = i;
                        pImg[3 * np] = a;
                        pImg[3 * np + 1] = b;
                        pImg[3 * np + 2] = c;
                        System.arraycopy(cart, 0, pPos, 3 * np, 3);
                        np++;
                    }
                }
            }
        }
    }

    /** Sorts the image points into cubic bins (counting sort). */
    private void makeBins() {
        double[] hi = new double[3];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int p = 0; p < np; p++) {
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.min(lo[k], pPos[3 * p + k]);
                hi[k] = Math.max(hi[k], pPos[3 * p + k]);
            }
        }
        bin = radius / 2;
        setDims(hi);
        // keep the grid bounded in size for huge boxes with tiny radii
        while ((long) dim[0] * dim[1] * dim[2] > 4L * np + 1000) {
            bin *= 1.5;
            setDims(hi);
        }
        int nb = dim[0] * dim[1] * dim[2];
        head = new int[nb + 1];
        int[] pBin = new int[np];
        for (int p = 0; p < np; p++) {
            pBin[p] = binOf(pPos[3 * p], pPos[3 * p + 1], pPos[3 * p + 2]);
            head[pBin[p] + 1]++;
        }
        for (int b = 0; b < nb; b++) {
            head[b + 1] += head[b];
        }
        order = new int[np];
        int[] fill = Arrays.copyOf(head, nb);
        for (int p = 0; p < np; p++) {
            order[fill[pBin[p]]++] = p;
        }
    }

    private void setDims(double[] hi) {
        for (int k = 0; k < 3; k++) {
            dim[k] = Math.max(1, (int) Math.floor((hi[k] - lo[k]) / bin) + 1);
        }
    }

    private int binOf(double x, double y, double z) {
        int bx = Math.min(dim[0] - 1, (int) ((x - lo[0]) / bin));
        int by = Math.min(dim[1] - 1, (int) ((y - lo[1]) / bin));
        int bz = Math.min(dim[2] - 1, (int) ((z - lo[2]) / bin));
        return (bx * dim[1] + by) * dim[2] + bz;
    }

    /** Neighbours of the centres [from, to). */
    private Pairs centres(int from, int to) {
        Pairs out = new Pairs(Math.max(16, (to - from) * 16));
        int reachBins = (int) Math.ceil(radius / bin);
        double r2 = radius * radius;
        double[] cart = new double[3];
        for (int i = from; i < to; i++) {
            lat.toCartesian(wrapped[i][0], wrapped[i][1], wrapped[i][2], cart);
            double x = cart[0];
            double y = cart[1];
            double z = cart[2];
            int bx = (int) Math.floor((x - lo[0]) / bin);
            int by = (int) Math.floor((y - lo[1]) / bin);
            int bz = (int) Math.floor((z - lo[2]) / bin);
            int start = out.size;
            for (int ix = Math.max(0, bx - reachBins); ix <= Math.min(dim[0] - 1, bx + reachBins); ix++) {
                for (int iy = Math.max(0, by - reachBins); iy <= Math.min(dim[1] - 1, by + reachBins); iy++) {
                    for (int iz = Math.max(0, bz - reachBins); iz <= Math.min(dim[2] - 1, bz + reachBins); iz++) {
                        int b = (ix * dim[1] + iy) * dim[2] + iz;
                        for (int q = head[b]; q < head[b + 1]; q++) {
                            int p = order[q];
                            double dx = pPos[3 * p] - x;
                            double dy = pPos[3 * p + 1] - y;
                            double dz = pPos[3 * p + 2] - z;
                            double d2 = dx * dx + dy * dy + dz * dz;
                            if (d2 > r2) {
                                continue;
                            }
                            double d = Math.sqrt(d2);
                            if (d < SELF_TOLERANCE) {
                                continue;
                            }
                            int j = pIdx[p];
                            out.add(i, j, pImg[3 * p] - shift[j][0] + shift[i][0], pImg[3 * p + 1] - shift[j][1] + shift[i][1],
                                    pImg[3 * p + 2] - shift[j][2] + shift[i][2], d);
                        }
                    }
                }
            }
            out.sortRange(start, out.size);
        }
        return out;
    }

    /** A growable block of pairs. */
    private static final class Pairs {
        int size;
        int[] center;
        int[] neighbor;
        int[] image;
        double[] dist;

        Pairs(int cap) {
            center = new int[cap];
            neighbor = new int[cap];
            image = new int[3 * cap];
            dist = new double[cap];
        }

        void add(int i, int j, int a, int b, int c, double d) {
            if (size == center.length) {
                int cap = size * 2;
                center = Arrays.copyOf(center, cap);
                neighbor = Arrays.copyOf(neighbor, cap);
                image = Arrays.copyOf(image, 3 * cap);
                dist = Arrays.copyOf(dist, cap);
            }
            center[size] = i;
            neighbor[size] = j;
            image[3 * size] = a;
            image[3 * size + 1] = b;
            image[3 * size + 2] = c;
            dist[size] = d;
            size++;
        }

        /**
         * Sorts [from, to) by distance, neighbour index, image: an insertion sort of a permutation
         * (neighbour lists are short), applied to the arrays once at the end.
         */
        void sortRange(int from, int to) {
            int len = to - from;
            if (len < 2) {
                return;
            }
            int[] perm = new int[len];
            for (int k = 0; k < len; k++) {
                perm[k] = from + k;
            }
            for (int k = 1; k < len; k++) {
                int e = perm[k];
                int m = k - 1;
                while (m >= 0 && compare(perm[m], e) > 0) {
                    perm[m + 1] = perm[m];
                    m--;
                }
                perm[m + 1] = e;
            }
            int[] nb = new int[len];
            int[] im = new int[3 * len];
            double[] d = new double[len];
            for (int k = 0; k < len; k++) {
                int e = perm[k];
                nb[k] = neighbor[e];
                d[k] = dist[e];
                im[3 * k] = image[3 * e];
                im[3 * k + 1] = image[3 * e + 1];
                im[3 * k + 2] = image[3 * e + 2];
            }
            System.arraycopy(nb, 0, neighbor, from, len);
            System.arraycopy(d, 0, dist, from, len);
            System.arraycopy(im, 0, image, 3 * from, 3 * len);
        }

        private int compare(int p, int q) {
            int cmp = Double.compare(dist[p], dist[q]);
            if (cmp == 0) {
                cmp = Integer.compare(neighbor[p], neighbor[q]);
            }
            for (int k = 0; cmp == 0 && k < 3; k++) {
                cmp = Integer.compare(image[3 * p + k], image[3 * q + k]);
            }
            return cmp;
        }

        static NeighborList concat(Pairs[] parts, double radius, int numSites) {
            int total = 0;
            for (Pairs p : parts) {
                total += p.size;
            }
            int[] c = new int[total];
            int[] nb = new int[total];
            int[] im = new int[3 * total];
            double[] d = new double[total];
            int off = 0;
            for (Pairs p : parts) {
                System.arraycopy(p.center, 0, c, off, p.size);
                System.arraycopy(p.neighbor, 0, nb, off, p.size);
                System.arraycopy(p.image, 0, im, 3 * off, 3 * p.size);
                System.arraycopy(p.dist, 0, d, off, p.size);
                off += p.size;
            }
            return new NeighborList(radius, numSites, c, nb, im, d);
        }
    }
}
