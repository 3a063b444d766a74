package org.matinf.core.structure;

import java.util.Arrays;

/**
 * Periodic neighbour search with cell lists: the periodic images that can lie within the radius of
 * the unit cell are generated once, binned into cubes of edge {@code radius}, and each site looks
 * only at the 27 cubes around it. Cost grows with the number of pairs, not with N² or the number
 * of images, so cells of thousands of atoms are fast.
 */
public final class NeighborSearch {
    /** Pairs closer than this (Å) are the site itself and are left out. */
    public static final double SELF_TOLERANCE = 1e-8;

    private NeighborSearch() {
    }

    /** Every neighbour within {@code radius} Å of every site of {@code s}. */
    public static NeighborList search(Structure s, double radius) {
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("Neighbour radius must be a positive number of Å: " + radius);
        }
        int n = s.numSites();
        Lattice lat = s.lattice();
        double[][] m = lat.matrix();
        // wrapped fractional coordinates and the whole-cell shift each site needed
        double[][] wf = new double[n][3];
        int[][] shift = new int[n][3];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                double f = s.site(i).frac(k);
                double fl = s.isPeriodic() ? Math.floor(f) : 0;
                wf[i][k] = f - fl;
                shift[i][k] = (int) fl;
            }
        }
        // how many cell widths of images to generate along each axis
        int[] reach = new int[3];
        double[] pad = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        if (s.isPeriodic()) {
            Lattice rec = lat.reciprocalLatticeCrystallographic();
            for (int k = 0; k < 3; k++) {
                double spacing = 1.0 / Vec3.norm(rec.vector(k));
                pad[k] = radius / spacing;
                reach[k] = (int) Math.ceil(pad[k]);
            }
        }
        // image points: site index, image, Cartesian position
        int cap = n * 8;
        int[] pIdx = new int[cap];
        int[] pImg = new int[cap * 3];
        double[] pPos = new double[cap * 3];
        int np = 0;
        double[] cart = new double[3];
        for (int i = 0; i < n; i++) {
            for (int a = -reach[0]; a <= reach[0]; a++) {
                double fa = wf[i][0] + a;
                if (fa < -pad[0] || fa > 1 + pad[0]) {
                    continue;
                }
                for (int b = -reach[1]; b <= reach[1]; b++) {
                    double fb = wf[i][1] + b;
                    if (fb < -pad[1] || fb > 1 + pad[1]) {
                        continue;
                    }
                    for (int c = -reach[2]; c <= reach[2]; c++) {
                        double fc = wf[i][2] + c;
                        if (fc < -pad[2] || fc > 1 + pad[2]) {
                            continue;
                        }
                        if (np == cap) {
                            cap *= 2;
                            pIdx = Arrays.copyOf(pIdx, cap);
                            pImg = Arrays.copyOf(pImg, cap * 3);
                            pPos = Arrays.copyOf(pPos, cap * 3);
                        }
                        lat.toCartesian(fa, fb, fc, cart);
                        pIdx[np] = i;
                        pImg[3 * np] = a;
                        pImg[3 * np + 1] = b;
                        pImg[3 * np + 2] = c;
                        pPos[3 * np] = cart[0];
                        pPos[3 * np + 1] = cart[1];
                        pPos[3 * np + 2] = cart[2];
                        np++;
                    }
                }
            }
        }
        // bin the image points
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int p = 0; p < np; p++) {
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.min(lo[k], pPos[3 * p + k]);
                hi[k] = Math.max(hi[k], pPos[3 * p + k]);
            }
        }
        double bin = radius;
        int[] dim = new int[3];
        for (int k = 0; k < 3; k++) {
            dim[k] = Math.max(1, (int) Math.floor((hi[k] - lo[k]) / bin) + 1);
        }
        // keep the grid bounded in size for huge boxes with tiny radii
        while ((long) dim[0] * dim[1] * dim[2] > 4L * np + 1000) {
            bin *= 1.5;
            for (int k = 0; k < 3; k++) {
                dim[k] = Math.max(1, (int) Math.floor((hi[k] - lo[k]) / bin) + 1);
            }
        }
        int nb = dim[0] * dim[1] * dim[2];
        int[] head = new int[nb + 1];
        int[] pBin = new int[np];
        for (int p = 0; p < np; p++) {
            int bx = Math.min(dim[0] - 1, (int) ((pPos[3 * p] - lo[0]) / bin));
            int by = Math.min(dim[1] - 1, (int) ((pPos[3 * p + 1] - lo[1]) / bin));
            int bz = Math.min(dim[2] - 1, (int) ((pPos[3 * p + 2] - lo[2]) / bin));
            pBin[p] = (bx * dim[1] + by) * dim[2] + bz;
            head[pBin[p] + 1]++;
        }
        for (int b = 0; b < nb; b++) {
            head[b + 1] += head[b];
        }
        int[] order = new int[np];
        int[] fill = Arrays.copyOf(head, nb);
        for (int p = 0; p < np; p++) {
            order[fill[pBin[p]]++] = p;
        }
        int reachBins = (int) Math.ceil(radius / bin);
        double r2 = radius * radius;
        // search
        int outCap = Math.max(16, n * 16);
        int[] oc = new int[outCap];
        int[] on = new int[outCap];
        int[] oi = new int[outCap * 3];
        double[] od = new double[outCap];
        int no = 0;
        for (int i = 0; i < n; i++) {
            lat.toCartesian(wf[i][0], wf[i][1], wf[i][2], cart);
            double x = cart[0];
            double y = cart[1];
            double z = cart[2];
            int bx = (int) Math.floor((x - lo[0]) / bin);
            int by = (int) Math.floor((y - lo[1]) / bin);
            int bz = (int) Math.floor((z - lo[2]) / bin);
            int start = no;
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
                            if (no == outCap) {
                                outCap *= 2;
                                oc = Arrays.copyOf(oc, outCap);
                                on = Arrays.copyOf(on, outCap);
                                oi = Arrays.copyOf(oi, outCap * 3);
                                od = Arrays.copyOf(od, outCap);
                            }
                            int j = pIdx[p];
                            oc[no] = i;
                            on[no] = j;
                            for (int k = 0; k < 3; k++) {
                                oi[3 * no + k] = pImg[3 * p + k] - shift[j][k] + shift[i][k];
                            }
                            od[no] = d;
                            no++;
                        }
                    }
                }
            }
            sortByDistance(start, no, on, oi, od);
        }
        return new NeighborList(radius, n, Arrays.copyOf(oc, no), Arrays.copyOf(on, no), Arrays.copyOf(oi, no * 3),
                Arrays.copyOf(od, no));
    }

    /** Sorts entries [from, to) by distance, then neighbour index, then image. */
    private static void sortByDistance(int from, int to, int[] on, int[] oi, double[] od) {
        int len = to - from;
        if (len < 2) {
            return;
        }
        Integer[] idx = new Integer[len];
        for (int k = 0; k < len; k++) {
            idx[k] = from + k;
        }
        Arrays.sort(idx, (p, q) -> {
            int c = Double.compare(od[p], od[q]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(on[p], on[q]);
            for (int k = 0; c == 0 && k < 3; k++) {
                c = Integer.compare(oi[3 * p + k], oi[3 * q + k]);
            }
            return c;
        });
        int[] n2 = new int[len];
        int[] i2 = new int[len * 3];
        double[] d2 = new double[len];
        for (int k = 0; k < len; k++) {
            int s = idx[k];
            n2[k] = on[s];
            d2[k] = od[s];
            System.arraycopy(oi, 3 * s, i2, 3 * k, 3);
        }
        System.arraycopy(n2, 0, on, from, len);
        System.arraycopy(d2, 0, od, from, len);
        System.arraycopy(i2, 0, oi, 3 * from, len * 3);
    }
}
