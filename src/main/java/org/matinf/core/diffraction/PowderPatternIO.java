package org.matinf.core.diffraction;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.matinf.core.io.StructureIO;

/**
 * Reading and writing measured powder patterns. Reads column files (.xy, .xye, .csv, .txt,
 * .dat), PANalytical XRDML (.xrdml) and Rigaku RAS (.ras); writes .xy (two or three columns under
 * a comment header naming the pattern and its wavelength) and .csv (header
 * {@code two_theta,intensity[,sigma]}). The format is taken from the content where it says
 * (an XML document, RAS markers) and from the file name otherwise. Every problem with the input
 * comes out as a {@link PatternException} naming the file and line; files are written atomically.
 */
public final class PowderPatternIO {
    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private PowderPatternIO() {
    }

    /** Reads the pattern of a file; the profile is named after the file (without extension). */
    public static PowderProfile read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new PatternException(name, 0, "file is " + size + " bytes; the limit is " + MAX_FILE_BYTES);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException ex) {
            throw new PatternException(file.toString(), 0, "file not found");
        } catch (IOException ex) {
            throw new PatternException(file.toString(), 0, "cannot read the file: " + ex.getMessage(), ex);
        }
        return read(bytes, name);
    }

    /**
     * Reads a pattern from the bytes of a file; {@code fileName} gives the format where the content
     * does not, and names the file in errors.
     */
    public static PowderProfile read(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new PatternException(fileName, 0, "the file is empty");
        }
        ScanText.requireText(bytes, fileName);
        String ext = extension(fileName);
        String text = ScanText.decode(bytes, ext.equals("ras"));
        boolean xml = isXml(text, ext);
        return read(xml ? bytes : null, text, fileName, ext, xml);
    }

    /** Reads a pattern from text; {@code fileName} gives the format where the content does not. */
    public static PowderProfile read(String text, String fileName) {
        String ext = extension(fileName);
        return read(null, text.startsWith("\uFEFF") ? text.substring(1) : text, fileName, ext, isXml(text, ext));
    }

    private static PowderProfile read(byte[] bytes, String text, String fileName, String ext, boolean xml) {
        if (text.isBlank()) {
            throw new PatternException(fileName, 0, "the file is empty");
        }
        String name = stem(fileName);
        PowderProfile p;
        try {
            if (xml) {
                p = ScanXrdmlReader.read(bytes, text, fileName, name);
            } else if (ext.equals("ras") || isRas(text)) {
                p = ScanRasReader.read(text, fileName, name);
            } else {
                p = ScanColumnsReader.read(text, fileName, name, ext.isEmpty() ? "columns" : ext);
            }
        } catch (PatternException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw new PatternException(fileName, 0, "cannot read the pattern: " + ex, ex);
        } catch (StackOverflowError ex) {
            throw new PatternException(fileName, 0, "input is nested too deeply to read");
        }
        return p;
    }

    private static boolean isXml(String text, String ext) {
        return ext.equals("xrdml") || ext.equals("xml") || text.stripLeading().startsWith("<");
    }

    private static boolean isRas(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        return head.contains("*RAS_DATA_START") || head.contains("*RAS_HEADER_START") || head.contains("*RAS_INT_START");
    }

    /** Lower-case extension of a file name, "" if none. */
    static String extension(String fileName) {
        String f = baseName(fileName);
        int dot = f.lastIndexOf('.');
        return dot < 0 ? "" : f.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }

    private static String stem(String fileName) {
        String f = baseName(fileName);
        int dot = f.lastIndexOf('.');
        return dot <= 0 ? f : f.substring(0, dot);
    }

    /** Writes the profile atomically as .xy or .csv, the format taken from the file name. */
    public static void write(PowderProfile profile, Path file) throws IOException {
        String ext = extension(file.getFileName().toString());
        String text;
        if (ext.equals("csv")) {
            text = toCsv(profile);
        } else if (ext.equals("xy") || ext.equals("xye") || ext.equals("dat") || ext.equals("txt")) {
            text = toXy(profile);
        } else {
            throw new IllegalArgumentException("Cannot tell the format from the file name " + file
                    + " (use .xy, .xye, .dat, .txt or .csv)");
        }
        StructureIO.writeAtomically(file, text);
    }

    /**
     * The profile as .xy text: comment lines with the name, wavelength and columns, then one line
     * per point "2θ intensity [sigma]". Numbers are written in full (they read back exactly).
     */
    public static String toXy(PowderProfile p) {
        StringBuilder sb = new StringBuilder();
        sb.append("# name: ").append(p.name().replaceAll("\\R", " ")).append('\n');
        sb.append("# wavelength: ").append(Double.isNaN(p.wavelength()) ? "unknown" : plain(p.wavelength()) + " Å")
                .append('\n');
        double[] s = p.sigma();
        sb.append(s == null ? "# columns: 2theta intensity\n" : "# columns: 2theta intensity sigma\n");
        rows(p, ' ', sb);
        return sb.toString();
    }

    /** The profile as CSV with the header {@code two_theta,intensity[,sigma]}. */
    public static String toCsv(PowderProfile p) {
        StringBuilder sb = new StringBuilder(p.sigma() == null ? "two_theta,intensity\n" : "two_theta,intensity,sigma\n");
        rows(p, ',', sb);
        return sb.toString();
    }

    private static void rows(PowderProfile p, char sep, StringBuilder sb) {
        double[] x = p.twoTheta();
        double[] y = p.intensity();
        double[] s = p.sigma();
        for (int i = 0; s != null && i < s.length; i++) {
            if (!Double.isFinite(s[i])) {
                throw new IllegalArgumentException("the uncertainty of point " + (i + 1) + " is " + s[i]
                        + "; it cannot be written");
            }
        }
        for (int i = 0; i < x.length; i++) {
            sb.append(plain(x[i])).append(sep).append(plain(y[i]));
            if (s != null) {
                sb.append(sep).append(plain(s[i]));
            }
            sb.append('\n');
        }
    }

    /** The shortest decimal that reads back as the same double, without exponent. */
    private static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
