package org.matinf.core.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.Futures;
import org.matinf.core.progress.ProgressListener;

/**
 * A training set of simulated diffraction patterns with their orientations: N patterns of one
 * crystal in random orientations, made realistic ({@link Realism}), written to a folder as
 * <ul>
 * <li>{@code patterns.tif}: a multi-page TIFF, one pattern per page ({@link TiffStackWriter}); 8 or
 * 16 bits with each pattern stretched from its minimum (0) to its maximum (255 or 65535), or
 * 32-bit floats as they are;</li>
 * <li>{@code labels.csv}: {@code slice,phi1,Phi,phi2,q0,q1,q2,q3}, slice 1-based, Bunge angles in
 * degrees, quaternion scalar first;</li>
 * <li>{@code dataset.json}: the parameters ({@link DatasetDescription}).</li>
 * </ul>
 *
 * <p>Determinism: pattern i takes its orientation from a random generator seeded by (seed, i, 0)
 * and its realism from one seeded by (seed, i, 1), so the same seed gives byte-identical
 * {@code patterns.tif} and {@code labels.csv} whatever the number of threads, and the orientations
 * depend only on the seed and the sampling (datasets of other types or realism with the same seed
 * have the same labels).
 *
 * <p>Patterns are rendered in parallel, a few per thread ahead of the writer, and written in order
 * page by page, so memory does not grow with N. The files are first written as
 * {@code .patterns.tif.part}, {@code .labels.csv.part}, {@code .dataset.json.part} and moved into
 * place only when complete, {@code dataset.json} last: a folder with a {@code dataset.json} holds a
 * complete dataset. A failed or cancelled run deletes its temporary files and leaves a previous
 * dataset untouched; a rerun after a crash starts again (and overwrites stale temporary files).
 * When the folder already holds a complete dataset with the same parameters, nothing is written
 * ({@link DatasetResult#reused()}).
 */
public final class DiffractionDataset {
    /** File name of the patterns. */
    public static final String PATTERNS = "patterns.tif";
    /** File name of the labels. */
    public static final String LABELS = "labels.csv";
    /** File name of the description. */
    public static final String DESCRIPTION = "dataset.json";
    /** First line of {@code labels.csv}. */
    public static final String LABELS_HEADER = "slice,phi1,Phi,phi2,q0,q1,q2,q3";
    /** Suffix of the temporary files. */
    static final String PART = ".part";
    private static final int ORIENTATION_STREAM = 0;
    private static final int REALISM_STREAM = 1;
    private static final int AHEAD_PER_THREAD = 4;

    private final PatternSource source;
    private final OrientationSampler sampler;
    private final Realism realism;
    private final RealismApplier applier;
    private final int count;
    private final long seed;
    private final int bits;
    private final int threads;
    private final String structureName;

    private DiffractionDataset(Builder b) {
        if (b.source == null) {
            throw new IllegalArgumentException("no pattern source");
        }
        checkCount(b.count);
        if (b.source.size() <= 0) {
            throw new IllegalArgumentException("size must be a positive number of pixels, got " + b.source.size());
        }
        if (b.bits != 8 && b.bits != 16 && b.bits != 32) {
            throw new IllegalArgumentException("bits must be 8, 16 or 32, got " + b.bits);
        }
        if (b.threads <= 0) {
            throw new IllegalArgumentException("threads must be at least 1, got " + b.threads);
        }
        this.source = b.source;
        this.sampler = b.sampler;
        this.realism = b.realism;
        this.applier = new RealismApplier(b.realism);
        this.count = b.count;
        this.seed = b.seed;
        this.bits = b.bits;
        this.threads = b.threads;
        this.structureName = b.structureName;
    }

