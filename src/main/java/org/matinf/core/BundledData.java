package org.matinf.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the data files shipped inside the MatInf jar (element tables, scattering data, ...). */
public final class BundledData {
    private BundledData() {
    }

    /** The whole text of a resource beside {@code anchor}'s package. */
    public static String text(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the MatInf jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The comma-separated, trimmed fields of each data row of a CSV resource: lines starting with
     * '#', blank lines and the header row are skipped.
     */
    public static List<String[]> csvRows(Class<?> anchor, String resource) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : text(anchor, resource).split("\\R")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].trim();
            }
            rows.add(f);
        }
        return rows;
    }
}
