package org.matinf.core.deep;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads the PyTorch engine of the Deep Java Library (DJL) on first use, offline, with its native
 * libraries (about 430 MB, unpacked once from the pytorch-native jar) in a folder MatInf controls:
 * the system property {@value #CACHE_PROPERTY} if set, else {@code ~/.matinf/djl}.
 *
 * <p>DJL finds the folder through {@code ENGINE_CACHE_DIR} and {@code DJL_CACHE_DIR} (environment
 * variable first, then system property); MatInf sets both system properties before the engine
 * loads, so an environment variable of that name still wins. It also sets {@code ai.djl.offline}
 * so DJL never downloads anything.
 *
 * <p>No MatInf class touches the engine in a class initialiser: a failure to load (glibc too old,
 * cache folder not writable, native jar missing) is reported by {@link #available()} /
 * {@link #problem()} and thrown by {@link #require()} as a {@link DeepEngineException}, and the
 * rest of MatInf keeps working.
 */
public final class DeepEngine {
    /** System property naming the folder for the engine's native libraries. */
    public static final String CACHE_PROPERTY = "matinf.djl.cache";
    /** DJL's name of the PyTorch engine. */
    public static final String PYTORCH = "PyTorch";

    private static Engine engine;
    private static DeepEngineException failure;

    private DeepEngine() {
    }

    /** The folder for the native libraries: {@value #CACHE_PROPERTY}, else {@code ~/.matinf/djl}. */
    public static Path cacheDir() {
        String p = System.getProperty(CACHE_PROPERTY);
        if (p != null && !p.isBlank()) {
            return Path.of(p).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".matinf", "djl");
    }

    /** True when the engine is loaded or loads now; never throws. */
    public static boolean available() {
        return load() != null;
    }

    /** Why the engine cannot be used, or null when it can (loads it if needed). */
    public static synchronized String problem() {
        load();
        return failure == null ? null : failure.getMessage();
    }

    /**
     * The PyTorch engine, loaded on the first call.
     *
     * @throws DeepEngineException naming the cache folder and the cause when it cannot be loaded
     */
    public static synchronized Engine require() {
        Engine e = load();
        if (e == null) {
            throw failure;
        }
        return e;
    }

    /** Seeds PyTorch's (and DJL's) random generators, for reproducible initialisation, dropout and shuffling. */
    public static void seed(long seed) {
        require().setRandomSeed((int) (seed ^ (seed >>> 32)));
    }

    private static synchronized Engine load() {
        if (engine != null || failure != null) {
            return engine;
        }
        Path cache = cacheDir();
        try {
            Files.createDirectories(cache);
            if (!Files.isWritable(cache)) {
                throw new IOException("not writable");
            }
        } catch (IOException | SecurityException ex) {
            failure = new DeepEngineException("cannot write the deep-learning cache folder " + cache + " (" + ex.getMessage()
                    + "); give a writable folder with -D" + CACHE_PROPERTY + "=...", ex);
            return null;
        }
        System.setProperty("ENGINE_CACHE_DIR", cache.toString());
        System.setProperty("DJL_CACHE_DIR", cache.toString());
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.default_engine", PYTORCH);
        try {
            engine = Engine.getEngine(PYTORCH);
        } catch (Throwable t) { // UnsatisfiedLinkError, EngineException, IllegalArgumentException, NoClassDefFoundError
            failure = new DeepEngineException(explain(t, cache), t);
        }
        return engine;
    }

    /** A message for a failed load: the cause in words, the folder, the underlying error. */
    static String explain(Throwable t, Path cache) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c).append(' ');
        }
        String text = all.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        String why;
        if (lower.contains("glibc") || lower.contains("glibcxx") || lower.contains("version `")) {
            why = "the system C library is too old for PyTorch (glibc 2.29 or newer is needed)";
        } else if (lower.contains("accessdenied") || lower.contains("permission denied") || lower.contains("read-only")) {
            why = "no write access to the cache folder";
        } else if (lower.contains("not found") || lower.contains("noclassdeffound") || lower.contains("classnotfound")
                || lower.contains("no deep learning engine") || lower.contains("nullpointer")) {
            why = "the PyTorch engine or its native library jar (pytorch-native-cpu) is missing";
        } else {
            why = "the PyTorch native library could not be loaded";
        }
        return "Deep learning is unavailable: " + why + ". Cache folder: " + cache + ". Cause: " + text.trim();
    }
}
