package org.matinf.core.materialsproject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.matinf.core.element.PeriodicTable;
import org.matinf.core.io.StructureFormat;
import org.matinf.core.io.StructureIO;
import org.matinf.core.structure.Composition;
import org.matinf.core.structure.Structure;
import org.matinf.core.structure.StructureException;
import org.matinf.core.table.CsvRecords;
import org.matinf.core.table.TableException;

/**
 * Materials Project data kept on disk, searched with the same criteria as the API
 * ({@link MpQuery#matches}): CSV files in the layout of the MP-20 data set (columns
 * {@code material_id}, {@code pretty_formula}, {@code band_gap}, {@code e_above_hull}, {@code cif} and,
 * optionally, {@code formation_energy_per_atom}, {@code elements} as a Python list
 * {@code ['Fe', 'O']}, {@code spacegroup.number}; other columns such as an unnamed index are ignored).
 * A database is one such file or a folder of them (its {@code .csv} files, in name order). Structures are
 * read from the CIF text only for the materials a search returns.
 */
public final class MpOfflineDatabase {
    private static final List<String> REQUIRED = List.of("material_id", "pretty_formula", "band_gap", "e_above_hull", "cif");

    /** One row: where it is, what it holds. */
    private record Entry(String file, int line, String id, String formula, String reducedFormula, Set<String> elements,
            double bandGap, double eAboveHull, double formationEnergy, int spacegroup, String cif) {
    }

    private final Path path;
    private final List<Entry> entries;

    private MpOfflineDatabase(Path path, List<Entry> entries) {
        this.path = path;
        this.entries = entries;
    }

    /**
     * Reads a CSV file or a folder of CSV files.
     *
     * @throws TableException naming the file and line of a missing column, a bad number, formula or
     *     element list, or when there is no such file or no CSV file in the folder
     */
    public static MpOfflineDatabase load(Path path) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") && Files.isRegularFile(p))
                        .sorted().forEach(files::add);
            } catch (IOException ex) {
                throw new TableException(path.toString(), 0, "cannot list the folder (" + ex.getMessage() + ")");
            }
            if (files.isEmpty()) {
                throw new TableException(path.toString(), 0, "no .csv files in this folder");
            }
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        } else {
            throw new TableException(path.toString(), 0, "no such file or folder (database=)");
        }
        List<Entry> entries = new ArrayList<>();
        for (Path f : files) {
            readFile(f, entries);
        }
        return new MpOfflineDatabase(path, Collections.unmodifiableList(entries));
    }

    /** The file or folder read. */
    public Path path() {
        return path;
    }

    /** Number of materials. */
    public int size() {
        return entries.size();
    }

    /** How many materials match a query (not limited). */
    public int count(MpQuery query) {
        int n = 0;
        for (Entry e : entries) {
            if (matches(query, e)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The first {@code query.limit()} matching materials in file order, with their structures.
     *
     * @throws StructureException naming the file and line of a CIF that cannot be read
     */
    public List<MpMaterial> search(MpQuery query) {
        List<MpMaterial> out = new ArrayList<>();
        boolean structures = query.fields().contains("structure");
        for (Entry e : entries) {
            if (out.size() >= query.limit()) {
                break;
            }
            if (matches(query, e)) {
                Structure s = structures ? structure(e) : null;
                out.add(new MpMaterial(e.id(), e.formula(), List.copyOf(e.elements()), s == null ? 0 : s.numSites(),
                        e.bandGap(), e.eAboveHull(), e.formationEnergy(), e.spacegroup(), "", s, MpSource.OFFLINE));
            }
        }
        return out;
    }

    private static boolean matches(MpQuery q, Entry e) {
        return q.matches(e.elements(), e.reducedFormula(), e.bandGap(), e.eAboveHull());
    }

    private static Structure structure(Entry e) {
        try {
            return StructureIO.read(e.cif(), e.file(), StructureFormat.CIF).withTitle(e.id());
        } catch (StructureException ex) {
            // CIF lines counted from the row's first line (the CIF is the only multi-line field)
            int line = ex.line() > 0 ? e.line() + ex.line() - 1 : e.line();
            String prefix = e.file() + (ex.line() > 0 ? ", line " + ex.line() : "") + ": ";
            String problem = ex.getMessage().startsWith(prefix) ? ex.getMessage().substring(prefix.length()) : ex.getMessage();
            throw new StructureException(e.file(), line, "the CIF of " + e.id() + ": " + problem, ex);
        }
    }

    private static void readFile(Path file, List<Entry> out) {
        String name = file.toString();
        List<CsvRecords.Record> records = CsvRecords.read(file);
        if (records.isEmpty()) {
            throw new TableException(name, 0, "empty: a database file needs a header line and rows");
        }
        List<String> header = records.get(0).stripped();
        for (String r : REQUIRED) {
            if (!header.contains(r)) {
                throw new TableException(name, records.get(0).line(), "no column '" + r + "' (a Materials Project database"
                        + " file needs the columns " + String.join(", ", REQUIRED) + ")");
            }
        }
        for (int i = 1; i < records.size(); i++) {
            out.add(entry(name, header, records.get(i)));
        }
    }

    private static Entry entry(String file, List<String> header, CsvRecords.Record r) {
        List<String> f = r.fields();
        if (f.size() > header.size()) {
            throw new TableException(file, r.line(), f.size() + " fields but the header names " + header.size());
        }
        Row row = new Row(file, r.line(), header, f);
        String id = row.text("material_id");
        if (id.isEmpty()) {
            throw new TableException(file, r.line(), "material_id is empty");
        }
        String formula = row.text("pretty_formula");
        Composition composition;
        try {
            composition = Composition.parse(formula);
        } catch (IllegalArgumentException ex) {
            throw new TableException(file, r.line(), "pretty_formula '" + formula + "': " + ex.getMessage());
        }
        Set<String> elements = new TreeSet<>();
        String list = header.contains("elements") ? row.text("elements") : "";
        if (list.isEmpty()) {
            composition.elements().forEach(e -> elements.add(e.symbol()));
        } else {
            for (String s : list.replaceAll("[\\[\\]'\"]", " ").split("[,\\s]+")) {
                if (!s.isEmpty()) {
                    if (!PeriodicTable.isSymbol(s)) {
                        throw new TableException(file, r.line(), "elements: '" + s + "' is not an element symbol");
                    }
                    elements.add(s);
                }
            }
        }
        double sg = header.contains("spacegroup.number") ? row.number("spacegroup.number") : Double.NaN;
        double formation = header.contains("formation_energy_per_atom") ? row.number("formation_energy_per_atom") : Double.NaN;
        return new Entry(file, r.line(), id, formula, composition.reducedFormula(), Collections.unmodifiableSet(elements),
                row.number("band_gap"), row.number("e_above_hull"), formation, Double.isNaN(sg) ? 0 : (int) sg,
                row.text("cif"));
    }

    /** Cells of one record by column name. */
    private record Row(String file, int line, List<String> header, List<String> fields) {
        String text(String column) {
            int i = header.indexOf(column);
            return i < fields.size() ? fields.get(i).strip() : "";
        }

        double number(String column) {
            String t = text(column);
            if (t.isEmpty() || t.equalsIgnoreCase("nan")) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException ex) {
                throw new TableException(file, line, column + ": '" + t + "' is not a number");
            }
        }
    }
}
