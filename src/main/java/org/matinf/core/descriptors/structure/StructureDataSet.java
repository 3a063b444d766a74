package org.matinf.core.descriptors.structure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.matinf.core.io.StructureFormat;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;
import org.matinf.core.table.DataTable;
import org.matinf.core.table.TableException;

/**
 * Structures to featurise with the table they came from: either a CSV file with a column of
 * structure-file paths (absolute, or relative to the CSV's folder), or a folder whose structure
 * files (CIF, POSCAR/VASP, XYZ, pymatgen JSON) become one row each, in name order, with a column
 * {@code file} holding the file name.
 */
public final class StructureDataSet {
    private final DataTable table;
    private final List<Structure> structures;

    private StructureDataSet(DataTable table, List<Structure> structures) {
        this.table = table;
        this.structures = List.copyOf(structures);
    }

    /** Reads a CSV file's table (or a folder's files, see {@link #fromFolder}) and every structure it names. */
    public static StructureDataSet read(Path input, String structureColumn) {
        return Files.isDirectory(input) ? fromFolder(input) : fromCsv(input, structureColumn);
    }

    /**
     * Reads a CSV file and the structure file named in each row's {@code column}.
     *
     * @throws TableException naming the CSV file and line for a missing column, an empty cell or a
     *         structure file that cannot be read (with that file's own problem)
     */
    public static StructureDataSet fromCsv(Path csv, String column) {
        DataTable table = DataTable.read(csv);
        String[] paths = table.texts(column);
        Path folder = csv.toAbsolutePath().getParent();
        List<Structure> out = new ArrayList<>(paths.length);
        for (int r = 0; r < paths.length; r++) {
            int line = r + 2;
            String p = paths[r].strip();
            if (p.isEmpty()) {
                throw new TableException(csv.toString(), line, "no structure file in column '" + column + "'");
            }
            Path file = folder.resolve(p);
            if (!Files.isRegularFile(file)) {
                throw new TableException(csv.toString(), line, "structure file " + file + " does not exist");
            }
            out.add(readStructure(file, csv.toString(), line));
        }
        return new StructureDataSet(table, out);
    }

    /**
     * Reads every structure file of a folder (not its subfolders), in name order.
     *
     * @throws TableException naming the folder when it holds no structure file, or naming the file that
     *         cannot be read
     */
    public static StructureDataSet fromFolder(Path folder) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).filter(StructureDataSet::isStructureFile).sorted().toList();
        } catch (IOException ex) {
            throw new TableException(folder.toString(), 0, "cannot list the folder (" + ex.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new TableException(folder.toString(), 0, "no structure files (CIF, POSCAR/VASP, XYZ, JSON) in this folder");
        }
        List<Structure> out = new ArrayList<>(files.size());
        String[] names = new String[files.size()];
        for (int i = 0; i < files.size(); i++) {
            names[i] = files.get(i).getFileName().toString();
            out.add(readStructure(files.get(i), folder.toString(), 0));
        }
        return new StructureDataSet(DataTable.builder(folder.toString()).texts("file", names).build(), out);
    }

    private static boolean isStructureFile(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && StructureFormat.fromFileName(name) != null;
    }

    private static Structure readStructure(Path file, String source, int line) {
        try {
            return StructureIO.read(file);
        } catch (StructureException ex) {
            throw new TableException(source, line, "cannot read structure file " + file + ": " + ex.getMessage());
        }
    }

    /** The input table: the CSV's columns, or the single column {@code file} for a folder. */
    public DataTable table() {
        return table;
    }

    /** The structures, one per row of {@link #table()}. */
    public List<Structure> structures() {
        return structures;
    }
}
