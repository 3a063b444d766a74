package org.matinf.core.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a stack of equal-sized grey images as an uncompressed little-endian multi-page TIFF, page
 * by page, so that a stack far larger than memory can be written. The number of pages is fixed
 * when the file is opened.
 *
 * <p>Layout (as ImageJ's own TIFF writer): header, first IFD with an ImageJ {@code ImageDescription}
 * ("ImageJ=1.54p", images=N, slices=N, and for 32-bit the min and max of all pages), then all
 * pixel data contiguous, then the IFDs of pages 2…N. ImageJ reads the description and opens the
 * file as an N-slice stack (also as a virtual stack); other TIFF readers follow the IFD chain.
 * 8-bit and 16-bit pages are unsigned integers (BitsPerSample 8/16, SampleFormat 1), 32-bit pages
 * IEEE floats (SampleFormat 3).
 *
 * <p>Size limit: classic TIFF stores offsets in 32 bits, so a file can only be followed page by
 * page up to 4 GiB. A larger stack is written the way ImageJ writes one: a single IFD whose
 * description gives the number of images; ImageJ (and readers of ImageJ's format, such as
 * tifffile) read all N pages, other TIFF readers see only the first.
 */
public final class TiffStackWriter implements Closeable {
    /** What ImageJ's first line says; readers only check that the description starts with "ImageJ". */
    static final String IMAGEJ_HEADER = "ImageJ=1.54p";
    /** Bytes reserved for the description of the first page, so that min/max can be written at the end. */
    static final int DESCRIPTION_BYTES = 256;
    private static final long CLASSIC_LIMIT = 0xFFFF_FFFFL;
    private static final int BUFFER_BYTES = 1 << 20;
    private static final int HEADER_BYTES = 8;
    private static final int FIRST_IFD_ENTRIES = 12;
    private static final int IFD_ENTRIES = 11;

    private final FileChannel channel;
    private final int width;
    private final int height;
    private final int pages;
    private final int bits;
    private final long pageBytes;
    private final long dataStart;
    private final boolean chained;
    private final ByteBuffer buffer;
    private long position;
    private int written;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private boolean closed;

    /**
     * Creates (or truncates) the file and writes its header.
     *
     * @param bits 8, 16 (unsigned integers) or 32 (float)
     * @throws IllegalArgumentException for a bad size, page count or bit depth
     */
    public TiffStackWriter(Path file, int width, int height, int pages, int bits) throws IOException {
        this(file, width, height, pages, bits, CLASSIC_LIMIT);
    }

    /** With the file size up to which every page gets its own IFD (tests use a small one). */
    TiffStackWriter(Path file, int width, int height, int pages, int bits, long classicLimit) throws IOException {
        checkShape(width, height, pages, bits);
        this.width = width;
        this.height = height;
        this.pages = pages;
        this.bits = bits;
        this.pageBytes = (long) width * height * (bits / 8);
        this.dataStart = dataStart();
        this.chained = fileSize(width, height, pages, bits, true) <= classicLimit;
        this.buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        try {
            writeHeader();
        } catch (IOException | RuntimeException ex) {
            channel.close();
            throw ex;
        }
    }

    private static void checkShape(int width, int height, int pages, int bits) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + " x " + height);
        }
        if (pages <= 0) {
            throw new IllegalArgumentException("a stack needs at least one page, got " + pages);
        }
        if (bits != 8 && bits != 16 && bits != 32) {
            throw new IllegalArgumentException("bits must be 8, 16 or 32, got " + bits);
        }
        if ((long) width * height * (bits / 8) > CLASSIC_LIMIT) {
            throw new IllegalArgumentException("one page of " + width + " x " + height + " pixels at " + bits
                    + " bits exceeds TIFF's 4 GiB strip limit");
        }
    }

    /**
     * Size of the file in bytes for a stack of this shape: with {@code chained}, every page has its
     * IFD (the layout up to 4 GiB); without, only the first.
     */
    static long fileSize(int width, int height, int pages, int bits, boolean chained) {
        long data = dataStart() + (long) pages * width * height * (bits / 8);
        return chained && pages > 1 ? even(data) + (long) (pages - 1) * ifdBytes(IFD_ENTRIES) : data;
    }

    /** The size the finished file will have. */
    public static long fileSize(int width, int height, int pages, int bits) {
        checkShape(width, height, pages, bits);
        long chainedSize = fileSize(width, height, pages, bits, true);
        return chainedSize <= CLASSIC_LIMIT ? chainedSize : fileSize(width, height, pages, bits, false);
    }

    private static long dataStart() {
        return even(HEADER_BYTES + ifdBytes(FIRST_IFD_ENTRIES) + DESCRIPTION_BYTES);
    }

    private static int ifdBytes(int entries) {
        return 2 + 12 * entries + 4;
    }

    private static long even(long offset) {
        return (offset + 1) & ~1L;
    }

    /** True when every page has its own IFD (files up to 4 GiB); false for ImageJ's single-IFD layout. */
    public boolean isChained() {
        return chained;
    }

    /**
     * Writes the next page, {@code width × height} values in row-major order. For 8 and 16 bits the
     * values are rounded and clamped to 0–255 / 0–65535 (NaN to 0); 32-bit pages are written as
     * they are.
     *
     * @throws IllegalStateException if all pages were written already or the writer is closed
     */
    public void writePage(float[] pixels) throws IOException {
        if (closed || written >= pages) {
            throw new IllegalStateException(closed ? "the TIFF writer is closed" : "all " + pages + " pages were written already");
        }
        if (pixels.length != (long) width * height) {
            throw new IllegalArgumentException("page of " + pixels.length + " pixels, expected " + width + " x " + height);
        }
        for (float v : pixels) {
            if (buffer.remaining() < 4) {
                flush();
            }
            switch (bits) {
                case 8 -> buffer.put((byte) clampRound(v, 255));
                case 16 -> buffer.putShort((short) clampRound(v, 65535));
                default -> {
                    buffer.putFloat(v);
                    if (Float.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        written++;
    }

    private static int clampRound(float v, int max) {
        return v > 0 ? (int) Math.min(max, Math.round(v)) : 0;
    }

    /** Pages written so far. */
    public int pagesWritten() {
        return written;
    }

    /**
     * Writes the IFDs of pages 2…N and the final description, and closes the file.
     *
     * @throws IOException if fewer pages than announced were written (the file is then incomplete)
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (FileChannel c = channel) {
            flush();
            if (written < pages) {
                throw new IOException("only " + written + " of " + pages + " pages were written; the TIFF file is incomplete");
            }
            if (chained) {
                position = even(dataStart + pages * pageBytes);
                long next = position;
                for (int page = 2; page <= pages; page++) {
                    if (buffer.remaining() < ifdBytes(IFD_ENTRIES)) {
                        flush();
                    }
                    next += ifdBytes(IFD_ENTRIES);
                    putIfd(dataStart + (page - 1) * pageBytes, page < pages ? next : 0, false);
                }
                flush();
            }
            buffer.clear();
            putDescription();
            buffer.flip();
            writeAt(HEADER_BYTES + ifdBytes(FIRST_IFD_ENTRIES));
        }
    }

    private void writeHeader() throws IOException {
        buffer.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(HEADER_BYTES);
        long nextIfd = chained && pages > 1 ? even(dataStart + pages * pageBytes) : 0;
        putIfd(dataStart, nextIfd, true);
        putDescription();
        while (buffer.position() < dataStart) {
            buffer.put((byte) 0);
        }
        flush();
    }

    /** One IFD; tags in ascending order as TIFF requires. */
    private void putIfd(long stripOffset, long nextIfd, boolean first) {
        buffer.putShort((short) (first ? FIRST_IFD_ENTRIES : IFD_ENTRIES));
        entry(254, 4, 0); // NewSubfileType: a full-resolution page
        entry(256, 4, width);
        entry(257, 4, height);
        entry(258, 3, bits);
        entry(259, 3, 1); // no compression
        entry(262, 3, 1); // BlackIsZero
        if (first) {
            buffer.putShort((short) 270).putShort((short) 2).putInt(DESCRIPTION_BYTES)
                    .putInt(HEADER_BYTES + ifdBytes(FIRST_IFD_ENTRIES));
        }
        entry(273, 4, stripOffset);
        entry(277, 3, 1); // one sample per pixel
        entry(278, 4, height); // one strip per page
        entry(279, 4, pageBytes);
        entry(339, 3, bits == 32 ? 3 : 1); // float or unsigned integer
        buffer.putInt((int) nextIfd);
    }

    private void entry(int tag, int type, long value) {
        buffer.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) {
            buffer.putShort((short) value).putShort((short) 0);
        } else {
            buffer.putInt((int) value);
        }
    }

    /** The ImageJ description, padded with newlines to its reserved size and ended by a NUL. */
    private void putDescription() {
        StringBuilder sb = new StringBuilder(IMAGEJ_HEADER).append('\n');
        if (pages > 1) {
            sb.append("images=").append(pages).append('\n').append("slices=").append(pages).append('\n')
                    .append("loop=false\n");
        }
        if (bits == 32 && min <= max) {
            sb.append("min=").append((float) min).append('\n').append("max=").append((float) max).append('\n');
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < DESCRIPTION_BYTES - 1; i++) {
            buffer.put(i < text.length ? text[i] : (byte) '\n');
        }
        buffer.put((byte) 0);
    }

    private void flush() throws IOException {
        buffer.flip();
        position += writeAt(position);
        buffer.clear();
    }

    private int writeAt(long at) throws IOException {
        int n = buffer.remaining();
        long p = at;
        while (buffer.hasRemaining()) {
            p += channel.write(buffer, p);
        }
        return n;
    }
}
