package org.matinf.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.matinf.core.element.Species;

/**
 * Bulk structures as pymatgen 2022.11.7 read them, rebuilt from the reference tables
 * structures.csv (lattice parameters; pymatgen's orientation, see {@link Lattice#fromParameters})
 * and structures_sites.csv (fractional coordinates). Only ordered structures without quoted CSV
 * fields are supported, which is all the slab tests need; this keeps them independent of the
 * file readers.
 */
final class SlabTestData {
    private SlabTestData() {
    }

    static Structure read(String file) {
        String[] row = null;
        for (String[] r : rows("structures.csv")) {
            if (r[0].equals(file)) {
                row = r;
            }
        }
        if (row == null) {
            throw new AssertionError("No reference structure " + file + " in structures.csv");
        }
        Lattice lattice = Lattice.fromParameters(Double.parseDouble(row[5]), Double.parseDouble(row[6]),
                Double.parseDouble(row[7]), Double.parseDouble(row[8]), Double.parseDouble(row[9]),
                Double.parseDouble(row[10]));
        List<Site> sites = new ArrayList<>();
        for (String[] r : rows("structures_sites.csv")) {
            if (r[0].equals(file)) {
                assertEquals("1.0", r[6], "slab tests need ordered structures: " + file);
                sites.add(Site.of(Species.parse(r[2]), new double[] {Double.parseDouble(r[3]),
                    Double.parseDouble(r[4]), Double.parseDouble(r[5])}));
            }
        }
        assertEquals(Integer.parseInt(row[4]), sites.size(), "sites of " + file);
        return new Structure(lattice, sites, true, file);
    }

    private static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = SlabTestData.class.getResourceAsStream("/reference/" + name);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.contains("\"")) {
                    out.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(out.isEmpty(), name + " is empty");
        return out;
    }
}
