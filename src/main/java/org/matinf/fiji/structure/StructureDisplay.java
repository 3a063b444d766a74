package org.matinf.fiji.structure;

import ij.IJ;
import ij.measure.ResultsTable;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import org.matinf.core.io.StructureFormat;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;

/** Where a command's structure goes: the "Sites" table and the Log, or a file. */
public final class StructureDisplay {
    /** Title of the per-site table. */
    public static final String SITES_TABLE = "Sites";

    private StructureDisplay() {
    }

    /**
     * Shows the sites in the table "Sites" and a summary in the Log window. Without a screen
     * (batch macros, Fiji --headless) ImageJ keeps no named tables, so the sites then replace the
     * Results table, where {@code saveAs("Results", path)} can save them.
     */
    public static void show(String name, Structure s) {
        if (GraphicsEnvironment.isHeadless()) {
            ResultsTable results = ResultsTable.getResultsTable();
            results.reset();
            StructureTables.addSites(results, s);
        } else {
            StructureTables.sites(s).show(SITES_TABLE);
        }
        IJ.log(StructureTables.summary(name, s));
    }

    /** Writes the structure to {@code output}, the format taken from the file name. */
    public static void write(String name, Structure s, File output) throws IOException {
        StructureFormat format = StructureFormat.fromFileName(output.getName());
        if (format == null) {
            throw new IllegalArgumentException("cannot tell the format of " + output
                    + " from its name; end it in .cif, .vasp, .xyz or .json");
        }
        write(name, s, output, format);
    }

    /** Writes the structure in the given format and logs a summary of what was written. */
    public static void write(String name, Structure s, File output, StructureFormat format) throws IOException {
        StructureIO.write(s, output.toPath(), format);
        IJ.log("Wrote " + format.key() + " file " + output.getPath() + "\n" + StructureTables.summary(name, s));
    }
}
