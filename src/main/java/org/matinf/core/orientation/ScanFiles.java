package org.matinf.core.orientation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Orientation map files by their extension: .ang ({@link AngFile}) and .ctf ({@link CtfFile}). */
public final class ScanFiles {
    private ScanFiles() {
    }

    /** "ang" or "ctf" from a file name. */
    public static String format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ang")) {
            return "ang";
        }
        if (name.endsWith(".ctf")) {
            return "ctf";
        }
        throw new IllegalArgumentException("orientation map files are .ang or .ctf, not " + file.getFileName());
    }

    /** Writes a map in the given format ("ang" or "ctf"), through a temporary file and a rename. */
    public static void write(OrientationScan scan, Path file, String format) throws IOException {
        switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "ang":
                AngFile.write(scan, file);
                break;
            case "ctf":
                CtfFile.write(scan, file, file.getFileName().toString());
                break;
            default:
                throw new IllegalArgumentException("format must be ang or ctf, not '" + format + "'");
        }
    }

    /** Reads a .ang or .ctf file. */
    public static OrientationScan read(Path file) {
        return format(file).equals("ang") ? AngFile.read(file) : CtfFile.read(file);
    }
}
