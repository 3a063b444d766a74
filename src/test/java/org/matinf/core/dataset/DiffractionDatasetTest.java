package org.matinf.core.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import ij.IJ;
import ij.ImagePlus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matinf.core.image.GrayImage;
import org.matinf.core.orientation.Orientation;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.ProgressListener;
import org.matinf.testutil.TestData;

/** The dataset folder: labels, pixels, determinism, streaming, atomic replacement and clear errors. */
class DiffractionDatasetTest {
    static final Realism REALISTIC = Realism.builder().dose(300).readNoise(0.01).background(0.2).blur(0.8).gainJitter(0.1)
            .gammaJitter(0.1).pcJitter(0.02).build();

    @TempDir
    Path dir;

    static DiffractionDataset.Builder dataset(int n, int size) {
        return DiffractionDataset.builder(new TestPatterns(size, "ebsd")).count(n).seed(17).realism(REALISTIC).threads(2)
                .structure("Si.cif");
    }

    static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** A source that throws on its {@code failAt}-th call. */
    static PatternSource failing(int size, int failAt) {
        AtomicInteger calls = new AtomicInteger();
        TestPatterns ok = new TestPatterns(size, "ebsd");
        return new PatternSource() {
            @Override
            public GrayImage render(Orientation o, PatternJitter j) {
                if (calls.incrementAndGet() == failAt) {
                    throw new IllegalStateException("simulator broke");
                }
                return ok.render(o, j);
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public String kind() {
                return "ebsd";
            }
        };
    }

    @Test
    void labelsAreTheSamplersOrientationsAndPagesThePatterns() throws IOException {
        DiffractionDataset d = dataset(120, 16).bits(32).build();
        DatasetResult r = d.write(dir, ProgressListener.NONE);
        assertFalse(r.reused());
        assertEquals(List.of("dataset.json", "labels.csv", "patterns.tif"), files(dir));
        List<String> lines = Files.readAllLines(r.labels());
        assertEquals("slice,phi1,Phi,phi2,q0,q1,q2,q3", lines.get(0));
        assertEquals(121, lines.size());
        List<Map<String, String>> rows = TestData.csv(r.labels());
        ImagePlus imp = IJ.openImage(r.patterns().toString());
        assertEquals(120, imp.getStackSize());
        for (int i = 0; i < 120; i++) {
            Map<String, String> row = rows.get(i);
            assertEquals(String.valueOf(i + 1), row.get("slice"));
            Orientation o = d.orientation(i);
            double[] e = o.bunge();
            double[] q = o.quaternion();
            String[] keys = {"phi1", "Phi", "phi2"};
            for (int k = 0; k < 3; k++) {
                assertEquals(e[k], Double.parseDouble(row.get(keys[k])), 1e-9, "row " + (i + 1) + " " + keys[k]);
            }
            for (int k = 0; k < 4; k++) {
                assertEquals(q[k], Double.parseDouble(row.get("q" + k)), 1e-11, "row " + (i + 1) + " q" + k);
            }
            Orientation back = Orientation.fromBunge(Double.parseDouble(row.get("phi1")), Double.parseDouble(row.get("Phi")),
                    Double.parseDouble(row.get("phi2")));
            assertTrue(back.equalsWithin(o, 1e-5), "row " + (i + 1) + ": Euler angles " + back + " and quaternion " + o
                    + " describe the same rotation");
            assertArrayEquals(d.pattern(i).pixels(), TiffStackWriterTest.values(imp.getStack(), i + 1), "slice " + (i + 1));
        }
    }

    /** 8 and 16 bits: each pattern stretched from its minimum (0) to its maximum (255 / 65535). */
    @Test
    void integerDepthsStretchEachPattern() throws IOException {
        for (int bits : new int[] {8, 16}) {
            Path out = dir.resolve("b" + bits);
            DiffractionDataset d = dataset(30, 20).bits(bits).build();
            ImagePlus imp = IJ.openImage(d.write(out, ProgressListener.NONE).patterns().toString());
            assertEquals(bits, imp.getBitDepth());
            for (int i = 0; i < 30; i++) {
                float[] expected = DiffractionDataset.scaled(d.pattern(i).pixels(), bits);
                float[] got = TiffStackWriterTest.values(imp.getStack(), i + 1);
                float lo = Float.POSITIVE_INFINITY;
                float hi = Float.NEGATIVE_INFINITY;
                for (int k = 0; k < got.length; k++) {
                    assertEquals(Math.round(expected[k]), got[k], 0, "slice " + (i + 1) + " pixel " + k);
                    lo = Math.min(lo, got[k]);
                    hi = Math.max(hi, got[k]);
                }
                assertEquals(0, lo);
                assertEquals(bits == 8 ? 255 : 65535, hi);
            }
        }
    }

    @Test
    void sameSeedGivesIdenticalFilesWhateverTheThreadCount() throws IOException {
        byte[][] first = null;
        for (int threads : new int[] {1, 2, 3}) {
            Path out = dir.resolve("t" + threads);
            dataset(300, 24).threads(threads).build().write(out, ProgressListener.NONE);
            byte[][] now = {Files.readAllBytes(out.resolve("patterns.tif")), Files.readAllBytes(out.resolve("labels.csv"))};
            if (first == null) {
                first = now;
            } else {
                assertArrayEquals(first[0], now[0], threads + " threads: patterns.tif");
                assertArrayEquals(first[1], now[1], threads + " threads: labels.csv");
            }
        }
        Path other = dir.resolve("seed18");
        dataset(300, 24).seed(18).build().write(other, ProgressListener.NONE);
        assertFalse(Files.mismatch(other.resolve("labels.csv"), dir.resolve("t1/labels.csv")) == -1, "another seed differs");
    }

    /** The labels depend only on seed and sampling: a clean and a realistic dataset share them. */
    @Test
    void labelsDoNotDependOnRealism() throws IOException {
        dataset(50, 12).build().write(dir.resolve("a"), ProgressListener.NONE);
        dataset(50, 12).realism(Realism.NONE).bits(32).build().write(dir.resolve("b"), ProgressListener.NONE);
        assertEquals(-1, Files.mismatch(dir.resolve("a/labels.csv"), dir.resolve("b/labels.csv")));
    }

    /** 20 000 patterns are written while they are rendered: the temporary TIFF grows during the run. */
    @Test
    void largeDatasetsAreStreamedToDisk() throws IOException {
        int n = 20_000;
        AtomicLong sizeAt15000 = new AtomicLong(-1);
        AtomicInteger calls = new AtomicInteger();
        TestPatterns patterns = new TestPatterns(16, "spot");
        Path part = DiffractionDataset.part(dir, DiffractionDataset.PATTERNS);
        PatternSource watched = new PatternSource() {
            @Override
            public GrayImage render(Orientation o, PatternJitter j) {
                if (calls.incrementAndGet() == 15_000) {
                    try {
                        sizeAt15000.set(Files.size(part));
                    } catch (IOException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
                return patterns.render(o, j);
            }

            @Override
            public int size() {
                return 16;
            }

            @Override
            public String kind() {
                return "spot";
            }
        };
        long start = System.nanoTime();
        DatasetResult r = DiffractionDataset.builder(watched).count(n).seed(2).realism(REALISTIC).threads(2).build()
                .write(dir, ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        // at most 8 patterns ahead of the writer and a 1 MiB buffer (4096 pages of 256 bytes) not yet on disk
        assertTrue(sizeAt15000.get() >= (15_000L - 8 - 4096) * 256, "temporary TIFF at pattern 15000: " + sizeAt15000.get());
        assertEquals(TiffStackWriter.fileSize(16, 16, n, 8), Files.size(r.patterns()));
        assertEquals(n, IJ.openVirtual(r.patterns().toString()).getStackSize());
        assertEquals(n + 1, Files.readAllLines(r.labels()).size());
        assertTrue(seconds < 60, "20 000 patterns took " + seconds + " s");
    }

    @Test
    void aFailedRunLeavesNoFilesAndKeepsAPreviousDataset() throws IOException {
        Path empty = dir.resolve("empty");
        IllegalStateException ex = assertThrows(IllegalStateException.class, () -> DiffractionDataset.builder(failing(16, 500))
                .count(1000).threads(2).build().write(empty, ProgressListener.NONE));
        assertEquals("simulator broke", ex.getMessage());
        assertEquals(List.of(), files(empty));

        Path full = dir.resolve("full");
        dataset(200, 16).build().write(full, ProgressListener.NONE);
        Map<String, byte[]> before = new HashMap<>();
        for (String f : files(full)) {
            before.put(f, Files.readAllBytes(full.resolve(f)));
        }
        assertThrows(IllegalStateException.class, () -> DiffractionDataset.builder(failing(16, 150)).count(200).seed(99)
                .threads(2).build().write(full, ProgressListener.NONE));
        assertEquals(List.of("dataset.json", "labels.csv", "patterns.tif"), files(full));
        for (String f : files(full)) {
            assertArrayEquals(before.get(f), Files.readAllBytes(full.resolve(f)), f + " unchanged");
        }
    }

    @Test
    void cancellingStopsAndCleansUp() throws IOException {
        AtomicInteger reports = new AtomicInteger();
        ProgressListener cancelAt30 = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                reports.set((int) done);
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 30;
            }
        };
        assertThrows(CancelledException.class, () -> dataset(500, 16).build().write(dir, cancelAt30));
        assertEquals(30, reports.get());
        assertEquals(List.of(), files(dir));
    }

    /** A rerun with the same parameters keeps the complete dataset; other parameters replace it; stale temporary files are overwritten. */
    @Test
    void rerunsReuseOrReplaceTheDataset() throws IOException {
        Files.writeString(DiffractionDataset.part(dir, DiffractionDataset.PATTERNS), "left over from a crash");
        Files.writeString(DiffractionDataset.part(dir, DiffractionDataset.LABELS), "left over");
        DatasetResult first = dataset(60, 16).build().write(dir, ProgressListener.NONE);
        assertFalse(first.reused());
        assertEquals(List.of("dataset.json", "labels.csv", "patterns.tif"), files(dir));
        FileTime written = Files.getLastModifiedTime(first.patterns());
        byte[] labels = Files.readAllBytes(first.labels());
        long[] progress = new long[2];
        DatasetResult again = dataset(60, 16).threads(1).build().write(dir, (done, total, m) -> {
            progress[0] = done;
            progress[1] = total;
        });
        assertTrue(again.reused());
        assertEquals(0, again.millis());
        assertEquals(written, Files.getLastModifiedTime(again.patterns()));
        assertArrayEquals(new long[] {60, 60}, progress);

        DatasetResult other = dataset(60, 16).seed(5).build().write(dir, ProgressListener.NONE);
        assertFalse(other.reused());
        assertFalse(Arrays.equals(labels, Files.readAllBytes(other.labels())));
        assertEquals(5, TestData.json(other.description()).get("seed").asInt());

        Files.writeString(dir.resolve("labels.csv"), "slice,phi1,Phi,phi2,q0,q1,q2,q3\n1,0,0,0,1,0,0,0\n");
        assertFalse(dataset(60, 16).seed(5).build().write(dir, ProgressListener.NONE).reused(), "a damaged dataset is made again");
    }

    @Test
    void descriptionHoldsTheParametersWithoutPaths() throws IOException {
        DatasetResult r = dataset(10, 16).bits(16).build().write(dir, ProgressListener.NONE);
        String text = Files.readString(r.description());
        assertFalse(text.contains(dir.toString()), text);
        JsonNode j = TestData.json(r.description());
        assertEquals("Si.cif", j.get("structure").asText());
        assertEquals("ebsd", j.get("type").asText());
        assertEquals(10, j.get("n").asInt());
        assertEquals(16, j.get("size").asInt());
        assertEquals(17, j.get("seed").asLong());
        assertEquals(16, j.get("bits").asInt());
        assertEquals("uniform", j.get("sampling").asText());
        assertEquals("gaussian", j.get("simulation").get("spot").asText());
        assertEquals(300, j.get("realism").get("dose").asDouble());
        assertEquals(0.01, j.get("realism").get("read_noise").asDouble());
        assertEquals(0.2, j.get("realism").get("background").asDouble());
        assertEquals(0.8, j.get("realism").get("blur").asDouble());
        assertEquals(0.1, j.get("realism").get("jitter").asDouble());
        assertEquals(0.1, j.get("realism").get("gamma_jitter").asDouble());
        assertEquals(0.02, j.get("realism").get("pc_jitter").asDouble());
        assertEquals("per pattern: minimum to 0, maximum to 65535", j.get("scaling").asText());
        assertTrue(j.get("generation_ms").asLong() >= 0);
        assertEquals("development", j.get("matinf_version").asText());
    }

    @Test
    void badInputIsReportedClearly() throws IOException {
        assertEquals("n must be a positive number of patterns, got 0",
                assertThrows(IllegalArgumentException.class, () -> dataset(0, 16).build()).getMessage());
        assertEquals("n must be a positive number of patterns, got -5",
                assertThrows(IllegalArgumentException.class, () -> dataset(-5, 16).build()).getMessage());
        assertEquals("size must be a positive number of pixels, got 0",
                assertThrows(IllegalArgumentException.class, () -> dataset(5, 0).build()).getMessage());
        assertEquals("bits must be 8, 16 or 32, got 12",
                assertThrows(IllegalArgumentException.class, () -> dataset(5, 8).bits(12).build()).getMessage());
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file");
        assertEquals("output " + file + " is a file; give a folder for the dataset", assertThrows(IllegalArgumentException.class,
                () -> dataset(5, 8).build().write(file, ProgressListener.NONE)).getMessage());
        Path below = file.resolve("sub");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> dataset(5, 8).build().write(below, ProgressListener.NONE))
                .getMessage().startsWith("cannot create the output folder " + below));
        PatternSource wrong = new TestPatterns(8, "spot") {
            @Override
            public int size() {
                return 16;
            }
        };
        assertEquals("pattern 1: the spot simulator returned 8 x 8 pixels, expected 16 x 16", assertThrows(
                IllegalStateException.class, () -> DiffractionDataset.builder(wrong).count(3).threads(1).build()
                        .write(dir.resolve("w"), ProgressListener.NONE)).getMessage());
        assertEquals(List.of(), files(dir.resolve("w")));
    }

    @Test
    void anUnwritableFolderIsReported() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root: every folder is writable");
            assertEquals("cannot write in the output folder " + locked, assertThrows(IllegalArgumentException.class,
                    () -> dataset(5, 8).build().write(locked, ProgressListener.NONE)).getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Seeds of neighbouring patterns and streams are unrelated (no two equal among many). */
    @Test
    void patternSeedsAreDistinct() {
        List<Long> seeds = new ArrayList<>();
        for (long seed : new long[] {0, 1, 2}) {
            for (int i = 0; i < 2000; i++) {
                seeds.add(DiffractionDataset.patternSeed(seed, i, 0));
                seeds.add(DiffractionDataset.patternSeed(seed, i, 1));
            }
        }
        assertEquals(seeds.size(), seeds.stream().distinct().count());
    }
}
