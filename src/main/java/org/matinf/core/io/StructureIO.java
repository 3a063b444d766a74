package org.matinf.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;

/**
 * Reading and writing structures in any supported format. Every problem with the input comes out
 * as a {@link StructureException} naming the file and line; files are written atomically (to a
 * temporary file in the same folder, then renamed), so a crash never leaves half a file.
 */
public final class StructureIO {
    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private StructureIO() {
    }

    /** Reads the first structure of a file, the format taken from its name or content. */
    public static Structure read(Path file) {
        return readAll(file).get(0);
    }

    /** Reads every structure of a file (CIF files may hold several data blocks). */
    public static List<Structure> readAll(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text = readText(file, name);
        StructureFormat format = StructureFormat.fromFileName(name);
        if (format == null) {
            format = sniff(text, name);
        }
        return readAll(text, name, format);
    }

    /** Parses text in a given format; {@code source} names it in error messages. */
    public static List<Structure> readAll(String text, String source, StructureFormat format) {
        if (text == null || text.isBlank()) {
            throw new StructureException(source, 0, "the file is empty");
        }
        List<Structure> out;
        try {
            out = reader(format).read(text, source);
        } catch (StructureException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw new StructureException(source, 0, "cannot read " + format.key() + ": " + ex, ex);
        } catch (StackOverflowError ex) {
            throw new StructureException(source, 0, "input is nested too deeply to read");
        }
        if (out.isEmpty()) {
            throw new StructureException(source, 0, "no structure found in this " + format.key() + " file");
        }
        return out;
    }

    /** Parses one structure from text. */
    public static Structure read(String text, String source, StructureFormat format) {
        return readAll(text, source, format).get(0);
    }

    /** The structure written in a format. */
    public static String write(Structure s, StructureFormat format) {
        return writer(format).write(s);
    }

    /** Writes the structure to a file atomically, the format taken from the file name. */
    public static void write(Structure s, Path file) throws IOException {
        StructureFormat f = StructureFormat.fromFileName(file.getFileName().toString());
        if (f == null) {
            throw new IllegalArgumentException("Cannot tell the format from the file name " + file
                    + " (use .cif, .vasp/POSCAR, .xyz or .json)");
        }
        write(s, file, f);
    }

    /** Writes the structure to a file atomically in the given format. */
    public static void write(Structure s, Path file, StructureFormat format) throws IOException {
        writeAtomically(file, write(s, format));
    }

    /** Writes text to a file through a temporary file and a rename ({@link AtomicFiles#writeString}). */
    public static void writeAtomically(Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
    }

    static StructureReader reader(StructureFormat format) {
        switch (format) {
            case CIF:
                return new CifReader();
            case POSCAR:
                return new PoscarReader();
            case XYZ:
                return new XyzReader();
            case JSON:
                return new PymatgenJsonReader();
            default:
                throw new IllegalArgumentException(String.valueOf(format));
        }
    }

    static StructureWriter writer(StructureFormat format) {
        switch (format) {
            case CIF:
                return new CifWriter();
            case POSCAR:
                return new PoscarWriter();
            case XYZ:
                return new XyzWriter();
            case JSON:
                return new PymatgenJsonWriter();
            default:
                throw new IllegalArgumentException(String.valueOf(format));
        }
    }

    private static String readText(Path file, String name) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new StructureException(name, 0, "file is " + size + " bytes; the limit is " + MAX_FILE_BYTES);
            }
            bytes = Files.readAllBytes(file);
            if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    bytes = in.readNBytes((int) MAX_FILE_BYTES);
                }
            }
        } catch (NoSuchFileException ex) {
            throw new StructureException(file.toString(), 0, "file not found");
        } catch (IOException ex) {
            throw new StructureException(file.toString(), 0, "cannot read the file: " + ex.getMessage(), ex);
        }
        if (looksBinary(bytes)) {
            throw new StructureException(name, 0, "this is a binary file, not a structure file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            // Latin-1 files are common in old CIFs
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * True if the start of the data holds a NUL byte or more than 1 % control characters other
     * than tab, line feed, form feed and carriage return: text formats never do.
     */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
                control++;
            }
        }
        return control > n / 100;
    }

    /** Guesses the format of a file whose name says nothing. */
    static StructureFormat sniff(String text, String source) {
        String t = text.stripLeading();
        if (t.startsWith("{")) {
            return StructureFormat.JSON;
        }
        for (String line : t.split("\\R", 200)) {
            String l = line.trim();
            if (l.startsWith("data_") || l.startsWith("_cell_") || l.startsWith("loop_")) {
                return StructureFormat.CIF;
            }
        }
        String[] lines = t.split("\\R", 3);
        if (lines.length > 1 && lines[0].trim().matches("\\d+")) {
            return StructureFormat.XYZ;
        }
        if (lines.length > 1 && lines[1].trim().matches("[-+]?[0-9.eE+-]+")) {
            return StructureFormat.POSCAR;
        }
        throw new StructureException(source, 1, "cannot tell the structure format; name the file .cif, .vasp, .xyz or .json");
    }
}
