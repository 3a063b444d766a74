package org.matinf.fiji.electron;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.matinf.core.diffraction.ebsd.KikuchiMasterPattern;
import org.matinf.core.diffraction.ebsd.KikuchiReflectors;
import org.matinf.core.io.StructureIO;
import org.matinf.core.progress.ProgressListener;

/**
 * The last two kinematic master patterns built in this session, keyed by structure file (path,
 * size and modification time), voltage and resolution, so that repeated commands on the same
 * crystal do not rebuild them. Thread-safe; a build holds the cache's lock.
 */
public final class MasterPatternCache {
    private static final int CAPACITY = 2;
    private static final Map<String, KikuchiMasterPattern> CACHE = new LinkedHashMap<>(4, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KikuchiMasterPattern> eldest) {
            return size() > CAPACITY;
        }
    };
    private static int builds;

    private MasterPatternCache() {
    }

    /**
     * The master pattern of the (first) structure in {@code file} at {@code kilovolts} with
     * {@code resolution} points per hemisphere side and the default reflectors (d ≥ 0.5 Å).
     *
     * @throws org.matinf.core.InputException for a bad structure file
     * @throws IllegalArgumentException for a bad voltage or resolution
     */
    public static synchronized KikuchiMasterPattern get(Path file, double kilovolts, int resolution,
            ProgressListener progress) {
        String key = key(file, kilovolts, resolution);
        KikuchiMasterPattern master = CACHE.get(key);
        if (master == null) {
            KikuchiMasterPattern.Builder builder = KikuchiMasterPattern.builder(
                    KikuchiReflectors.of(StructureIO.read(file), kilovolts));
            master = builder.resolution(resolution).progress(progress).build();
            builds++;
            CACHE.put(key, master);
        }
        return master;
    }

    /** How many master patterns were built (not taken from the cache) in this session. */
    public static synchronized int builds() {
        return builds;
    }

    private static String key(Path file, double kilovolts, int resolution) {
        Path p = file.toAbsolutePath().normalize();
        String stamp;
        try {
            stamp = Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException ex) {
            stamp = "?"; // StructureIO reports the missing file
        }
        return p + "|" + stamp + "|" + kilovolts + "|" + resolution;
    }
}
