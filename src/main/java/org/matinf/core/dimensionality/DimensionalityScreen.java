package org.matinf.core.dimensionality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.matinf.core.InputException;
import org.matinf.core.environment.NeighborStrategy;
import org.matinf.core.io.StructureFormat;
import org.matinf.core.io.StructureIO;
import org.matinf.core.progress.CancelledException;
import org.matinf.core.progress.ProgressListener;
import org.matinf.core.structure.Structure;
import org.matinf.core.table.CsvRecords;
import org.matinf.core.table.DataTable;
import org.matinf.core.table.TableException;

/**
 * The dimensionality of many structures: every structure file under a folder (subfolders
 * included, in name order), or every row of a CSV data set whose structure column holds CIF text
 * (as the Materials Project data sets do) or a structure-file path (absolute or relative to the
 * CSV's folder). A structure that cannot be read or analysed is skipped and reported by name; the
 * screen itself only fails for an input that is neither.
 */
public final class DimensionalityScreen {
    /** Columns of the result table, in order. */
    public static final List<String> COLUMNS = List.of("file", "formula", "dimensionality", "components", "label",
            "orientation", "summary");
    /** CSV columns that name a row (the first present is used), else "line N". */
    private static final List<String> ID_COLUMNS = List.of("material_id", "id", "name", "file");

    /**
     * One structure to screen.
     *
     * @param name its file (relative to the folder) or its row's id
     * @param reader reads it; may throw an {@link InputException} naming the file and line
     */
    public record Entry(String name, Supplier<Structure> reader) {
    }

    /**
     * The screen's result.
     *
     * @param table one row per analysed structure, columns {@link #COLUMNS}
     * @param failures one line per skipped structure: its name and the problem
     * @param counts number of structures per label ("0D" … "3D", Cheon's other labels), in that order
     */
    public record Outcome(DataTable table, List<String> failures, Map<String, Integer> counts) {
        /** Number of structures analysed. */
        public int analysed() {
            return table.rows();
        }
    }

    private DimensionalityScreen() {
    }

    /**
     * The structures of a folder or a CSV data set.
     *
     * @param column the CSV column with CIF text or file paths (ignored for a folder)
     * @throws TableException naming the input when it is neither a folder nor a readable CSV with that column
     */
    public static List<Entry> entries(Path input, String column) {
        if (Files.isDirectory(input)) {
            return folder(input);
        }
        if (!Files.isRegularFile(input)) {
            throw new TableException(input.toString(), 0, "no such folder or file");
        }
        if (!input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new TableException(input.toString(), 0, "give a folder of structure files or a CSV data set (.csv)");
        }
        return csv(input, column);
    }

    private static List<Entry> folder(Path root) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> StructureFormat.fromFileName(p.getFileName().toString()) != null).sorted().toList();
        } catch (IOException | RuntimeException ex) {
            throw new TableException(root.toString(), 0, "cannot list the folder (" + ex.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new TableException(root.toString(), 0, "no structure files (CIF, POSCAR/VASP, XYZ, JSON) in this folder");
        }
        List<Entry> out = new ArrayList<>(files.size());
        for (Path p : files) {
            out.add(new Entry(root.relativize(p).toString().replace('\\', '/'), () -> StructureIO.read(p)));
        }
        return out;
    }

    private static List<Entry> csv(Path file, String column) {
        String source = file.toString();
        List<CsvRecords.Record> records = CsvRecords.read(file);
        if (records.size() < 2) {
            throw new TableException(source, 0, "a CSV data set needs a header line and at least one row");
        }
        List<String> header = records.get(0).stripped();
        int col = header.indexOf(column);
        if (col < 0) {
            throw new TableException(source, records.get(0).line(), "no column '" + column + "' (columns: "
                    + String.join(", ", header) + ")");
        }
        int id = ID_COLUMNS.stream().mapToInt(header::indexOf).filter(i -> i >= 0 && i != col).findFirst().orElse(-1);
        Path folder = file.toAbsolutePath().getParent();
        List<Entry> out = new ArrayList<>(records.size() - 1);
        for (CsvRecords.Record r : records.subList(1, records.size())) {
            String cell = col < r.fields().size() ? r.fields().get(col).strip() : "";
            String name = id >= 0 && id < r.fields().size() && !r.fields().get(id).isBlank()
                    ? r.fields().get(id).strip() : "line " + r.line();
            String where = file.getFileName() + " line " + r.line();
            out.add(new Entry(name, () -> parseCell(cell, where, folder, column)));
        }
        return out;
    }

    private static Structure parseCell(String cell, String where, Path folder, String column) {
        if (cell.isEmpty()) {
            throw new IllegalArgumentException(where + ": the '" + column + "' cell is empty");
        }
        if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            Path p = folder.resolve(cell);
            if (Files.isRegularFile(p)) {
                return StructureIO.read(p);
            }
            throw new IllegalArgumentException(where + ": '" + cell + "' is neither CIF text nor an existing file");
        }
        return StructureIO.read(cell, where + " (CIF text)", StructureFormat.CIF);
    }

    /**
     * Analyses every entry; a structure that fails is skipped and listed in the outcome's failures.
     *
     * @throws CancelledException when the listener asks to stop
     */
    public static Outcome screen(List<Entry> entries, DimensionalityMethod method, NeighborStrategy bonds,
            ProgressListener progress) {
        List<String> file = new ArrayList<>();
        List<String> formula = new ArrayList<>();
        List<Double> dim = new ArrayList<>();
        List<Double> comps = new ArrayList<>();
        List<String> label = new ArrayList<>();
        List<String> orientation = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int d = 0; d <= 3; d++) {
            counts.put(d + "D", 0);
        }
        for (int i = 0; i < entries.size(); i++) {
            progress.checkCancelled();
            progress.progress(i, entries.size(), "Dimensionality " + (i + 1) + "/" + entries.size());
            Entry e = entries.get(i);
            DimensionalityResult r;
            try {
                r = method.analyse(e.reader().get(), bonds);
            } catch (CancelledException ex) {
                throw ex;
            } catch (InputException | IllegalArgumentException ex) {
                failures.add(e.name() + ": " + ex.getMessage());
                continue;
            } catch (RuntimeException | StackOverflowError ex) {
                failures.add(e.name() + ": unexpected error " + ex);
                continue;
            }
            file.add(e.name());
            formula.add(r.formula());
            dim.add(r.dimensionality() < 0 ? Double.NaN : r.dimensionality());
            comps.add(method == DimensionalityMethod.LARSEN ? r.components().size() : Double.NaN);
            label.add(r.label());
            orientation.add(r.orientation());
            summary.add(r.summary());
            counts.merge(r.label(), 1, Integer::sum);
        }
        progress.progress(entries.size(), entries.size(), "Dimensionality done");
        DataTable table = DataTable.builder("dimensionality screen")
                .texts("file", file.toArray(String[]::new))
                .texts("formula", formula.toArray(String[]::new))
                .numbers("dimensionality", dim.stream().mapToDouble(Double::doubleValue).toArray())
                .numbers("components", comps.stream().mapToDouble(Double::doubleValue).toArray())
                .texts("label", label.toArray(String[]::new))
                .texts("orientation", orientation.toArray(String[]::new))
                .texts("summary", summary.toArray(String[]::new)).build();
        return new Outcome(table, List.copyOf(failures), counts);
    }
}
