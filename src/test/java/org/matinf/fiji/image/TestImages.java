package org.matinf.fiji.image;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import java.util.Random;

/** Synthetic calibrated pattern stacks for the image command tests. */
final class TestImages {
    private TestImages() {
    }

    /**
     * A stack of spot patterns (halo, a few Gaussian spots, noise, one hot pixel per slice),
     * different per slice, calibrated 0.02 1/nm per pixel, slices labelled "frame N".
     */
    static ImagePlus patternStack(int width, int height, int slices) {
        ImageStack stack = new ImageStack(width, height);
        Random rnd = new Random(42);
        for (int s = 1; s <= slices; s++) {
            float[] p = new float[width * height];
            double cx = width / 2.0 + s;
            double cy = height / 2.0 - s;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double r = Math.hypot(x - cx, y - cy);
                    double v = 500 * Math.exp(-r / 15) + 20 + 3 * rnd.nextGaussian();
                    for (int k = 0; k < 6; k++) {
                        double a = k * Math.PI / 3 + 0.1 * s;
                        double sx = cx + 25 * Math.cos(a);
                        double sy = cy + 25 * Math.sin(a);
                        v += 200 * Math.exp(-((x - sx) * (x - sx) + (y - sy) * (y - sy)) / 4.5);
                    }
                    p[y * width + x] = (float) v;
                }
            }
            p[(10 + s) * width + 12] += 5000;
            stack.addSlice("frame " + s, new FloatProcessor(width, height, p));
        }
        ImagePlus imp = new ImagePlus("pattern", stack);
        Calibration cal = imp.getCalibration();
        cal.pixelWidth = 0.02;
        cal.pixelHeight = 0.02;
        cal.setUnit("1/nm");
        return imp;
    }

    /** Slices of bright discs (radius 20 + 5·(slice − 1)) on a dark ground, calibrated 0.5 nm per pixel. */
    static ImagePlus discStack(int size, int slices) {
        ImageStack stack = new ImageStack(size, size);
        for (int s = 1; s <= slices; s++) {
            double r = 20 + 5 * (s - 1);
            double c = size / 2.0 - 0.3;
            float[] p = new float[size * size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    p[y * size + x] = Math.hypot(x - c, y - c) <= r ? 120 : 20;
                }
            }
            stack.addSlice("disc " + s, new FloatProcessor(size, size, p));
        }
        ImagePlus imp = new ImagePlus("discs", stack);
        Calibration cal = imp.getCalibration();
        cal.pixelWidth = 0.5;
        cal.pixelHeight = 0.5;
        cal.setUnit("nm");
        return imp;
    }
}
