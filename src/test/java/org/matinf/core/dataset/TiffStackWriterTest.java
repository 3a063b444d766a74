package org.matinf.core.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.VirtualStack;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The TIFF stacks read back exactly with ImageJ's readers (opener and virtual stack) and with the
 * JDK's TIFF reader (which follows the IFD chain page by page).
 */
class TiffStackWriterTest {
    @TempDir
    Path dir;

    /** Random pages that use the whole range of the bit depth (floats: negative to large). */
    static float[][] pages(int count, int w, int h, int bits, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[][] p = new float[count][w * h];
        for (float[] page : p) {
            for (int i = 0; i < page.length; i++) {
                page[i] = switch (bits) {
                    case 8 -> rng.nextInt(256);
                    case 16 -> rng.nextInt(65536);
                    default -> (float) ((rng.nextDouble() - 0.3) * Math.pow(10, rng.nextInt(-3, 6)));
                };
            }
        }
        return p;
    }

    static Path write(Path file, float[][] pages, int w, int h, int bits, long limit) throws IOException {
        try (TiffStackWriter t = new TiffStackWriter(file, w, h, pages.length, bits, limit)) {
            for (float[] page : pages) {
                t.writePage(page);
            }
        }
        return file;
    }

    /** Pixel values of an ImageJ slice as floats (16-bit unsigned). */
    static float[] values(ImageStack stack, int slice) {
        Object px = stack.getProcessor(slice).getPixels();
        if (px instanceof float[] f) {
            return f.clone();
        }
        int n = java.lang.reflect.Array.getLength(px);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = px instanceof byte[] b ? b[i] & 0xff : ((short[]) px)[i] & 0xffff;
        }
        return out;
    }

    static void assertImageJReads(Path file, float[][] pages, int w, int h, int bits) {
        ImagePlus imp = IJ.openImage(file.toString());
        assertEquals(pages.length, imp.getStackSize(), "slices");
        assertEquals(pages.length, imp.getNSlices(), "slices of the hyperstack");
        assertEquals(bits, imp.getBitDepth());
        assertEquals(w, imp.getWidth());
        assertEquals(h, imp.getHeight());
        ImagePlus virtual = IJ.openVirtual(file.toString());
        assertTrue(virtual.getStack() instanceof VirtualStack, "virtual stack");
        assertEquals(pages.length, virtual.getStackSize(), "virtual slices");
        for (int s = 1; s <= pages.length; s++) {
            assertArrayEquals(pages[s - 1], values(imp.getStack(), s), "slice " + s);
            assertArrayEquals(pages[s - 1], values(virtual.getStack(), s), "virtual slice " + s);
        }
    }

    @ParameterizedTest
    @CsvSource({"8, 1, 37, 23", "8, 50, 37, 23", "16, 1, 5, 3", "16, 50, 37, 23", "32, 1, 64, 64", "32, 50, 37, 23",
        "8, 3, 1, 1"})
    void imageJReadsExactlyWhatWasWritten(int bits, int count, int w, int h) throws IOException {
        float[][] pages = pages(count, w, h, bits, 42 + bits + count);
        Path file = write(dir.resolve("s.tif"), pages, w, h, bits, 0xFFFF_FFFFL);
        assertEquals(TiffStackWriter.fileSize(w, h, count, bits), Files.size(file));
        assertImageJReads(file, pages, w, h, bits);
        assertEquals(count, jdkPages(file, pages, bits), "pages the JDK's TIFF reader finds by the IFD chain");
    }

    /** ImageJ shows 32-bit stacks with the min and max of all pages, from the description. */
    @Test
    void floatStackCarriesItsRangeForImageJ() throws IOException {
        float[][] pages = pages(7, 16, 9, 32, 5);
        Path file = write(dir.resolve("f.tif"), pages, 16, 9, 32, 0xFFFF_FFFFL);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float[] p : pages) {
            for (float v : p) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        ImagePlus imp = IJ.openImage(file.toString());
        assertEquals(min, imp.getDisplayRangeMin(), 0);
        assertEquals(max, imp.getDisplayRangeMax(), 0);
        String info = (String) imp.getProperty("Info");
        assertFalse(info != null && info.contains("min="), "the description is read as ImageJ's, not shown as info");
    }

    /** Above 4 GiB (here: above a small test limit) the file has ImageJ's single IFD; ImageJ still reads every page. */
    @Test
    void beyondTheClassicLimitImageJReadsTheSingleIfdLayout() throws IOException {
        float[][] pages = pages(40, 33, 17, 16, 9);
        long limit = 10_000;
        Path file = write(dir.resolve("big.tif"), pages, 33, 17, 16, limit);
        assertEquals(TiffStackWriter.fileSize(33, 17, 40, 16, false), Files.size(file));
        try (TiffStackWriter probe = new TiffStackWriter(dir.resolve("probe.tif"), 33, 17, 40, 16, limit)) {
            assertFalse(probe.isChained());
            for (float[] p : pages) {
                probe.writePage(p);
            }
        }
        assertImageJReads(file, pages, 33, 17, 16);
        assertEquals(1, jdkPages(file, pages, 16), "other readers see the first page only");
    }

    @Test
    void eightAndSixteenBitValuesAreRoundedAndClamped() throws IOException {
        float[] page = {-3f, 0.4f, 0.6f, 254.5f, 300f, Float.NaN};
        Path file = dir.resolve("c.tif");
        try (TiffStackWriter t = new TiffStackWriter(file, 6, 1, 1, 8)) {
            t.writePage(page);
        }
        assertArrayEquals(new float[] {0, 0, 1, 255, 255, 0}, values(IJ.openImage(file.toString()).getStack(), 1));
        try (TiffStackWriter t = new TiffStackWriter(file, 6, 1, 1, 16)) {
            t.writePage(new float[] {-1f, 65535.4f, 70000f, 1.5f, 2.49f, 12345f});
        }
        assertArrayEquals(new float[] {0, 65535, 65535, 2, 2, 12345}, values(IJ.openImage(file.toString()).getStack(), 1));
    }

    @Test
    void misuseIsReportedClearly() throws IOException {
        Path file = dir.resolve("m.tif");
        IOException incomplete = assertThrows(IOException.class, () -> {
            try (TiffStackWriter t = new TiffStackWriter(file, 4, 4, 3, 8)) {
                t.writePage(new float[16]);
            }
        });
        assertEquals("only 1 of 3 pages were written; the TIFF file is incomplete", incomplete.getMessage());
        try (TiffStackWriter t = new TiffStackWriter(file, 4, 4, 1, 8)) {
            assertEquals("page of 15 pixels, expected 4 x 4",
                    assertThrows(IllegalArgumentException.class, () -> t.writePage(new float[15])).getMessage());
            t.writePage(new float[16]);
            assertEquals("all 1 pages were written already",
                    assertThrows(IllegalStateException.class, () -> t.writePage(new float[16])).getMessage());
        }
        assertEquals("bits must be 8, 16 or 32, got 12",
                assertThrows(IllegalArgumentException.class, () -> new TiffStackWriter(file, 4, 4, 1, 12)).getMessage());
        assertEquals("a stack needs at least one page, got 0",
                assertThrows(IllegalArgumentException.class, () -> new TiffStackWriter(file, 4, 4, 0, 8)).getMessage());
        assertEquals("image size must be positive, got 0 x 4",
                assertThrows(IllegalArgumentException.class, () -> new TiffStackWriter(file, 0, 4, 1, 8)).getMessage());
    }

    /** Reads every page the JDK's TIFF reader finds and compares it; the number of pages. */
    static int jdkPages(Path file, float[][] pages, int bits) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff");
        assertTrue(readers.hasNext(), "the JDK has a TIFF reader");
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            int n = reader.getNumImages(true);
            for (int k = 0; k < n; k++) {
                Raster r = reader.read(k).getRaster();
                float[] got = new float[r.getWidth() * r.getHeight()];
                for (int y = 0; y < r.getHeight(); y++) {
                    for (int x = 0; x < r.getWidth(); x++) {
                        got[y * r.getWidth() + x] = bits == 32 ? r.getSampleFloat(x, y, 0) : r.getSample(x, y, 0);
                    }
                }
                assertArrayEquals(pages[k], got, "page " + (k + 1) + " read by the JDK");
            }
            return n;
        } finally {
            reader.dispose();
        }
    }
}
