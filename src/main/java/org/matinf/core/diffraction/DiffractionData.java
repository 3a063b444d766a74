package org.matinf.core.diffraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the data tables shipped beside the diffraction classes (see NOTICE.md there). */
final class DiffractionData {
    private DiffractionData() {
    }

    /** The whole text of a resource of this package. */
    static String text(String resource) {
        try (InputStream in = DiffractionData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the MatInf jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The comma-separated fields of each data row of a CSV resource: no comments, blank lines or header. */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : text(resource).split("\\R")) {
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