    /** @throws IllegalArgumentException unless {@code n} ≥ 1 (the message names the macro key n) */
    public static void checkCount(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be a positive number of patterns, got " + n);
        }
    }

    /** A builder for a dataset from {@code source}: uniform orientations, no realism, 1000 patterns, seed 1, 8 bits. */
    public static Builder builder(PatternSource source) {
        return new Builder(source);
    }

    public PatternSource source() {
        return source;
    }

    public OrientationSampler sampler() {
        return sampler;
    }

    public Realism realism() {
        return realism;
    }

    public int count() {
        return count;
    }

    public long seed() {
        return seed;
    }

    public int bits() {
        return bits;
    }

    /** The structure file's name as given (written to dataset.json). */
    public String structureName() {
        return structureName;
    }

    /**
     * The seed of random stream {@code stream} of pattern {@code index} (0-based): SplitMix64's
     * mixing of the three numbers, so every pattern can be made on its own, in any order.
     */
    static long patternSeed(long seed, long index, int stream) {
        return mix(mix(mix(seed) ^ index) + stream);
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The orientation of pattern {@code index} (0-based), as in {@code labels.csv}. */
    public Orientation orientation(int index) {
        return sampler.next(new SplittableRandom(patternSeed(seed, index, ORIENTATION_STREAM)));
    }

    /**
     * Pattern {@code index} (0-based) after realism, before the conversion to the file's bit depth:
     * intensities in units of the noise-free pattern's maximum.
     */
    public GrayImage pattern(int index) {
        return render(index).image;
    }

    private Rendered render(int index) {
        Orientation o = orientation(index);
        RealismDraw draw = applier.draw(new SplittableRandom(patternSeed(seed, index, REALISM_STREAM)));
        GrayImage raw = source.render(o, draw.jitter());
        int n = source.size();
        if (raw == null || raw.width() != n || raw.height() != n) {
            throw new IllegalStateException("pattern " + (index + 1) + ": the " + source.kind() + " simulator returned "
                    + (raw == null ? "nothing" : raw.width() + " x " + raw.height() + " pixels") + ", expected " + n + " x " + n);
        }
        try {
            return new Rendered(o, applier.apply(raw, draw));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("pattern " + (index + 1) + ": " + ex.getMessage(), ex);
        }
    }

    private record Rendered(Orientation orientation, GrayImage image) {
    }

    /**
     * The pixels as written to a file of {@code bits}: for 8 and 16 bits the pattern stretched from
     * its minimum (0) to its maximum (255 or 65535), a flat pattern all 0; for 32 bits unchanged.
     */
    static float[] scaled(float[] pixels, int bits) {
        if (bits == 32) {
            return pixels;
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : pixels) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double top = bits == 8 ? 255 : 65535;
        double k = max > min ? top / ((double) max - min) : 0;
        float[] out = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = (float) ((pixels[i] - (double) min) * k);
        }
        return out;
    }

    /**
     * Generates the dataset into {@code folder} (created if missing).
     *
     * @throws IllegalArgumentException if the folder is a file or cannot be created
     * @throws org.matinf.core.progress.CancelledException if the listener says so
     * @throws IOException if a file cannot be written
     */
    public DatasetResult write(Path folder, ProgressListener progress) throws IOException {
        prepareFolder(folder);
        Path patterns = folder.resolve(PATTERNS);
        Path labels = folder.resolve(LABELS);
        Path description = folder.resolve(DESCRIPTION);
        ObjectNode parameters = DatasetDescription.parameters(this);
        if (isComplete(folder, parameters)) {
            progress.progress(count, count, "dataset already complete");
            return new DatasetResult(patterns, labels, description, count, true, 0);
        }
        Path patternsPart = part(folder, PATTERNS);
        Path labelsPart = part(folder, LABELS);
        Path descriptionPart = part(folder, DESCRIPTION);
        long start = System.nanoTime();
        boolean done = false;
        try {
            writeFiles(patternsPart, labelsPart, progress);
            long millis = (System.nanoTime() - start) / 1_000_000;
            DatasetDescription.write(descriptionPart, parameters, millis);
            Files.deleteIfExists(description);
            move(patternsPart, patterns);
            move(labelsPart, labels);
            move(descriptionPart, description);
            done = true;
            return new DatasetResult(patterns, labels, description, count, false, millis);
        } finally {
            if (!done) {
                Files.deleteIfExists(patternsPart);
                Files.deleteIfExists(labelsPart);
                Files.deleteIfExists(descriptionPart);
            }
        }
    }

    /** The temporary name of a dataset file: hidden, ending in .part. */
    static Path part(Path folder, String name) {
        return folder.resolve("." + name + PART);
    }

    /**
     * Creates the output folder if missing and checks that it is a writable folder; callers may
     * check early, before setting up an expensive simulator.
     *
     * @throws IllegalArgumentException if it is a file, cannot be created or is not writable
     */
    public static void prepareFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("output " + folder + " is a file; give a folder for the dataset");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException ex) {
            throw new IllegalArgumentException("cannot create the output folder " + folder + " (" + ex + ")", ex);
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("cannot write in the output folder " + folder);
        }
    }

    /** True when the folder holds a complete dataset with these parameters (description, file sizes, label rows). */
    private boolean isComplete(Path folder, ObjectNode parameters) throws IOException {
        Path patterns = folder.resolve(PATTERNS);
        Path labels = folder.resolve(LABELS);
        int size = source.size();
        if (!DatasetDescription.matches(folder.resolve(DESCRIPTION), parameters) || !Files.isRegularFile(patterns)
                || Files.size(patterns) != TiffStackWriter.fileSize(size, size, count, bits) || !Files.isRegularFile(labels)) {
            return false;
        }
        long lines = 0;
        try (BufferedReader r = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
            while (r.readLine() != null) {
                lines++;
            }
        }
        return lines == count + 1L;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void writeFiles(Path patternsFile, Path labelsFile, ProgressListener progress) throws IOException {
        int size = source.size();
        String title = "Generating " + count + " " + source.kind() + " patterns";
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try (TiffStackWriter tiff = new TiffStackWriter(patternsFile, size, size, count, bits);
                BufferedWriter csv = Files.newBufferedWriter(labelsFile, StandardCharsets.UTF_8)) {
            csv.write(LABELS_HEADER);
            csv.write('\n');
            ArrayDeque<Future<Rendered>> ahead = new ArrayDeque<>();
            int submitted = 0;
            int window = AHEAD_PER_THREAD * threads;
            for (int i = 0; i < count; i++) {
                while (submitted < count && ahead.size() < window) {
                    int index = submitted++;
                    ahead.add(pool.submit(() -> render(index)));
                }
                Rendered r = Futures.join(ahead.poll());
                tiff.writePage(scaled(r.image.pixels(), bits));
                csv.write(label(i + 1, r.orientation));
                progress.progress(i + 1, count, title + ": " + (i + 1) + "/" + count);
                progress.checkCancelled();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "matinf-dataset-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** One row of labels.csv. */
    static String label(int slice, Orientation o) {
        double[] e = o.bunge();
        double[] q = o.quaternion();
        return String.format(Locale.ROOT, "%d,%.10f,%.10f,%.10f,%.12f,%.12f,%.12f,%.12f%n", slice, e[0], e[1], e[2],
                q[0], q[1], q[2], q[3]).replace("\r\n", "\n");
    }

    /** Builds a {@link DiffractionDataset}. */
    public static final class Builder {
        private final PatternSource source;
        private OrientationSampler sampler = new UniformSampler();
        private Realism realism = Realism.NONE;
        private int count = 1000;
        private long seed = 1;
        private int bits = 8;
        private int threads = Runtime.getRuntime().availableProcessors();
        private String structureName = "";

        private Builder(PatternSource source) {
            this.source = source;
        }

        /** How orientations are drawn (default uniform over all rotations). */
        public Builder sampler(OrientationSampler s) {
            this.sampler = s == null ? new UniformSampler() : s;
            return this;
        }

        public Builder realism(Realism r) {
            this.realism = r == null ? Realism.NONE : r;
            return this;
        }

        /** Number of patterns N. */
        public Builder count(int n) {
            this.count = n;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** Bit depth of patterns.tif: 8, 16 or 32. */
        public Builder bits(int b) {
            this.bits = b;
            return this;
        }

        /** Rendering threads (default: all processors); the files do not depend on it. */
        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /** The structure file's name for dataset.json (a name, not a path). */
        public Builder structure(String name) {
            this.structureName = name == null ? "" : name;
            return this;
        }

        /** @throws IllegalArgumentException for a bad N, size, bit depth or thread count */
        public DiffractionDataset build() {
            return new DiffractionDataset(this);
        }
    }
}
