package org.matinf.core.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matinf.core.image.ImageException;

class TiffStackReaderTest {
    @TempDir
    Path dir;

    private static float[][] pages(int w, int h, int n, int bits) {
        float[][] p = new float[n][w * h];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < w * h; i++) {
                p[k][i] = bits == 32 ? (float) Math.sin(0.37 * i + k) * 1000 : (i * 7 + k * 13) % (bits == 8 ? 256 : 65536);
            }
        }
        return p;
    }

    @ParameterizedTest
    @CsvSource({"8, true", "16, true", "32, true", "8, false", "16, false", "32, false"})
    void readsBackWhatTheWriterWrote(int bits, boolean chained) throws IOException {
        Path file = dir.resolve("s.tif");
        float[][] pages = pages(5, 3, 4, bits);
        long limit = chained ? 0xFFFF_FFFFL : 100; // a small limit forces ImageJ's single-IFD layout
        try (TiffStackWriter t = new TiffStackWriter(file, 5, 3, 4, bits, limit)) {
            assertEquals(chained, t.isChained());
            for (float[] p : pages) {
                t.writePage(p);
            }
        }
        try (TiffStackReader r = new TiffStackReader(file)) {
            assertEquals(5, r.width());
            assertEquals(3, r.height());
            assertEquals(bits, r.bits());
            assertEquals(4, r.pages());
            for (int k = 0; k < 4; k++) {
                assertArrayEquals(pages[k], r.page(k), "page " + k);
            }
        }
    }

    @Test
    void badFilesNameTheFile() throws IOException {
        Path text = dir.resolve("notes.tif");
        Files.writeString(text, "hello, this is text");
        ImageException ex = assertThrows(ImageException.class, () -> new TiffStackReader(text));
        assertTrue(ex.getMessage().startsWith("notes.tif: not a TIFF"), ex.getMessage());

        Path file = dir.resolve("cut.tif");
        try (TiffStackWriter t = new TiffStackWriter(file, 8, 8, 3, 16)) {
            for (float[] p : pages(8, 8, 3, 16)) {
                t.writePage(p);
            }
        }
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, 400));
        ImageException cut = assertThrows(ImageException.class, () -> new TiffStackReader(file));
        assertTrue(cut.getMessage().startsWith("cut.tif: "), cut.getMessage());
        assertTrue(cut.getMessage().contains("truncated") || cut.getMessage().contains("broken"), cut.getMessage());
        assertFalse(cut.getMessage().contains("null"));
    }
}
