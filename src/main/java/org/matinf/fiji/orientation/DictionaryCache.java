package org.matinf.fiji.orientation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.matinf.core.diffraction.ebsd.EbsdDetector;
import org.matinf.core.diffraction.ebsd.KikuchiMasterPattern;
import org.matinf.core.diffraction.ebsd.KikuchiPatternSimulator;
import org.matinf.core.diffraction.ebsd.OrientationDictionary;
import org.matinf.core.io.StructureIO;
import org.matinf.core.orientation.CrystalSymmetry;
import org.matinf.core.progress.ProgressListener;
import org.matinf.fiji.electron.MasterPatternCache;

/**
 * The last EBSD dictionary built in this session, kept for the next Dictionary Indexing with the
 * same structure file (path, size and modification time), detector geometry, voltage, pattern size
 * and step. One dictionary only, since they are large; the master pattern comes from
 * {@link MasterPatternCache} (501 points per hemisphere side). Thread-safe; a build holds the lock.
 */
final class DictionaryCache {
    /** Master pattern points per hemisphere side, as Simulate EBSD Pattern and the dataset generator. */
    static final int RESOLUTION = 501;

    private static String lastKey;
    private static OrientationDictionary last;
    private static int builds;

    private DictionaryCache() {
    }

    /**
     * The dictionary of the (first) structure in {@code file} for this detector, voltage and step,
     * covering the fundamental zone of the structure's Laue class.
     *
     * @throws org.matinf.core.InputException for a bad structure file
     * @throws IllegalArgumentException for bad settings or a dictionary too large for the memory
     */
    static synchronized OrientationDictionary get(Path file, EbsdDetector detector, double kilovolts, double step,
            ProgressListener progress) {
        String key = key(file, detector, kilovolts, step);
        if (key.equals(lastKey)) {
            return last;
        }
        last = null; // let the old dictionary go before building the new one
        lastKey = null;
        OrientationDictionary.orientationCount(org.matinf.core.orientation.LaueGroup.BAR_1, step); // checks the step first
        KikuchiMasterPattern master = MasterPatternCache.get(file, kilovolts, RESOLUTION, progress);
        OrientationDictionary dictionary = OrientationDictionary.builder(new KikuchiPatternSimulator(master, detector),
                CrystalSymmetry.laueGroup(StructureIO.read(file))).step(step).progress(progress).build();
        builds++;
        last = dictionary;
        lastKey = key;
        return dictionary;
    }

    /** How many dictionaries were built (not taken from the cache) in this session. */
    static synchronized int builds() {
        return builds;
    }

    private static String key(Path file, EbsdDetector d, double kilovolts, double step) {
        Path p = file.toAbsolutePath().normalize();
        String stamp;
        try {
            stamp = Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException ex) {
            stamp = "?";
        }
        return p + "|" + stamp + "|" + kilovolts + "|" + step + "|" + d.rows() + "x" + d.cols() + "|" + Arrays.toString(d.pc()) + "|"
                + d.sampleTilt() + "|" + d.detectorTilt();
    }
}
