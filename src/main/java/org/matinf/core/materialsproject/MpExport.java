package org.matinf.core.materialsproject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.matinf.core.io.StructureFormat;
import org.matinf.core.io.StructureIO;
import org.matinf.core.table.DataTable;

/** Search results as a table and as CIF files. */
public final class MpExport {
    /** The table's columns. */
    public static final List<String> COLUMNS = List.of("material_id", "formula", "band_gap", "energy_above_hull",
            "formation_energy_per_atom", "spacegroup", "nsites", "source");

    private MpExport() {
    }

    /** One row per material with the {@link #COLUMNS}; spacegroup is the number (NaN when unknown). */
    public static DataTable table(List<MpMaterial> materials, String source) {
        int n = materials.size();
        String[] ids = new String[n];
        String[] formulas = new String[n];
        String[] sources = new String[n];
        double[] gap = new double[n];
        double[] hull = new double[n];
        double[] formation = new double[n];
        double[] sg = new double[n];
        double[] sites = new double[n];
        for (int i = 0; i < n; i++) {
            MpMaterial m = materials.get(i);
            ids[i] = m.materialId();
            formulas[i] = m.formula();
            sources[i] = m.source().key();
            gap[i] = m.bandGap();
            hull[i] = m.energyAboveHull();
            formation[i] = m.formationEnergyPerAtom();
            sg[i] = m.spacegroupNumber() > 0 ? m.spacegroupNumber() : Double.NaN;
            sites[i] = m.sites() > 0 ? m.sites() : Double.NaN;
        }
        return DataTable.builder(source).texts("material_id", ids).texts("formula", formulas).numbers("band_gap", gap)
                .numbers("energy_above_hull", hull).numbers("formation_energy_per_atom", formation).numbers("spacegroup", sg)
                .numbers("nsites", sites).texts("source", sources).build();
    }

    /**
     * Writes each structure to {@code folder/<material_id>.cif} (atomically); materials without a structure
     * are skipped; a second material under the same id goes to {@code <material_id>_2.cif}, and so on.
     *
     * @return the number of files written
     */
    public static int writeCifs(List<MpMaterial> materials, Path folder) throws IOException {
        java.util.Set<String> written = new java.util.HashSet<>();
        for (MpMaterial m : materials) {
            if (m.structure() != null) {
                String name = fileName(m.materialId());
                // two materials under one id (a malformed offline database) would overwrite each other: number the later ones
                String unique = name;
                for (int k = 2; !written.add(unique.toLowerCase(java.util.Locale.ROOT)); k++) {
                    unique = name + "_" + k;
                }
                StructureIO.write(m.structure(), folder.resolve(unique + ".cif"), StructureFormat.CIF);
            }
        }
        return written.size();
    }

    /** A material id made safe as a file name ("mp-149" stays; anything but letters, digits, '-', '_' and '.' becomes '_'). */
    static String fileName(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.startsWith(".") ? "_" + s.substring(1) : s;
    }
}
