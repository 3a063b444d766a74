package org.matinf.fiji.pattern;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.FloatProcessor;
import java.nio.file.Path;
import java.util.List;
import org.matinf.core.diffraction.pattern.SyntheticPatterns;
import org.matinf.core.image.GrayImage;

/** Synthetic patterns saved as 32-bit TIFF files (one slice each, or a stack) for the macro tests. */
final class PatternImages {
    private PatternImages() {
    }

    /** Saves the images as one TIFF (a stack when there are several) and returns its path as text. */
    static String save(Path file, List<SyntheticPatterns> slices) {
        ImageStack stack = null;
        for (SyntheticPatterns p : slices) {
            GrayImage g = p.image();
            if (stack == null) {
                stack = new ImageStack(g.width(), g.height());
            }
            stack.addSlice("", new FloatProcessor(g.width(), g.height(), g.pixels()));
        }
        ImagePlus imp = new ImagePlus(file.getFileName().toString(), stack);
        boolean ok = slices.size() > 1 ? new FileSaver(imp).saveAsTiffStack(file.toString())
                : new FileSaver(imp).saveAsTiff(file.toString());
        if (!ok) {
            throw new IllegalStateException("cannot write " + file);
        }
        return file.toString();
    }
}
