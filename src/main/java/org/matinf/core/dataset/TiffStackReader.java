package org.matinf.core.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matinf.core.image.GrayImage;
import org.matinf.core.image.ImageCalibration;
import org.matinf.core.image.ImageException;

/**
 * Reads the stacks {@link TiffStackWriter} writes (and other baseline TIFFs of that kind): one
 * uncompressed strip per page, equal pages of 8- or 16-bit unsigned integers or 32-bit floats,
 * either every page with its IFD or ImageJ's single-IFD layout ("images=N" in the description,
 * pages contiguous). Pages are read on demand, so stacks larger than memory can be streamed.
 * Anything else is an {@link ImageException} naming the file.
 */
public final class TiffStackReader implements AutoCloseable {
    private static final int WIDTH = 256;
    private static final int HEIGHT = 257;
    private static final int BITS = 258;
    private static final int COMPRESSION = 259;
    private static final int DESCRIPTION = 270;
    private static final int STRIP_OFFSETS = 273;
    private static final int SAMPLES = 277;
    private static final int ROWS_PER_STRIP = 278;
    private static final int SAMPLE_FORMAT = 339;
    private static final Pattern IMAGES = Pattern.compile("(?m)^images=(\\d+)");

    private final Path file;
    private final FileChannel channel;
    private final ByteOrder order;
    private int width;
    private int height;
    private int bits;
    private int sampleFormat = 1;
    private final List<Long> offsets = new ArrayList<>();

    /** Opens the file and reads its directories. */
    public TiffStackReader(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ByteBuffer head = read(0, 8, ByteOrder.LITTLE_ENDIAN);
            int bom = head.getShort(0) & 0xFFFF;
            if (bom != 0x4949 && bom != 0x4D4D) {
                throw problem("not a TIFF file");
            }
            this.order = bom == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            head.order(order);
            if ((head.getShort(2) & 0xFFFF) != 42) {
                throw problem("not a classic TIFF file (BigTIFF is not supported)");
            }
            readDirectories(head.getInt(4) & 0xFFFFFFFFL);
        } catch (IOException | RuntimeException ex) {
            channel.close();
            throw ex;
        }
    }

    private ImageException problem(String what) {
        return new ImageException(file.getFileName().toString(), 0, what);
    }

    private void readDirectories(long ifd) throws IOException {
        String description = null;
        int guard = 0;
        while (ifd != 0) {
            if (++guard > 10_000_000 || ifd + 2 > channel.size()) {
                throw problem("broken chain of image directories");
            }
            int n = read(ifd, 2, order).getShort(0) & 0xFFFF;
            ByteBuffer b = read(ifd + 2, 12 * n + 4, order);
            long offset = -1;
            for (int e = 0; e < n; e++) {
                int tag = b.getShort(12 * e) & 0xFFFF;
                int type = b.getShort(12 * e + 2) & 0xFFFF;
                long count = b.getInt(12 * e + 4) & 0xFFFFFFFFL;
                long value = type == 3 ? b.getShort(12 * e + 8) & 0xFFFF : b.getInt(12 * e + 8) & 0xFFFFFFFFL;
                switch (tag) {
                    case WIDTH -> check(offsets.isEmpty() || width == value, "pages of different sizes", () -> width = (int) value);
                    case HEIGHT -> check(offsets.isEmpty() || height == value, "pages of different sizes", () -> height = (int) value);
                    case BITS -> check(value == 8 || value == 16 || value == 32, "unsupported bit depth " + value, () -> bits = (int) value);
                    case COMPRESSION -> check(value == 1, "compressed pages are not supported", () -> { });
                    case SAMPLES -> check(value == 1, "only grey images (one sample per pixel) are supported", () -> { });
                    case STRIP_OFFSETS -> check(count == 1, "pages in several strips are not supported", () -> { });
                    case SAMPLE_FORMAT -> sampleFormat = (int) value;
                    case DESCRIPTION -> {
                        if (offsets.isEmpty() && count > 4) {
                            ByteBuffer d = read(value, (int) Math.min(count, 4096), order);
                            description = StandardCharsets.ISO_8859_1.decode(d).toString();
                        }
                    }
                    default -> {
                    }
                }
                if (tag == STRIP_OFFSETS) {
                    offset = value;
                }
                if (tag == ROWS_PER_STRIP && offsets.isEmpty() && value < Integer.MAX_VALUE && value != 0 && height > value) {
                    throw problem("pages in several strips are not supported");
                }
            }
            if (offset < 0 || width <= 0 || height <= 0 || bits == 0) {
                throw problem("page " + (offsets.size() + 1) + " lacks its size, bit depth or pixel offset");
            }
            if (bits == 32 && sampleFormat != 3 || bits != 32 && sampleFormat != 1) {
                throw problem(bits + "-bit pages of sample format " + sampleFormat + " are not supported");
            }
            offsets.add(offset);
            ifd = b.getInt(12 * n) & 0xFFFFFFFFL;
        }
        if (offsets.size() == 1 && description != null && description.startsWith("ImageJ")) {
            Matcher m = IMAGES.matcher(description);
            if (m.find()) {
                long first = offsets.get(0);
                for (int i = 1; i < Integer.parseInt(m.group(1)); i++) {
                    offsets.add(first + i * pageBytes());
                }
            }
        }
        long last = offsets.get(offsets.size() - 1) + pageBytes();
        if (last > channel.size()) {
            throw problem("the file is truncated: page " + offsets.size() + " ends at byte " + last + " of " + channel.size());
        }
    }

    private void check(boolean ok, String what, Runnable then) {
        if (!ok) {
            throw problem(what);
        }
        then.run();
    }

    private long pageBytes() {
        return (long) width * height * (bits / 8);
    }

    private ByteBuffer read(long position, int length, ByteOrder byteOrder) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(byteOrder);
        while (b.hasRemaining()) {
            if (channel.read(b, position + b.position()) < 0) {
                throw problem("the file is truncated at byte " + (position + b.position()));
            }
        }
        return b.flip();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** 8, 16 or 32. */
    public int bits() {
        return bits;
    }

    public int pages() {
        return offsets.size();
    }

    /** Page {@code index} (0-based) as floats, row-major. */
    public float[] page(int index) throws IOException {
        if (index < 0 || index >= offsets.size()) {
            throw new IndexOutOfBoundsException("page " + index + " of " + offsets.size());
        }
        ByteBuffer b = read(offsets.get(index), (int) pageBytes(), order);
        float[] out = new float[width * height];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (bits) {
                case 8 -> b.get(i) & 0xFF;
                case 16 -> b.getShort(2 * i) & 0xFFFF;
                default -> b.getFloat(4 * i);
            };
        }
        return out;
    }

    /** Page {@code index} (0-based) as an uncalibrated image. */
    public GrayImage image(int index) throws IOException {
        return new GrayImage(width, height, page(index), ImageCalibration.NONE);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
